import { useEffect, useState, type FormEvent } from 'react';
import type { CustomField } from '../../../shared/roll';
import { ErrorAlert, StatusNote } from '../ui/alerts';
import { errorMessage } from '../ui/errors';

const TYPE_LABELS: Record<CustomField['type'], string> = {
  text: 'Text',
  number: 'Number',
  date: 'Date',
  choice: 'Choice from a list',
};

/** "Shop steward area" → "shop_steward_area": a key that works as a CSV header and a --set name. */
export function keyFromLabel(label: string): string {
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
  const [fields, setFields] = useState<CustomField[] | null>(null);
  const [editing, setEditing] = useState<CustomField | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let current = true;
    window.chapter.roll
      .customFields({})
      .then((loaded) => current && setFields(loaded))
      .catch((failure: unknown) => current && setError(errorMessage(failure)));
    return () => {
      current = false;
    };
  }, []);

  return (
    <section className="form" aria-labelledby="custom-fields-title">
      <h2 id="custom-fields-title" className="section-title">
        Custom fields
      </h2>
      <p className="section-lead">Fields your chapter keeps for every member, beyond the usual ones.</p>
      <ErrorAlert message={error} />
      {fields && fields.length > 0 ? (
        <ul className="custom-fields-list" aria-label="Custom fields">
          {fields.map((field) => (
            <li key={field.key} className="custom-field-item">
              <div className="custom-field-text">
                <span className="custom-field-label">{field.label}</span>
                <span className="custom-field-meta">
                  {TYPE_LABELS[field.type]}
                  {field.type === 'choice' ? `: ${field.choices.join(', ')}` : ''} · <code>{field.key}</code>
                </span>
              </div>
              <button type="button" className="link" aria-label={`Edit ${field.label}`} onClick={() => setEditing(field)}>
                Edit
              </button>
            </li>
          ))}
        </ul>
      ) : fields ? (
        <p className="field-hint">No custom fields yet.</p>
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
      setError(`There is already a field named “${key}”. Edit it instead, or choose another name.`);
      return;
    }
    const choiceList = type === 'choice' ? choices.split(',').map((choice) => choice.trim()).filter(Boolean) : [];
    try {
      onSaved(await window.chapter.roll.defineCustomField({ key, label: label.trim(), type, choices: choiceList }));
      setSaved(editing ? `Saved “${label.trim()}”.` : `Added “${label.trim()}”.`);
      setLabel('');
      setChoices('');
      setType('text');
    } catch (failure) {
      setError(errorMessage(failure));
    }
  }

  return (
    <form className="custom-field-form" onSubmit={save} noValidate aria-label={editing ? `Edit ${editing.label}` : 'Add a custom field'}>
      <h3 className="custom-field-form-title">{editing ? `Edit “${editing.label}”` : 'Add a field'}</h3>
      <div className="settings-row">
        <div className="field">
          <label htmlFor="custom-field-label">Name</label>
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
                In CSV files: <code>{key}</code>
              </>
            ) : (
              'Letters and digits; it also names the CSV column.'
            )}
          </p>
        </div>
        <div className="field">
          <label htmlFor="custom-field-type">Kind</label>
          <select id="custom-field-type" className="input" value={type} onChange={(event) => setType(event.target.value as CustomField['type'])}>
            {(Object.keys(TYPE_LABELS) as CustomField['type'][]).map((option) => (
              <option key={option} value={option}>
                {TYPE_LABELS[option]}
              </option>
            ))}
          </select>
        </div>
      </div>
      {type === 'choice' ? (
        <div className="field">
          <label htmlFor="custom-field-choices">Choices</label>
          <input
            id="custom-field-choices"
            className="input"
            value={choices}
            onChange={(event) => setChoices(event.target.value)}
            placeholder="Day, Swing, Night"
            aria-describedby="custom-field-choices-hint"
          />
          <p id="custom-field-choices-hint" className="field-hint">
            Separate the choices with commas. Choice fields can be used as filters on the roll.
          </p>
        </div>
      ) : null}
      <ErrorAlert message={error} />
      <StatusNote message={saved} />
      <div className="form-actions">
        <button type="submit" className="button button-secondary" disabled={!label.trim() || !key}>
          {editing ? 'Save field' : 'Add field'}
        </button>
        {editing ? (
          <button type="button" className="button button-secondary" onClick={onCancel}>
            Cancel
          </button>
        ) : null}
      </div>
    </form>
  );
}
