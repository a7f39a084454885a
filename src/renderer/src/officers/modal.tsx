import { useEffect, useLayoutEffect, useRef, type DragEvent, type ReactNode } from 'react';

/**
 * A modal on the native <dialog>: showModal() makes the rest of the window inert and keeps focus
 * inside; screen readers announce it. Shown while mounted; the parent decides when it closes, so
 * Esc only asks (onCancel), and is ignored while work that cannot be stopped is running.
 */
export function Modal({
  labelledBy,
  describedBy,
  onCancel,
  cancellable = true,
  wide = false,
  onDragOver,
  onDrop,
  children,
}: {
  labelledBy: string;
  describedBy?: string;
  onCancel: () => void;
  cancellable?: boolean;
  wide?: boolean;
  onDragOver?: (event: DragEvent<HTMLDialogElement>) => void;
  onDrop?: (event: DragEvent<HTMLDialogElement>) => void;
  children: ReactNode;
}) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const latest = useRef({ onCancel, cancellable });
  useLayoutEffect(() => {
    latest.current = { onCancel, cancellable };
  });

  useLayoutEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    // The button that opened us gets focus back when we close.
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
    // On keydown, so preventDefault stops the browser closing the dialog behind React's back.
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
    <dialog
      ref={dialogRef}
      className={wide ? 'officer-dialog officer-dialog-wide' : 'officer-dialog'}
      aria-labelledby={labelledBy}
      aria-describedby={describedBy}
      onDragOver={onDragOver}
      onDrop={onDrop}
    >
      {children}
    </dialog>
  );
}
