// Notices about saved state or links that were partly ignored: visible, named, dismissible.
import { useAppStore } from '../../store/store';

export function StateNotice() {
  const notices = useAppStore((s) => s.notices);
  const dismiss = useAppStore((s) => s.dismissNotice);
  if (notices.length === 0) return null;
  return (
    <output className="notices">
      {notices.map((n) => (
        <div key={n.id} className="notice notice-warn">
          <span>{n.text}</span>
          <button type="button" className="btn-ghost" onClick={() => dismiss(n.id)} aria-label="Dismiss notice">Dismiss</button>
        </div>
      ))}
    </output>
  );
}
