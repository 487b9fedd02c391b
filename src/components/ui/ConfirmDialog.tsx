// A modal confirmation on the native <dialog>: the page behind is inert, Escape cancels, and focus starts on
// Cancel so that Enter alone never confirms something that cannot be taken back.
import { useEffect, useId, useRef, type ReactNode } from 'react';

interface Props {
  title: string;
  confirmLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
  /** Runs once the dialog has closed: where focus should go, if not back to what opened it. */
  onClosed?: () => void;
  /** Styles the confirm button as a deletion. */
  destructive?: boolean;
  children: ReactNode;
}

/** Render it only while it is asking: it opens when it mounts. */
export function ConfirmDialog({ title, confirmLabel, onConfirm, onCancel, onClosed, destructive = false, children }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  const titleId = useId();
  const bodyId = useId();
  useEffect(() => {
    const d = dialog.current;
    if (!d) return;
    // jsdom has no showModal; the open attribute shows the same content there.
    if (typeof d.showModal === 'function') d.showModal();
    else d.setAttribute('open', '');
    cancel.current?.focus();
    return () => {
      if (typeof d.close === 'function') d.close();
      onClosed?.();
    };
    // oxlint-disable-next-line react/exhaustive-deps -- opens once on mount and closes on unmount.
  }, []);
  return (
    <dialog
      ref={dialog} className="confirm-dialog" aria-labelledby={titleId} aria-describedby={bodyId}
      onCancel={(e) => {
        e.preventDefault();
        onCancel();
      }}
    >
      <h2 id={titleId}>{title}</h2>
      <div id={bodyId} className="confirm-body">{children}</div>
      <div className="dialog-actions">
        <button type="button" className={destructive ? 'btn btn-danger' : 'btn btn-primary'} onClick={onConfirm}>{confirmLabel}</button>
        <button type="button" className="btn" ref={cancel} onClick={onCancel}>Cancel</button>
      </div>
    </dialog>
  );
}
