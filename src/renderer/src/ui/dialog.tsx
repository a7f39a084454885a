import { useEffect, useLayoutEffect, useRef, type DragEvent, type FormEvent, type ReactNode } from 'react';

/** 'small' (the default) for forms and confirmations, 'wide' for previews and lists, 'large' for comparisons, 'sheet' for work that nearly fills the window (the CSV import). */
export type DialogSize = 'small' | 'wide' | 'large' | 'sheet';

export interface DialogProps {
  /** The id of the dialog's heading (its accessible name). */
  labelledBy: string;
  describedBy?: string;
  onCancel: () => void;
  /** False while work that cannot be stopped is running: Esc is then ignored. */
  cancellable?: boolean;
  onDragOver?: (event: DragEvent<HTMLDialogElement>) => void;
  onDrop?: (event: DragEvent<HTMLDialogElement>) => void;
  size?: DialogSize;
  /** Extra classes for a dialog that lays out its own content (e.g. 'shortcuts-dialog'). */
  className?: string;
  children: ReactNode;
}

/**
 * The app's one modal, on the native <dialog>: showModal() makes the rest of the window inert
 * and keeps focus inside, and screen readers announce it as a dialog. It is shown while mounted;
 * the parent decides when it closes, so Esc only asks (onCancel). When it closes, focus goes
 * back to where it was (the button that opened it).
 *
 * Use: `{open ? <Dialog labelledBy="x-title" onCancel={close}><h2 id="x-title">…</h2>…</Dialog> : null}`.
 * Inside, app.css's `dialog-body` (scrolls) and `dialog-footer` (the actions) lay it out; for the
 * common "title, lead, fields, buttons" form use FormDialog below.
 */
export function Dialog({ size = 'small', className, labelledBy, describedBy, onCancel, cancellable = true, onDragOver, onDrop, children }: DialogProps) {
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
    <dialog
      ref={dialogRef}
      className={['dialog', size === 'small' ? null : `dialog-${size}`, className].filter(Boolean).join(' ')}
      aria-labelledby={labelledBy} aria-describedby={describedBy} onDragOver={onDragOver} onDrop={onDrop}>
      {children}
    </dialog>
  );
}

/**
 * A dialog that is one form: a title (its name), an optional lead (its description), the fields,
 * and a footer with the actions; Enter submits. `busy` stops Esc while work that cannot be
 * stopped runs. Use: `<FormDialog id="new-thing" title={t('…')} onCancel={close} onSubmit={save}
 * footer={<><button type="button" onClick={close}>Cancel</button><button type="submit">Save</button></>}>…fields…</FormDialog>`.
 */
export function FormDialog({
  id,
  title,
  lead,
  size,
  busy,
  onCancel,
  onSubmit,
  footer,
  children,
}: {
  /** Prefix for the title's and lead's ids. */
  id: string;
  title: string;
  lead?: string;
  size?: DialogSize;
  busy?: boolean;
  onCancel: () => void;
  onSubmit?: (event: FormEvent) => void;
  footer: ReactNode;
  children: ReactNode;
}) {
  return (
    <Dialog labelledBy={`${id}-title`} describedBy={lead ? `${id}-lead` : undefined} onCancel={onCancel} cancellable={!busy} size={size}>
      <form
        className="dialog-form"
        noValidate
        aria-busy={busy}
        onSubmit={(event) => {
          event.preventDefault();
          onSubmit?.(event);
        }}
      >
        <div className="dialog-body">
          <h2 id={`${id}-title`} className="dialog-title">
            {title}
          </h2>
          {lead ? (
            <p id={`${id}-lead`} className="dialog-lead">
              {lead}
            </p>
          ) : null}
          {children}
        </div>
        <div className="dialog-footer">{footer}</div>
      </form>
    </Dialog>
  );
}
