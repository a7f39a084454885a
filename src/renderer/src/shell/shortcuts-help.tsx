import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { SHORTCUTS } from './shortcuts';

/** "?": every keyboard shortcut in one list. Esc or Close returns focus to where it was. */
export function ShortcutsHelp({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  const returnTo = useRef<Element | null>(null);

  useEffect(() => {
    returnTo.current = document.activeElement;
    dialog.current?.showModal();
  }, []);

  function close() {
    dialog.current?.close();
    onClose();
    const back = returnTo.current;
    if (back instanceof HTMLElement && back.isConnected) back.focus();
  }

  return (
    <dialog
      ref={dialog}
      className="dialog shortcuts-dialog"
      aria-labelledby="shortcuts-title"
      onCancel={(event) => {
        event.preventDefault();
        close();
      }}
    >
      <div className="dialog-form">
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
        <div className="dialog-actions">
          <button type="button" className="button button-primary" onClick={close} autoFocus>
            {t('actions.close')}
          </button>
        </div>
      </div>
    </dialog>
  );
}
