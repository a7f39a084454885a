import type { FormEvent, ReactNode } from 'react';
import { Modal } from '../officers/modal';

/**
 * The meetings' dialogs: a form in the app's modal (focus kept inside, Esc cancels, focus back
 * to the button that opened it), a body that scrolls and a footer with the actions.
 */
export function MinutesDialog({
  id,
  title,
  lead,
  wide,
  busy,
  onCancel,
  onSubmit,
  footer,
  children,
}: {
  id: string;
  title: string;
  lead?: string;
  wide?: boolean;
  busy?: boolean;
  onCancel: () => void;
  onSubmit?: (event: FormEvent) => void;
  footer: ReactNode;
  children: ReactNode;
}) {
  return (
    <Modal labelledBy={`${id}-title`} describedBy={lead ? `${id}-lead` : undefined} onCancel={onCancel} cancellable={!busy} wide={wide}>
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
    </Modal>
  );
}
