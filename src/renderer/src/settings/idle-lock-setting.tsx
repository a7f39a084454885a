import { useTranslation } from 'react-i18next';
import { useState } from 'react';
import type { TFunction } from 'i18next';
import { ErrorAlert, StatusNote } from '../ui/alerts';
import { errorMessage } from '../ui/errors';
import { useChapterLoad } from '../ui/use-chapter-load';

const CHOICES_MINUTES = [1, 5, 10, 15, 30, 60, 0];

function describe(minutes: number, t: TFunction<'settings'>): string {
  if (minutes === 0) return t('idle.never');
  if (minutes === 60) return t('idle.hour');
  return t('idle.after', { count: minutes });
}

/** How long the vault stays open without keyboard or mouse use. Saved as soon as it is chosen. */
export function IdleLockSetting({
  initialMinutes,
  onSaved,
}: {
  initialMinutes: number;
  onSaved: (minutes: number) => void;
}) {
  const { t } = useTranslation('settings');
  const [minutes, setMinutes] = useState(initialMinutes);
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  // The session's copy may be older than what is stored (e.g. changed with the CLI).
  useChapterLoad(() => window.chapter.settings.get({}), (settings) => setMinutes(settings.idleLockMinutes), null, []);

  async function choose(next: number) {
    const previous = minutes;
    setMinutes(next);
    setSaving(true);
    setSaved(null);
    setError(null);
    try {
      const settings = await window.chapter.settings.update({ idleLockMinutes: next });
      setMinutes(settings.idleLockMinutes);
      onSaved(settings.idleLockMinutes);
      setSaved(settings.idleLockMinutes === 0 ? t('idle.savedNever') : t('saved'));
    } catch (failure) {
      setMinutes(previous);
      setError(errorMessage(failure));
    } finally {
      setSaving(false);
    }
  }

  // A value set elsewhere (e.g. the CLI) that is not one of ours still shows as it is.
  const choices = CHOICES_MINUTES.includes(minutes) ? CHOICES_MINUTES : [...CHOICES_MINUTES, minutes].sort((a, b) => a - b);

  return (
    <section className="form" aria-labelledby="idle-lock-title">
      <h2 id="idle-lock-title" className="section-title">
        {t('idle.title')}
      </h2>
      <div className="field">
        <label htmlFor="idle-lock-minutes">{t('idle.label')}</label>
        <select
          id="idle-lock-minutes"
          className="input select"
          value={minutes}
          disabled={saving}
          onChange={(event) => void choose(Number(event.target.value))}
          aria-describedby="idle-lock-hint"
        >
          {choices.map((choice) => (
            <option key={choice} value={choice}>
              {describe(choice, t)}
            </option>
          ))}
        </select>
        <p id="idle-lock-hint" className="field-hint">
          {t('idle.hint')}
        </p>
      </div>
      <ErrorAlert message={error} />
      <StatusNote message={saved} />
    </section>
  );
}
