// A modal that shows information and closes (native <dialog>: the page behind is inert, Escape closes, and focus
// goes back to what opened it).
import { useEffect, useId, useRef, type ReactNode } from 'react';

interface Props {
  title: string;
  onClose: () => void;
  children: ReactNode;
}

/** Render it only while it is shown: it opens when it mounts. */
export function InfoDialog({ title, onClose, children }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const close = useRef<HTMLButtonElement>(null);
  const titleId = useId();
  useEffect(() => {
    const d = dialog.current;
    if (!d) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    // jsdom has no showModal; the open attribute shows the same content there.
    if (typeof d.showModal === 'function') d.showModal();
    else d.setAttribute('open', '');
    close.current?.focus();
    return () => {
      if (typeof d.close === 'function') d.close();
      opener?.focus();
    };
  }, []);
  return (
    <dialog
      ref={dialog} className="info-dialog" aria-labelledby={titleId}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      <div className="dialog-head">
        <h2 id={titleId}>{title}</h2>
        <button type="button" className="btn" ref={close} onClick={onClose}>Close</button>
      </div>
      {children}
    </dialog>
  );
}
