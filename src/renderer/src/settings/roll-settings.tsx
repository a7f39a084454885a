import { useEffect, useState } from 'react';
import type { Settings } from '../../../shared/contract';
import { ErrorAlert, StatusNote } from '../ui/alerts';
import { errorMessage } from '../ui/errors';
import '../roll/roll.css';
import { CustomFieldsSettings } from './custom-fields-settings';
import { StatusesEditor } from './statuses-editor';

type RollSettingsValues = Pick<Settings, 'chapterKind' | 'statuses' | 'phoneCountry' | 'dateOrder' | 'duesGraceDays'>;

/** Countries whose numbers the chapter most likely writes without a country code. */
const PHONE_COUNTRIES = [
  'US', 'CA', 'MX', 'PR', 'GB', 'IE', 'AU', 'NZ', 'ZA', 'NG', 'GH', 'KE', 'IN', 'PK', 'BD', 'PH', 'BR', 'AR', 'CL',
  'CO', 'PE', 'FR', 'DE', 'ES', 'PT', 'IT', 'NL', 'BE', 'CH', 'AT', 'SE', 'NO', 'DK', 'FI', 'PL', 'JP', 'KR',
];

const regionNames = new Intl.DisplayNames(undefined, { type: 'region' });
const countryName = (code: string) => regionNames.of(code) ?? code;

/** Settings → Roll: what kind of chapter, its statuses, how phones and dates are read, dues grace, custom fields. */
export function RollSettings() {
  return (
    <>
      <div className="card settings-card">
        <RollRulesForm />
      </div>
      <div className="card settings-card">
        <CustomFieldsSettings />
      </div>
    </>
  );
}

function RollRulesForm() {
  const [values, setValues] = useState<RollSettingsValues | null>(null);
  const [graceDays, setGraceDays] = useState('');
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let current = true;
    window.chapter.settings
      .get({})
      .then((settings) => {
        if (!current) return;
        setValues(settings);
        setGraceDays(String(settings.duesGraceDays));
      })
      .catch((failure: unknown) => current && setError(errorMessage(failure)));
    return () => {
      current = false;
    };
  }, []);

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
      setSaved('Saved.');
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
      setError('Grace days must be a whole number from 0 to 365.');
      return;
    }
    if (days !== values.duesGraceDays) void save({ duesGraceDays: days });
  }

  return (
    <section className="form" aria-labelledby="roll-settings-title" aria-busy={saving}>
      <h2 id="roll-settings-title" className="section-title">
        Roll
      </h2>
      <p className="section-lead">How your chapter's roll is organized. Changes are saved as you make them.</p>
      {values ? (
        <>
          <fieldset className="choice-group">
            <legend>Kind of chapter</legend>
            <label className="checkbox">
              <input
                type="radio"
                name="chapter-kind"
                checked={values.chapterKind === 'workplace'}
                onChange={() => void save({ chapterKind: 'workplace' })}
              />
              <span>
                Workplace <span className="choice-hint">— members by workplace, department and shift</span>
              </span>
            </label>
            <label className="checkbox">
              <input type="radio" name="chapter-kind" checked={values.chapterKind === 'tenant'} onChange={() => void save({ chapterKind: 'tenant' })} />
              <span>
                Tenant union <span className="choice-hint">— members by building and unit</span>
              </span>
            </label>
          </fieldset>
          <StatusesEditor statuses={values.statuses} disabled={saving} onChange={(statuses) => void save({ statuses })} />
          <div className="settings-row">
            <div className="field">
              <label htmlFor="phone-country">Phone numbers are from</label>
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
                For numbers written without a country code.
              </p>
            </div>
            <div className="field">
              <label htmlFor="date-order">Dates like 3/5/2024 mean</label>
              <select
                id="date-order"
                className="input select"
                value={values.dateOrder}
                onChange={(event) => void save({ dateOrder: event.target.value as Settings['dateOrder'] })}
              >
                <option value="MDY">March 5 (month first)</option>
                <option value="DMY">3 May (day first)</option>
              </select>
              <p className="field-hint">How dates in imported files are read.</p>
            </div>
          </div>
          <div className="field">
            <label htmlFor="dues-grace-days">Dues grace period (days)</label>
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
              After dues run out, a member is “in grace” for this many days, then lapsed.
            </p>
          </div>
        </>
      ) : null}
      <ErrorAlert message={error} />
      <StatusNote message={saved} />
    </section>
  );
}
