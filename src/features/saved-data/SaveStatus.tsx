// Whether imported data is kept in this browser: "Saving…" while it is written, and "Not saved in this browser"
// from a failed save until one succeeds, with the reason and a way to try again.
import { useId } from 'react';
import { useAppStore } from '../../store/store';

export function SaveStatus({ onSaveAgain }: { onSaveAgain: () => void }) {
  const saving = useAppStore((s) => s.userDataSaving);
  const unsaved = useAppStore((s) => s.userDataUnsaved);
  const reasonId = useId();
  return (
    <div className="save-status">
      <output aria-live="polite">
        {unsaved ? <strong className="save-failed">Not saved in this browser</strong> : saving ? 'Saving imported data in this browser…' : ''}
      </output>
      {unsaved && (
        <>
          <span id={reasonId} className="sr-only">{unsaved}</span>
          <button type="button" className="btn-link" aria-describedby={reasonId} title={unsaved} onClick={onSaveAgain}>Save again</button>
        </>
      )}
    </div>
  );
}
