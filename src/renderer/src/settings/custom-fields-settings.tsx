import { useTranslation } from 'react-i18next';
import { useState, type FormEvent } from 'react';
import type { CustomField } from '../../../shared/roll';
import { ErrorAlert, StatusNote } from '../ui/alerts';
import { errorMessage } from '../ui/errors';
import { Field, Select } from '../ui/field';
import { TextField } from '../ui/text-field';
import { useChapterLoad } from '../ui/use-chapter-load';

const TYPES: CustomField['type'][] = ['text', 'number', 'date', 'choice'];

/** "Shop steward area" → "shop_steward_area": a key that works as a CSV header and a --set name. */
function keyFromLabel(label: string): string {
  const key = label
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, 40);
  return /^[a-z]/.test(key) ? key : key ? `field_${key}`.slice(0, 40) : '';
}

/** Settings → Custom fields: the chapter's own member fields, and a form to add or change one. */
export function CustomFieldsSettings() {
  const { t } = useTranslation(['settings', 'common']);
  const [fields, setFields] = useState<CustomField[] | null>(null);
  const [editing, setEditing] = useState<CustomField | null>(null);
  const [error, setError] = useState<string | null>(null);

  useChapterLoad(() => window.chapter.roll.customFields({}), setFields, setError, []);

  return (
    <section className="form" aria-labelledby="custom-fields-title">
      <h2 id="custom-fields-title" className="section-title">
        {t('custom.title')}
      </h2>
      <p className="section-lead">{t('custom.lead')}</p>
      <ErrorAlert message={error} />
      {fields && fields.length > 0 ? (
        <ul className="custom-fields-list" aria-label={t('custom.title')}>
          {fields.map((field) => (
            <li key={field.key} className="custom-field-item">
              <div className="custom-field-text">
                <span className="custom-field-label">{field.label}</span>
                <span className="custom-field-meta">
                  {t(`custom.types.${field.type}`)}
                  {field.type === 'choice' ? `: ${field.choices.join(', ')}` : ''} · <code>{field.key}</code>
                </span>
              </div>
              <button type="button" className="link" aria-label={t('custom.editNamed', { label: field.label })} onClick={() => setEditing(field)}>
                {t('custom.edit')}
              </button>
            </li>
          ))}
        </ul>
      ) : fields ? (
        <p className="field-hint">{t('custom.none')}</p>
      ) : null}
      <CustomFieldForm
        key={editing?.key ?? 'new'}
        editing={editing}
        existingKeys={(fields ?? []).map((field) => field.key)}
        onSaved={(next) => {
          setFields(next);
          setEditing(null);
        }}
        onCancel={() => setEditing(null)}
      />
    </section>
  );
}

function CustomFieldForm({
  editing,
  existingKeys,
  onSaved,
  onCancel,
}: {
  editing: CustomField | null;
  existingKeys: string[];
  onSaved: (fields: CustomField[]) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation(['settings', 'common']);
  const [label, setLabel] = useState(editing?.label ?? '');
  const [type, setType] = useState<CustomField['type']>(editing?.type ?? 'text');
  const [choices, setChoices] = useState(editing?.choices.join(', ') ?? '');
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const key = editing?.key ?? keyFromLabel(label);
  const taken = !editing && existingKeys.includes(key);

  async function save(event: FormEvent) {
    event.preventDefault();
    setError(null);
    setSaved(null);
    if (!label.trim() || !key) return;
    if (taken) {
      setError(t('custom.taken', { key }));
      return;
    }
    const choiceList = type === 'choice' ? choices.split(',').map((choice) => choice.trim()).filter(Boolean) : [];
    try {
      onSaved(await window.chapter.roll.defineCustomField({ key, label: label.trim(), type, choices: choiceList }));
      setSaved(editing ? t('custom.savedNamed', { label: label.trim() }) : t('custom.added', { label: label.trim() }));
      setLabel('');
      setChoices('');
      setType('text');
    } catch (failure) {
      setError(errorMessage(failure));
    }
  }

  return (
    <form className="custom-field-form" onSubmit={save} noValidate aria-label={editing ? t('custom.editNamed', { label: editing.label }) : t('custom.addCustom')}>
      <h3 className="custom-field-form-title">{editing ? t('custom.editQuoted', { label: editing.label }) : t('custom.addTitle')}</h3>
      <div className="settings-row">
        <div className="field">
          <label htmlFor="custom-field-label">{t('custom.name')}</label>
          <input
            id="custom-field-label"
            className="input"
            maxLength={100}
            value={label}
            onChange={(event) => setLabel(event.target.value)}
            aria-describedby="custom-field-key"
          />
          <p id="custom-field-key" className="field-hint">
            {key ? (
              <>
                {t('custom.inCsv')} <code>{key}</code>
              </>
            ) : (
              t('custom.keyHint')
            )}
          </p>
        </div>
        <Field id="custom-field-type" label={t('custom.kind')}>
          {(control) => <Select {...control} value={type} options={TYPES.map((option) => ({ value: option, label: t(`custom.types.${option}`) }))} onChange={setType} />}
        </Field>
      </div>
      {type === 'choice' ? (
        <TextField
          id="custom-field-choices"
          label={t('custom.choices')}
          value={choices}
          onChange={setChoices}
          placeholder={t('custom.choicesPlaceholder')}
          hint={t('custom.choicesHint')}
        />
      ) : null}
      <ErrorAlert message={error} />
      <StatusNote message={saved} />
      <div className="form-actions">
        <button type="submit" className="button button-secondary" disabled={!label.trim() || !key}>
          {editing ? t('custom.save') : t('custom.add')}
        </button>
        {editing ? (
          <button type="button" className="button button-secondary" onClick={onCancel}>
            {t('common:actions.cancel')}
          </button>
        ) : null}
      </div>
    </form>
  );
}
