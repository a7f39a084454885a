import { useTranslation } from 'react-i18next';
import { LanguageChoice } from '../i18n/language-choice';

/** Settings → Language: switches every screen at once, the lock screen included. */
export function LanguageSetting() {
  const { t } = useTranslation('settings');
  return (
    <section className="form" aria-labelledby="language-title">
      <h2 id="language-title" className="section-title">
        {t('language.title')}
      </h2>
      <p className="section-lead">{t('language.lead')}</p>
      <LanguageChoice idPrefix="settings" hideLegend />
    </section>
  );
}
