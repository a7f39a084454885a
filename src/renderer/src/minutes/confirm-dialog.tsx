import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../ui/alerts';
import { errorMessage } from '../ui/errors';
import { FormDialog } from '../ui/dialog';

/**
 * "Delete this?" before something that cannot be taken back. Cancel has focus, so an Enter
 * pressed out of habit does no harm; the dialog stays open with the reason if the vault refuses.
 */
export function ConfirmDialog({
  id,
  title,
  lead,
  confirmLabel,
  danger = true,
  onConfirm,
  onCancel,
  extra,
}: {
  id: string;
  title: string;
  lead: string;
  confirmLabel: string;
  danger?: boolean;
  /** Resolves once done; the caller closes the dialog then. */
  onConfirm: () => Promise<void>;
  onCancel: () => void;
  /** Another way out, e.g. "Table it instead", next to Cancel. */
  extra?: ReactNode;
}) {
  const { t } = useTranslation('meetings');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function confirm() {
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      await onConfirm();
    } catch (failure) {
      setError(errorMessage(failure));
      setBusy(false);
    }
  }

  return (
    <FormDialog
      id={id}
      title={title}
      lead={lead}
      busy={busy}
      onCancel={onCancel}
      onSubmit={() => void confirm()}
      footer={
        <>
          <button type="button" className="button button-secondary" onClick={onCancel} disabled={busy} autoFocus>
            {t('common.cancel')}
          </button>
          {extra}
          <button type="submit" className={danger ? 'button button-danger' : 'button button-primary'} disabled={busy}>
            {confirmLabel}
          </button>
        </>
      }
    >
      <ErrorAlert message={error} />
    </FormDialog>
  );
}
