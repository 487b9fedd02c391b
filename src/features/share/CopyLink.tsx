// "Copy link": copies the URL of the current view and confirms it (or shows it to copy by hand). A link that names
// data imported into this browser says so first: elsewhere it opens the built-in data.
import { useRef, useState } from 'react';
import { ConfirmDialog } from '../../components/ui/ConfirmDialog';
import { MAX_HIDDEN_IN_URL } from '../../domain/view-state';
import { useAppStore } from '../../store/store';
import type { AppState } from '../../store/types';
import { viewUrl } from '../../store/view-sync';

/** Why the current view's link will not show the same data in another browser, or null when it will. */
function localOnly(s: AppState): string | null {
  const own = s.userDatasets.find((d) => d.id === s.datasetId);
  if (own) {
    return `It opens “${own.label}”, which you imported. Imported data is saved only in this browser, so anyone else who opens the link sees the built-in data instead.`;
  }
  const merged = s.merges.filter((m) => m.target === s.datasetId).reduce((n, m) => n + m.models.length, 0);
  if (merged === 0) return null;
  return `The ${merged.toLocaleString()} rows you imported into this dataset are saved only in this browser, so anyone else who opens the link sees it without them.`;
}

export function CopyLink() {
  const [status, setStatus] = useState('');
  const [warning, setWarning] = useState<string | null>(null);
  const button = useRef<HTMLButtonElement>(null);
  const copy = async (local: boolean) => {
    const url = viewUrl(useAppStore.getState());
    try {
      await navigator.clipboard.writeText(url);
      const hidden = useAppStore.getState().hiddenIds.length;
      const parts = [
        hidden > MAX_HIDDEN_IN_URL && `without the ${hidden.toLocaleString()} models switched off (links carry at most ${MAX_HIDDEN_IN_URL})`,
        local && 'it shows your imported data only in this browser',
      ].filter(Boolean);
      setStatus(parts.length ? `Link copied: ${parts.join('; ')}` : 'Link copied');
    } catch {
      setStatus(`Copy this link: ${url}`);
    }
  };
  const start = () => {
    const why = localOnly(useAppStore.getState());
    setStatus('');
    if (why) setWarning(why);
    else void copy(false);
  };
  const close = () => setWarning(null);
  return (
    <div className="copy-link">
      <button ref={button} type="button" className="btn" onClick={start}>Copy link</button>
      <output aria-live="polite" className="export-status">{status}</output>
      {warning && (
        <ConfirmDialog
          title="This link shows your imported data only in this browser" confirmLabel="Copy link anyway" onCancel={close} onClosed={() => button.current?.focus()}
          onConfirm={() => {
            close();
            void copy(true);
          }}
        >
          <p>{warning}</p>
        </ConfirmDialog>
      )}
    </div>
  );
}
