// Notices about saved state or links that were partly ignored: visible, named, dismissible.
import type { MouseEvent } from 'react';
import { useAppStore } from '../../store/store';

const FOCUSABLE = 'button:not([disabled]), [href], input:not([disabled]), select:not([disabled]), textarea:not([disabled])';

/** Where focus goes when a notice is dismissed: the next notice's button, else the one before, else the page. */
function focusAfterDismiss(button: HTMLElement) {
  const row = button.closest('.notice');
  const sibling = (row?.nextElementSibling ?? row?.previousElementSibling)?.querySelector('button');
  const candidates = sibling ? [sibling] : [...(document.querySelector('main')?.querySelectorAll<HTMLElement>(FOCUSABLE) ?? [])];
  // The first that takes focus: a control hidden at this width (the phone's "Filters" toggle) does not.
  for (const el of candidates) {
    el.focus();
    if (document.activeElement === el) return;
  }
}

export function StateNotice() {
  const notices = useAppStore((s) => s.notices);
  const dismiss = useAppStore((s) => s.dismissNotice);
  if (notices.length === 0) return null;
  const onDismiss = (id: number) => (e: MouseEvent<HTMLButtonElement>) => {
    // Moved before the notice goes, so a keyboard user is not left on the page's body.
    focusAfterDismiss(e.currentTarget);
    dismiss(id);
  };
  return (
    <output className="notices">
      {notices.map((n) => (
        <div key={n.id} className="notice notice-warn">
          <span>{n.text}</span>
          <button type="button" className="btn-ghost" onClick={onDismiss(n.id)} aria-label="Dismiss notice">Dismiss</button>
        </div>
      ))}
    </output>
  );
}
