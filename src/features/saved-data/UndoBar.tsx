// "Undo import" for the last import (kept across reloads when it could be saved) and "Undo remove" for the last
// removal (while the page is open), each saying what it undoes.
import { useId } from 'react';
import { useAppStore } from '../../store/store';

export function UndoBar() {
  const lastImport = useAppStore((s) => s.lastImport);
  const notKept = useAppStore((s) => s.undoNotKept);
  const lastRemoval = useAppStore((s) => s.lastRemoval);
  const undoImport = useAppStore((s) => s.undoImport);
  const undoRemove = useAppStore((s) => s.undoRemove);
  const whyId = useId();
  return (
    <output className="undo-bar">
      {lastImport && (
        <span className="undo-item">
          Imported {lastImport.count.toLocaleString()} rows from {lastImport.fileName}{lastImport.mode === 'replace' ? ' as a new dataset' : ''}.{' '}
          <button type="button" className="btn-link" onClick={undoImport} aria-describedby={notKept ? whyId : undefined}>Undo import</button>
          {notKept && <span id={whyId} className="undo-note"> Only until you leave this page: {notKept}.</span>}
        </span>
      )}
      {lastRemoval && (
        <span className="undo-item">
          Removed {lastRemoval.label} ({lastRemoval.rows.toLocaleString()} rows).{' '}
          <button type="button" className="btn-link" onClick={undoRemove}>Undo remove</button>
        </span>
      )}
    </output>
  );
}
