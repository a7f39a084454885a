import { useEffect, useLayoutEffect, useRef, type DragEvent, type ReactNode } from 'react';

export interface ModalProps {
  labelledBy: string;
  describedBy?: string;
  onCancel: () => void;
  /** False while work that cannot be stopped is running: Esc is then ignored. */
  cancellable?: boolean;
  onDragOver?: (event: DragEvent<HTMLDialogElement>) => void;
  onDrop?: (event: DragEvent<HTMLDialogElement>) => void;
  children: ReactNode;
}

/**
 * The app's one modal, on the native <dialog>: showModal() makes the rest of the window inert
 * and keeps focus inside, and screen readers announce it as a dialog. It is shown while mounted;
 * the parent decides when it closes, so Esc only asks (onCancel). When it closes, focus goes
 * back to where it was (the button that opened it).
 */
export function Modal({ className, labelledBy, describedBy, onCancel, cancellable = true, onDragOver, onDrop, children }: ModalProps & { className: string }) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  // The latest values, read by the listeners below without re-attaching them on every render.
  const latest = useRef({ onCancel, cancellable });
  useLayoutEffect(() => {
    latest.current = { onCancel, cancellable };
  });

  useLayoutEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
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
    // On keydown, so preventDefault stops the browser closing the dialog behind React's back
    // (it would, after a second Esc).
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      event.preventDefault();
      if (latest.current.cancellable) latest.current.onCancel();
    };
    const onCancelEvent = (event: Event) => {
      event.preventDefault();
      if (latest.current.cancellable) latest.current.onCancel();
    };
    dialog.addEventListener('keydown', onKeyDown);
    dialog.addEventListener('cancel', onCancelEvent);
    return () => {
      dialog.removeEventListener('keydown', onKeyDown);
      dialog.removeEventListener('cancel', onCancelEvent);
    };
  }, []);

  return (
    <dialog ref={dialogRef} className={className} aria-labelledby={labelledBy} aria-describedby={describedBy} onDragOver={onDragOver} onDrop={onDrop}>
      {children}
    </dialog>
  );
}
