// "Import data": choose a file or paste text, map columns, review problems, then merge or replace. Parsing and
// validation run in a worker; nothing in the store changes until the final "Import" click.
import { useEffect, useRef, useState } from 'react';
import { applyChoices, openQuestions, type ColumnChoice, type Target } from '../../domain/import/column-mapping';
import { checkSize } from '../../domain/import/limits';
import { prepareMerge } from '../../domain/import/prepare-merge';
import type { ModelRecord } from '../../domain/model';
import { missingNameColumn, type DuplicatePolicy } from '../../domain/import/rows-to-models';
import { ImportSession, type Progress } from '../../lib/import-client';
import { useAllModels, useDatasetLoad } from '../../store/derived';
import { useAppStore } from '../../store/store';
import type { Stage } from './import-stage';
import { MappingStep } from './MappingStep';
import { ReviewStep } from './ReviewStep';

/** Each step's name, for the region focus moves to when the step before it is gone. */
const STEP_LABEL: Record<Stage['kind'], string> = {
  choose: 'Choose a file', working: 'Reading the file', mapping: 'Map the columns', review: 'Review the rows', export: 'Load an export',
};

const PHASE_LABEL: Record<Progress['phase'], string> = { reading: 'Reading the file', parsing: 'Parsing', validating: 'Checking rows' };

/** Our own CSV needs no answers; any other table needs a name column and every open question answered. */
function readyToCheck({ table, mapping, choices }: Extract<Stage, { kind: 'mapping' }>): boolean {
  if (table.known?.id === 'model-mpg-csv') return true;
  return !missingNameColumn(mapping) && openQuestions(mapping, applyChoices(table.readings, choices), table.profiles).length === 0;
}

interface Props {
  open: boolean;
  initialFile: File | null;
  onClose: () => void;
}

export function ImportDialog({ open, initialFile, onClose }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const session = useRef<ImportSession | null>(null);
  /** Only the latest load may change the dialog; a superseded one (a second drop, StrictMode) is ignored. */
  const loadToken = useRef(0);
  const [stage, setStage] = useState<Stage>({ kind: 'choose' });
  const [fileName, setFileName] = useState('pasted data');
  const [pasted, setPasted] = useState('');
  const [mode, setMode] = useState<'merge' | 'replace'>('merge');
  /** Progress of a re-check while the mapping or review stays on screen. */
  const [recheck, setRecheck] = useState<Progress | null>(null);
  const [taking, setTaking] = useState(false);
  const applyImport = useAppStore((s) => s.applyImport);
  const current = useDatasetLoad();
  const currentModels = useAllModels();

  useEffect(() => () => session.current?.dispose(), []);

  // While the user picks a file, the worker starts.
  useEffect(() => {
    if (open) sessionFor().warm();
    // oxlint-disable-next-line react/exhaustive-deps -- sessionFor is recreated each render; this runs when the dialog opens.
  }, [open]);

  /** What had focus when the dialog opened: it gets it back when the dialog goes (as InfoDialog does). */
  const opener = useRef<HTMLElement | null>(null);
  useEffect(() => {
    const d = dialog.current;
    if (!d) return;
    if (open && !d.open) {
      opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      d.showModal?.();
    }
    if (!open && d.open) d.close();
  }, [open]);
  // The dialog is unmounted when it closes, so the browser cannot give focus back itself.
  useEffect(() => () => opener.current?.focus(), []);

  // A step's buttons go with it ("Check all", the file input): focus moves to the new step instead of the page's body.
  const step = useRef<HTMLElement>(null);
  useEffect(() => {
    const d = dialog.current;
    if (d?.open && !d.contains(document.activeElement)) step.current?.focus();
  }, [stage.kind]);

  const reset = () => {
    session.current?.dispose();
    session.current = null;
    setStage({ kind: 'choose' });
    setPasted('');
  };
  const close = () => {
    reset();
    onClose();
  };

  const sessionFor = () => {
    session.current ??= new ImportSession((p) => {
      setRecheck(p);
      // The first read gets its own progress screen; later checks keep the current step visible.
      setStage((prev) => (prev.kind === 'mapping' || prev.kind === 'review' ? prev : { kind: 'working', label: PHASE_LABEL[p.phase], done: p.done, total: p.total }));
    });
    return session.current;
  };

  const load = async (input: { file?: File; text?: string }, name: string) => {
    if (input.file) {
      const tooBig = checkSize(input.file.size);
      if (tooBig) return setStage({ kind: 'choose', error: tooBig });
    }
    const token = ++loadToken.current;
    setFileName(name);
    setStage({ kind: 'working', label: 'Reading', done: 0, total: 1 });
    const reply = await sessionFor().request({ type: 'load', ...input });
    if (token !== loadToken.current) return;
    setRecheck(null);
    if (reply.type === 'failed') return setStage({ kind: 'choose', error: reply.reason });
    if (reply.type !== 'loaded') return;
    if (!reply.ok) return setStage({ kind: 'choose', error: reply.reason });
    if (reply.kind === 'export') return setStage({ kind: 'export', file: reply.file });
    setStage({ kind: 'mapping', table: reply.table, mapping: reply.table.mapping, choices: [] });
  };

  useEffect(() => {
    if (open && initialFile) void load({ file: initialFile }, initialFile.name);
    // Only when the dialog opens with a dropped file.
    // oxlint-disable-next-line react/exhaustive-deps -- `load` is recreated each render; this runs only when a dropped file opens the dialog.
  }, [open, initialFile]);

  const validate = async (
    table: Extract<Stage, { kind: 'mapping' }>['table'], mapping: Target[], choices: ColumnChoice[], duplicates: DuplicatePolicy | 'stop', into = mode,
  ) => {
    // Busy from the start: a re-check with the same columns only re-resolves names and reports no progress.
    setRecheck({ type: 'progress', phase: 'validating', done: 0, total: 1 });
    // Merging checks names and ids against the dataset the rows join; a new dataset starts empty.
    const reply = await sessionFor().request({
      type: 'validate', mapping, readings: applyChoices(table.readings, choices), fileName, duplicates: duplicates === 'stop' ? 'first' : duplicates,
      existingNames: into === 'merge' ? currentModels.map((m) => m.name) : [],
      existingIds: into === 'merge' ? currentModels.map((m) => m.id) : [],
    });
    setRecheck(null);
    if (reply.type === 'validated') setStage({ kind: 'review', table, mapping, choices, result: reply.result, duplicates });
    else if (reply.type === 'failed') setStage({ kind: 'choose', error: reply.reason });
  };

  /** The checked models come over from the worker only now. */
  const importChecked = async () => {
    setTaking(true);
    const reply = await sessionFor().request({ type: 'take' });
    setTaking(false);
    if (reply.type === 'taken') finish(reply.models);
    else if (reply.type === 'failed') setStage({ kind: 'choose', error: reply.reason });
  };

  const finish = (models: ModelRecord[]) => {
    applyImport({ fileName, models: mode === 'merge' ? prepareMerge(models, currentModels, fileName) : models, mode });
    close();
  };

  const currentLabel = current.ok ? current.dataset.label : 'the current dataset';
  return (
    // The native dialog gives focus trapping, Escape to close and an inert page behind it.
    <dialog ref={dialog} className="import-dialog" aria-labelledby="import-title" onClose={() => open && close()}>
      <div className="dialog-head">
        <h2 id="import-title">Import data</h2>
        <button type="button" className="btn-ghost" onClick={close} aria-label="Close import dialog">Close</button>
      </div>
      <section ref={step} className="import-body" tabIndex={-1} aria-label={STEP_LABEL[stage.kind]}>
        {stage.kind === 'choose' && (
          <div className="import-step">
            {stage.error && <p role="alert" className="import-error">{stage.error} Your current data is unchanged.</p>}
            <label className="field">
              <span className="field-label">Data file</span>
              <input type="file" accept=".csv,.tsv,.txt,.json,text/csv,application/json"
                onChange={(e) => { const f = e.target.files?.[0]; if (f) void load({ file: f }, f.name); }} />
            </label>
            <p className="hint">CSV, TSV or JSON, up to 50 MB. You can also drop a file anywhere on the page. <a href="sample-models.csv" download>Download a sample CSV</a>.</p>
            <label className="field">
              <span className="field-label">Paste data</span>
              <textarea rows={6} value={pasted} onChange={(e) => setPasted(e.target.value)} placeholder={'Model,Parameters,MMLU,GSM8K\nMy model,7B,64.1,50.2'} />
            </label>
            <div className="dialog-actions">
              <button type="button" className="btn btn-primary" disabled={!pasted.trim()} onClick={() => void load({ text: pasted }, 'pasted data')}>Read pasted data</button>
              <button type="button" className="btn" onClick={close}>Cancel</button>
            </div>
          </div>
        )}

        {stage.kind === 'working' && (
          <div className="import-step">
            <label className="field">
              <span className="field-label">{stage.label}…</span>
              <progress max={stage.total || 1} value={stage.done} />
            </label>
            <div className="dialog-actions">
              <button type="button" className="btn" onClick={() => { session.current?.cancel(); session.current = null; }}>Cancel</button>
            </div>
          </div>
        )}

        {recheck && (stage.kind === 'mapping' || stage.kind === 'review') && (
          <div className="recheck">
            <label className="field">
              <span className="field-label">{PHASE_LABEL[recheck.phase]}…</span>
              <progress max={recheck.total || 1} value={recheck.done} />
            </label>
            <button type="button" className="btn" onClick={() => { session.current?.cancel(); session.current = null; }}>Cancel</button>
          </div>
        )}

        {stage.kind === 'mapping' && (
          <>
            <MappingStep table={stage.table} mapping={stage.mapping} choices={stage.choices} fileName={fileName}
              onChange={(mapping, choices) => setStage({ ...stage, mapping, choices })} />
            <div className="dialog-actions">
              <button type="button" className="btn btn-primary" disabled={!readyToCheck(stage) || recheck !== null}
                onClick={() => void validate(stage.table, stage.mapping, stage.choices, 'first')}>Check all {stage.table.rowCount.toLocaleString()} rows</button>
              <button type="button" className="btn" onClick={reset}>Choose another file</button>
              <button type="button" className="btn" onClick={close}>Cancel</button>
            </div>
          </>
        )}

        {stage.kind === 'review' && (
          <>
            <ReviewStep result={stage.result} fileName={fileName} duplicates={stage.duplicates} mode={mode} currentLabel={currentLabel}
              onMode={(m) => { setMode(m); void validate(stage.table, stage.mapping, stage.choices, stage.duplicates, m); }}
              onDuplicates={(d) => void validate(stage.table, stage.mapping, stage.choices, d)} />
            <div className="dialog-actions">
              <button type="button" className="btn btn-primary"
                disabled={taking || recheck !== null || stage.result.modelCount === 0 || (stage.duplicates === 'stop' && stage.result.duplicates.length > 0)}
                onClick={() => void importChecked()}>
                {taking ? 'Importing…' : `Import ${stage.result.modelCount.toLocaleString()} valid rows`}
              </button>
              <button type="button" className="btn" onClick={() => setStage({ kind: 'mapping', table: stage.table, mapping: stage.mapping, choices: stage.choices })}>Back to columns</button>
              <button type="button" className="btn" onClick={close}>Cancel</button>
            </div>
          </>
        )}

        {stage.kind === 'export' && (
          <div className="import-step">
            <p>This is a Model MPG export of "{stage.file.dataset.label}" with {stage.file.models.length} models, read without loss.</p>
            <fieldset className="import-mode">
              <legend>How to load the rows</legend>
              <label className="check"><input type="radio" name="mode-x" checked={mode === 'replace'} onChange={() => setMode('replace')} /> Load as a new dataset</label>
              <label className="check"><input type="radio" name="mode-x" checked={mode === 'merge'} onChange={() => setMode('merge')} /> Merge into "{currentLabel}"</label>
            </fieldset>
            <div className="dialog-actions">
              <button type="button" className="btn btn-primary" onClick={() => finish(stage.file.models)}>Import {stage.file.models.length} models</button>
              <button type="button" className="btn" onClick={close}>Cancel</button>
            </div>
          </div>
        )}
      </section>
    </dialog>
  );
}
