import { useTranslation } from 'react-i18next';
/**
 * News from the output menu (saved, failed, working), in the window's corner, so it reads the
 * same whatever the toolbar around the menu looks like. Errors are announced at once.
 */
export function OutputToast({
  tone,
  message,
  onDismiss,
}: {
  tone: 'info' | 'error';
  message: string;
  onDismiss?: () => void;
}) {
  const { t } = useTranslation();
  return (
    <div className={`tool-toast tool-toast-${tone}`} role={tone === 'error' ? 'alert' : 'status'}>
      <p>{message}</p>
      {onDismiss ? (
        <button type="button" className="link" onClick={onDismiss}>
          {t('actions.dismiss')}
        </button>
      ) : null}
    </div>
  );
}
