import { useEffect, useLayoutEffect, useRef, type ReactNode } from 'react';
import '../roll-tools.css';

/**
 * A modal built on the native <dialog>: showModal() makes the rest of the window inert and traps
 * focus for us, and screen readers announce it as a dialog. It is shown while mounted; the parent
 * decides when it closes, so Esc only *asks* (onCancel) and is refused while work that cannot be
 * stopped is running (`cancellable` false).
 */
export function ModalDialog({
  labelledBy,
  describedBy,
  onCancel,
  cancellable = true,
  size = 'small',
  children,
}: {
  labelledBy: string;
  describedBy?: string;
  onCancel: () => void;
  cancellable?: boolean;
  /** 'sheet' nearly fills the window (the import); 'small' is a confirmation; 'large' a comparison. */
  size?: 'small' | 'large' | 'sheet';
  children: ReactNode;
}) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  // The latest values, read by the listeners below without re-attaching them on every render.
  const cancelRef = useRef({ onCancel, cancellable });
  useLayoutEffect(() => {
    cancelRef.current = { onCancel, cancellable };
  });

  useLayoutEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    // Where focus was (the button that opened us), to give it back when we close.
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!dialog.open) dialog.showModal();
    return () => {
      if (dialog.open) dialog.close();
      if (opener?.isConnected) opener.focus();
    };
  }, []);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    // Esc is handled on keydown so that preventDefault stops the browser from closing the dialog
    // itself (it would otherwise close behind React's back after a second Esc).
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      event.preventDefault();
      if (cancelRef.current.cancellable) cancelRef.current.onCancel();
    };
    // Other close requests (none on desktop today, but the platform may add some).
    const onCancelEvent = (event: Event) => {
      event.preventDefault();
      if (cancelRef.current.cancellable) cancelRef.current.onCancel();
    };
    dialog.addEventListener('keydown', onKeyDown);
    dialog.addEventListener('cancel', onCancelEvent);
    return () => {
      dialog.removeEventListener('keydown', onKeyDown);
      dialog.removeEventListener('cancel', onCancelEvent);
    };
  }, []);

  return (
    <dialog ref={dialogRef} className={`tool-dialog tool-dialog-${size}`} aria-labelledby={labelledBy} aria-describedby={describedBy}>
      {children}
    </dialog>
  );
}
