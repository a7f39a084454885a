import { useTranslation } from 'react-i18next';
import { useState } from 'react';
import type { Settings } from '../../../shared/contract';
import { ErrorAlert, StatusNote } from '../ui/alerts';
import { errorMessage } from '../ui/errors';
import { useChapterLoad } from '../ui/use-chapter-load';
import '../roll/roll.css';
import { currentLanguage } from '../i18n';
import { CustomFieldsSettings } from './custom-fields-settings';
import { StatusesEditor } from './statuses-editor';

type RollSettingsValues = Pick<Settings, 'chapterKind' | 'statuses' | 'phoneCountry' | 'dateOrder' | 'duesGraceDays'>;

/** Countries whose numbers the chapter most likely writes without a country code. */
const PHONE_COUNTRIES = [
  'US', 'CA', 'MX', 'PR', 'GB', 'IE', 'AU', 'NZ', 'ZA', 'NG', 'GH', 'KE', 'IN', 'PK', 'BD', 'PH', 'BR', 'AR', 'CL',
  'CO', 'PE', 'FR', 'DE', 'ES', 'PT', 'IT', 'NL', 'BE', 'CH', 'AT', 'SE', 'NO', 'DK', 'FI', 'PL', 'JP', 'KR',
];

/** Country names in the app's language, not the system's. */
const countryName = (code: string) => new Intl.DisplayNames([currentLanguage()], { type: 'region' }).of(code) ?? code;

/** Settings → Roll: what kind of chapter, its statuses, how phones and dates are read, dues grace, custom fields. */
export function RollSettings() {
  return (
    <>
      <div className="card card-section settings-card">
        <RollRulesForm />
      </div>
      <div className="card card-section settings-card">
        <CustomFieldsSettings />
      </div>
    </>
  );
}

function RollRulesForm() {
  const { t } = useTranslation('settings');
  const [values, setValues] = useState<RollSettingsValues | null>(null);
  const [graceDays, setGraceDays] = useState('');
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  useChapterLoad(
    () => window.chapter.settings.get({}),
    (settings) => {
      setValues(settings);
      setGraceDays(String(settings.duesGraceDays));
    },
    setError,
    [],
  );

  async function save(changes: Partial<RollSettingsValues>) {
    if (!values) return;
    const previous = values;
    setValues({ ...values, ...changes });
    setSaving(true);
    setSaved(null);
    setError(null);
    try {
      const settings = await window.chapter.settings.update(changes);
      setValues(settings);
      setGraceDays(String(settings.duesGraceDays));
      setSaved(t('saved'));
    } catch (failure) {
      setValues(previous);
      setError(errorMessage(failure));
    } finally {
      setSaving(false);
    }
  }

  function saveGraceDays() {
    if (!values) return;
    const days = Number(graceDays);
    if (!/^\d+$/.test(graceDays.trim()) || days > 365) {
      setError(t('roll.graceInvalid'));
      return;
    }
    if (days !== values.duesGraceDays) void save({ duesGraceDays: days });
  }

  return (
    <section className="form" aria-labelledby="roll-settings-title" aria-busy={saving}>
      <h2 id="roll-settings-title" className="section-title">
        {t('roll.title')}
      </h2>
      <p className="section-lead">{t('roll.lead')}</p>
      {values ? (
        <>
          <fieldset className="choice-group">
            <legend>{t('roll.kind')}</legend>
            <label className="checkbox">
              <input
                type="radio"
                name="chapter-kind"
                checked={values.chapterKind === 'workplace'}
                onChange={() => void save({ chapterKind: 'workplace' })}
              />
              <span>
                {t('roll.workplace')} <span className="choice-hint">— {t('roll.workplaceHint')}</span>
              </span>
            </label>
            <label className="checkbox">
              <input type="radio" name="chapter-kind" checked={values.chapterKind === 'tenant'} onChange={() => void save({ chapterKind: 'tenant' })} />
              <span>
                {t('roll.tenant')} <span className="choice-hint">— {t('roll.tenantHint')}</span>
              </span>
            </label>
          </fieldset>
          <StatusesEditor statuses={values.statuses} disabled={saving} onChange={(statuses) => void save({ statuses })} />
          <div className="settings-row">
            <div className="field">
              <label htmlFor="phone-country">{t('roll.phoneCountry')}</label>
              <select
                id="phone-country"
                className="input select"
                value={values.phoneCountry}
                aria-describedby="phone-country-hint"
                onChange={(event) => void save({ phoneCountry: event.target.value })}
              >
                {(PHONE_COUNTRIES.includes(values.phoneCountry) ? PHONE_COUNTRIES : [values.phoneCountry, ...PHONE_COUNTRIES]).map((code) => (
                  <option key={code} value={code}>
                    {countryName(code)}
                  </option>
                ))}
              </select>
              <p id="phone-country-hint" className="field-hint">
                {t('roll.phoneCountryHint')}
              </p>
            </div>
            <div className="field">
              <label htmlFor="date-order">{t('roll.dateOrder')}</label>
              <select
                id="date-order"
                className="input select"
                value={values.dateOrder}
                onChange={(event) => void save({ dateOrder: event.target.value as Settings['dateOrder'] })}
              >
                <option value="MDY">{t('roll.mdy')}</option>
                <option value="DMY">{t('roll.dmy')}</option>
              </select>
              <p className="field-hint">{t('roll.dateOrderHint')}</p>
            </div>
          </div>
          <div className="field">
            <label htmlFor="dues-grace-days">{t('roll.grace')}</label>
            <input
              id="dues-grace-days"
              className="input input-narrow"
              inputMode="numeric"
              value={graceDays}
              onChange={(event) => setGraceDays(event.target.value)}
              onBlur={saveGraceDays}
              onKeyDown={(event) => {
                if (event.key === 'Enter') saveGraceDays();
              }}
              aria-describedby="dues-grace-hint"
            />
            <p id="dues-grace-hint" className="field-hint">
              {t('roll.graceHint')}
            </p>
          </div>
        </>
      ) : null}
      <ErrorAlert message={error} />
      <StatusNote message={saved} />
    </section>
  );
}
