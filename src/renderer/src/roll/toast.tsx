import { useTranslation } from 'react-i18next';
import { useEffect } from 'react';

const SHOWN_FOR_MS = 10_000;

/** A short note at the bottom of the window ("Deleted 3 members — Undo"), gone after ten seconds. */
export function Toast({
  message,
  action,
  onDismiss,
}: {
  message: string;
  action?: { label: string; run: () => void };
  onDismiss: () => void;
}) {
  const { t } = useTranslation();
  useEffect(() => {
    const timer = setTimeout(onDismiss, SHOWN_FOR_MS);
    return () => clearTimeout(timer);
  }, [message, onDismiss]);
  return (
    <div className="toast" role="status">
      <span>{message}</span>
      {action ? (
        <button type="button" className="toast-action" onClick={action.run}>
          {action.label}
        </button>
      ) : null}
      <button type="button" className="toast-close" aria-label={t('actions.dismiss')} onClick={onDismiss}>
        <svg width="10" height="10" viewBox="0 0 10 10" aria-hidden="true">
          <path d="m2 2 6 6M8 2 2 8" />
        </svg>
      </button>
    </div>
  );
}
