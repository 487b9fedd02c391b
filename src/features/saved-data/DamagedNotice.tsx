// Saved records that could not be read: each by name with the reason. They are kept until the user removes them
// here, and the button says exactly what it deletes.
import { useId } from 'react';
import { useAppStore } from '../../store/store';

export function DamagedNotice({ onRemove }: { onRemove: () => void }) {
  const damaged = useAppStore((s) => s.damagedRecords);
  const listId = useId();
  if (damaged.length === 0) return null;
  const n = damaged.length;
  return (
    <section className="notice notice-error damaged-notice" aria-labelledby={`${listId}-title`}>
      <p id={`${listId}-title`}>
        <strong>{n === 1 ? 'One saved record' : `${n} saved records`} of your imported data could not be read</strong>, so{' '}
        {n === 1 ? 'it is' : 'they are'} not shown. Everything else loaded, and nothing was deleted.
      </p>
      <ul id={listId}>
        {damaged.map((d) => (
          <li key={d.key}><strong>“{d.name}”</strong>: {d.reason}.</li>
        ))}
      </ul>
      <p className="damaged-actions">
        <button type="button" className="btn" aria-describedby={listId} onClick={onRemove}>Remove damaged data</button>
        <span className="damaged-hint">Deletes only the {n === 1 ? 'record' : `${n} records`} listed above from this browser.</span>
      </p>
    </section>
  );
}
