import { useTranslation } from 'react-i18next';
import { useEffect } from 'react';

const SHOWN_FOR_MS = 10_000;

/**
 * A short note at the bottom of the window, gone after ten seconds — except one that can be
 * undone ("Deleted Rosa Parks — Undo"): that stays until dismissed or replaced, since the undo
 * itself lasts until the vault locks.
 */
export function Toast({
  message,
  action,
  persistent = false,
  onDismiss,
}: {
  message: string;
  action?: { label: string; run: () => void };
  persistent?: boolean;
  onDismiss: () => void;
}) {
  const { t } = useTranslation();
  useEffect(() => {
    if (persistent) return;
    const timer = setTimeout(onDismiss, SHOWN_FOR_MS);
    return () => clearTimeout(timer);
  }, [message, onDismiss, persistent]);
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
