import { useTranslation } from 'react-i18next';
import { Dialog } from '../ui/dialog';
import { SHORTCUTS } from './shortcuts';

/** "?": every keyboard shortcut in one list. Esc or Close returns focus to where it was. */
export function ShortcutsHelp({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Dialog className="shortcuts-dialog" labelledBy="shortcuts-title" onCancel={onClose}>
      <div className="dialog-form">
        <div className="dialog-body">
          <h2 id="shortcuts-title" className="dialog-title">
            {t('shortcuts.title')}
          </h2>
          <dl className="shortcuts-list">
            {SHORTCUTS.map((shortcut) => (
              <div key={shortcut.action} className="shortcuts-row">
                <dt>
                  {shortcut.keys.map((key, index) => (
                    <span key={key}>
                      {index > 0 ? ` ${t('shortcuts.or')} ` : null}
                      <kbd className="shortcut">{key}</kbd>
                    </span>
                  ))}
                </dt>
                <dd>{t(`shortcuts.actions.${shortcut.action}`)}</dd>
              </div>
            ))}
          </dl>
        </div>
        <div className="dialog-footer">
          <button type="button" className="button button-primary" onClick={onClose} autoFocus>
            {t('actions.close')}
          </button>
        </div>
      </div>
    </Dialog>
  );
}
