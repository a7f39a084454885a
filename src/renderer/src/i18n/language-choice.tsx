import { useTranslation } from 'react-i18next';
import { chooseLanguage } from './choose-language';
import { LANGUAGE_NAMES, LANGUAGES, currentLanguage } from '.';

/**
 * English / Español as two radio buttons, each language written in itself, so an officer who
 * reads only one of them finds it. Used on the first-run screen and in Settings.
 */
export function LanguageChoice({ idPrefix, hideLegend = false }: { idPrefix: string; /** Under a heading that already says "Language". */ hideLegend?: boolean }) {
  // Subscribes to language changes, so the checked option follows a switch made anywhere.
  const { t } = useTranslation();
  const chosen = currentLanguage();
  return (
    <fieldset className="language-choice">
      <legend className={hideLegend ? 'visually-hidden' : undefined}>{t('language')}</legend>
      <div className="language-options">
        {LANGUAGES.map((language) => (
          <label key={language} className="language-option" lang={language}>
            <input
              type="radio"
              name={`${idPrefix}-language`}
              value={language}
              checked={chosen === language}
              onChange={() => void chooseLanguage(language)}
            />
            <span>{LANGUAGE_NAMES[language]}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
