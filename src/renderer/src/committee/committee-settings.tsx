import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Settings } from '../../../shared/contract';
import { ErrorAlert, StatusNote } from '../ui/alerts';
import { errorMessage } from '../ui/errors';
import { useChapterLoad } from '../ui/use-chapter-load';

type Key = 'membersPerOrganizer' | 'staleContactDays';
const LIMITS: Record<Key, number> = { membersPerOrganizer: 1000, staleContactDays: 3650 };

/** The committee's two rules of thumb: members per organizer, and how long is "not contacted lately". */
export function CommitteeSettings({ onSaved }: { onSaved: () => void }) {
  const { t } = useTranslation('committee');
  const [values, setValues] = useState<Record<Key, string> | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const fill = (settings: Settings) => setValues({ membersPerOrganizer: String(settings.membersPerOrganizer), staleContactDays: String(settings.staleContactDays) });
  useChapterLoad(() => window.chapter.settings.get({}), fill, setError, []);

  const save = async (key: Key) => {
    if (!values) return;
    const text = values[key].trim();
    setError(null);
    setSaved(null);
    if (!/^\d+$/.test(text) || Number(text) < 1 || Number(text) > LIMITS[key]) {
      setError(t('settings.invalid', { max: LIMITS[key] }));
      return;
    }
    try {
      fill(await window.chapter.settings.update({ [key]: Number(text) }));
      setSaved(t('settings.saved'));
      onSaved();
    } catch (failure) {
      setError(errorMessage(failure));
    }
  };

  if (!values) return <ErrorAlert message={error} />;
  return (
    <section className="committee-section" aria-labelledby="committee-settings-title">
      <h2 id="committee-settings-title" className="committee-heading">
        {t('settings.title')}
      </h2>
      <div className="committee-toolbar">
        {(['membersPerOrganizer', 'staleContactDays'] as const).map((key) => (
          <span key={key} className="field committee-field">
            <label htmlFor={`committee-${key}`}>{t(`settings.${key}`)}</label>
            <input
              id={`committee-${key}`}
              className="input input-narrow"
              inputMode="numeric"
              value={values[key]}
              onChange={(event) => setValues({ ...values, [key]: event.target.value })}
              onBlur={() => void save(key)}
              onKeyDown={(event) => {
                if (event.key === 'Enter') void save(key);
              }}
            />
          </span>
        ))}
      </div>
      <ErrorAlert message={error} />
      <StatusNote message={saved} />
    </section>
  );
}
