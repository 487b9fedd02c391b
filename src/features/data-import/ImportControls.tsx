// The "Import data" button and a drop target for the whole page.
import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import { usePrefetchWhenIdle } from '../../hooks/usePrefetchWhenIdle';

// The dialog and its validation code are not part of the first load; they are fetched once the page is idle,
// so the first "Import data" opens at once.
type DialogComponent = typeof import('./ImportDialog').ImportDialog;
/** Set once the dialog's code has arrived: rendered directly, not through lazy() and Suspense. */
let loadedDialog: DialogComponent | null = null;
const loadDialog = () => import('./ImportDialog').then((m) => {
  loadedDialog = m.ImportDialog;
  return m;
});
const LazyImportDialog = lazy(() => loadDialog().then((m) => ({ default: m.ImportDialog })));

export function ImportControls() {
  const [open, setOpen] = useState(false);
  const [dropped, setDropped] = useState<File | null>(null);
  const [dragging, setDragging] = useState(false);
  usePrefetchWhenIdle(loadDialog);
  // Even with its code loaded, a lazy() component suspends on first render, and React holds a revealed Suspense
  // boundary back for up to 300 ms: the first open took ~350 ms. Chosen when the dialog opens and kept while it
  // is open, so it never remounts mid-import.
  // oxlint-disable-next-line react/exhaustive-deps -- re-chosen only when the dialog opens or closes.
  const ImportDialog = useMemo(() => loadedDialog ?? LazyImportDialog, [open]);

  useEffect(() => {
    const hasFiles = (e: DragEvent) => Boolean(e.dataTransfer?.types.includes('Files'));
    const over = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      setDragging(true);
    };
    const leave = (e: DragEvent) => {
      if (e.relatedTarget === null) setDragging(false);
    };
    const drop = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      setDragging(false);
      const file = e.dataTransfer?.files[0];
      if (file) {
        setDropped(file);
        setOpen(true);
      }
    };
    window.addEventListener('dragover', over);
    window.addEventListener('dragleave', leave);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragover', over);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('drop', drop);
    };
  }, []);

  return (
    <div className="import-controls">
      <button type="button" className="btn btn-primary" onClick={() => { setDropped(null); setOpen(true); }}>Import data</button>
      {dragging && <div className="drop-overlay" aria-hidden="true">Drop a CSV, TSV or JSON file to import it</div>}
      {open && (
        <Suspense fallback={<span className="export-status">Loading the importer…</span>}>
          <ImportDialog open={open} initialFile={dropped} onClose={() => { setOpen(false); setDropped(null); }} />
        </Suspense>
      )}
    </div>
  );
}
