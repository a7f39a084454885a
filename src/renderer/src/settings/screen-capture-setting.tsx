import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, StatusNote } from '../ui/alerts';
import { errorMessage } from '../ui/errors';
import { useChapterLoad } from '../ui/use-chapter-load';

/** Keeps the window out of screenshots and screen sharing: main applies it to the window at once. */
export function ScreenCaptureSetting() {
  const { t } = useTranslation('settings');
  const [enabled, setEnabled] = useState<boolean | null>(null);
  const [note, setNote] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  useChapterLoad(() => window.chapter.settings.get({}), (settings) => setEnabled(settings.contentProtection), setError, []);

  async function change(next: boolean) {
    setEnabled(next);
    setNote(null);
    setError(null);
    try {
      const settings = await window.chapter.settings.update({ contentProtection: next });
      setEnabled(settings.contentProtection);
      setNote(settings.contentProtection ? t('screenCapture.savedOn') : t('saved'));
    } catch (failure) {
      setEnabled(!next);
      setError(errorMessage(failure));
    }
  }

  return (
    <section className="form" aria-labelledby="screen-capture-title">
      <h2 id="screen-capture-title" className="section-title">
        {t('screenCapture.title')}
      </h2>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={enabled ?? false}
          disabled={enabled === null}
          onChange={(event) => void change(event.target.checked)}
          aria-describedby="screen-capture-hint"
        />
        <span>{t('screenCapture.label')}</span>
      </label>
      <p id="screen-capture-hint" className="field-hint">
        {t('screenCapture.hint')}
      </p>
      <ErrorAlert message={error} />
      <StatusNote message={note} />
    </section>
  );
}
