import { useEffect, useId, useRef, type ReactNode } from 'react';

interface DialogProps {
  open: boolean;
  title: string;
  onClose: () => void;
  children: ReactNode;
  /** Narrow dialogs for confirmations, medium ones for forms, large ones for tables and two-column forms. */
  size?: 'small' | 'medium' | 'large';
}

/**
 * A modal on the native <dialog>: showModal() makes the rest of the page inert (focus stays inside), Escape
 * closes it and the browser returns focus to the control that opened it. Content mounts only while open, so a
 * form inside starts fresh every time.
 */
export function Dialog({ open, title, onClose, children, size = 'medium' }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const wantsOpen = useRef(open);
  const titleId = useId();

  useEffect(() => {
    wantsOpen.current = open;
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);

  // The close event also follows our own close() a moment later; only a close the user caused (Escape)
  // is reported, or it could cancel a dialog opened in the meantime.
  const handleClose = () => {
    if (wantsOpen.current) onClose();
  };

  return (
    <dialog ref={ref} className={`dialog dialog-${size}`} aria-labelledby={titleId} onClose={handleClose}>
      {open && (
        <>
          <div className="dialog-header">
            <h2 id={titleId}>{title}</h2>
            <button type="button" className="icon-button" onClick={onClose} aria-label="Tutup">
              <span aria-hidden="true">×</span>
            </button>
          </div>
          <div className="dialog-body">{children}</div>
        </>
      )}
    </dialog>
  );
}
