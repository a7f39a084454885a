/**
 * One member field as a labelled control: the right input for its kind (text, date, choice,
 * notes), its hint and its error. Used by the add dialog and the member panel.
 */
import type { CustomField, Member, MemberInput, MemberTextField } from '../../../shared/roll';
import { FIELD_LABELS, MULTI_VALUE_HINTS } from './member-fields';

/** A canonical text field, or a custom field as "custom.KEY". */
export type FieldKey = MemberTextField | `custom.${string}`;

export interface FieldSpec {
  key: FieldKey;
  label: string;
  kind: 'text' | 'email' | 'tel' | 'date' | 'number' | 'notes' | 'choice';
  choices?: string[];
  hint?: string;
}

export function textFieldSpec(key: MemberTextField, statuses: readonly string[]): FieldSpec {
  const label = FIELD_LABELS[key];
  const hint = MULTI_VALUE_HINTS[key];
  const base = { key, label, ...(hint ? { hint } : {}) };
  switch (key) {
    case 'email':
      return { ...base, kind: 'email' };
    case 'phone':
      return { ...base, kind: 'tel' };
    case 'join_date':
    case 'dues_paid_through':
      return { ...base, kind: 'date' };
    case 'notes':
      return { ...base, kind: 'notes' };
    case 'status':
      return { ...base, kind: 'choice', choices: [...statuses] };
    default:
      return { ...base, kind: 'text' };
  }
}

export function customFieldSpec(field: CustomField): FieldSpec {
  const kind = field.type === 'choice' ? 'choice' : field.type;
  return { key: `custom.${field.key}`, label: field.label, kind, ...(field.type === 'choice' ? { choices: field.choices } : {}) };
}

export function memberValue(member: Member, key: FieldKey): string {
  if (key.startsWith('custom.')) return member.custom[key.slice('custom.'.length)] ?? '';
  return member[key as MemberTextField];
}

/** Field values as typed → what roll.add / roll.update take. */
export function toMemberInput(values: Partial<Record<FieldKey, string>>): MemberInput {
  const input: MemberInput = {};
  const custom: Record<string, string> = {};
  for (const [key, value] of Object.entries(values) as [FieldKey, string][]) {
    if (key.startsWith('custom.')) custom[key.slice('custom.'.length)] = value;
    else (input as Record<string, string>)[key] = value;
  }
  if (Object.keys(custom).length > 0) input.custom = custom;
  return input;
}

/** Whether a control saves as soon as it changes (a choice) or when the officer leaves it (typing). */
export function commitsOnChange(spec: FieldSpec): boolean {
  return spec.kind === 'choice';
}

export function FieldControl({
  idPrefix,
  spec,
  value,
  error,
  autoFocus,
  onChange,
  onCommit,
}: {
  idPrefix: string;
  spec: FieldSpec;
  value: string;
  error?: string | null;
  autoFocus?: boolean;
  onChange: (value: string) => void;
  /** The officer is done with this field (left it, pressed Enter, picked a choice). */
  onCommit?: (value: string) => void;
}) {
  const id = `${idPrefix}-${spec.key.replace('.', '-')}`;
  const hintId = spec.hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  const common = {
    id,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy,
    autoFocus,
  } as const;

  let control;
  if (spec.kind === 'notes') {
    control = (
      <textarea
        {...common}
        className="input textarea"
        rows={4}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        onBlur={(event) => onCommit?.(event.target.value)}
      />
    );
  } else if (spec.kind === 'choice') {
    const choices = spec.choices ?? [];
    // A value set elsewhere that is no longer a choice still shows as it is.
    const options = value && !choices.includes(value) ? [value, ...choices] : choices;
    control = (
      <select
        {...common}
        className="input"
        value={value}
        onChange={(event) => {
          onChange(event.target.value);
          onCommit?.(event.target.value);
        }}
      >
        {spec.key === 'status' ? null : <option value="">—</option>}
        {options.map((choice) => (
          <option key={choice} value={choice}>
            {choice}
          </option>
        ))}
      </select>
    );
  } else {
    // E-mail fields may hold several addresses ("a@x.org; b@y.org"), which type="email" refuses:
    // the service checks them and says what is wrong.
    const type = spec.kind === 'date' || spec.kind === 'tel' ? spec.kind : 'text';
    const inputMode = spec.kind === 'number' ? 'decimal' : spec.kind === 'email' ? 'email' : undefined;
    control = (
      <input
        {...common}
        className="input"
        type={type}
        inputMode={inputMode}
        autoComplete="off"
        spellCheck={spec.kind === 'text' ? undefined : false}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        onBlur={(event) => onCommit?.(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && onCommit) {
            event.preventDefault();
            onCommit(event.currentTarget.value);
          }
        }}
      />
    );
  }

  return (
    <div className={`field${spec.kind === 'notes' ? ' field-wide' : ''}`}>
      <label htmlFor={id}>{spec.label}</label>
      {control}
      {spec.hint ? (
        <p id={hintId} className="field-hint">
          {spec.hint}
        </p>
      ) : null}
      {error ? (
        <p id={errorId} role="alert" className="field-error">
          {error}
        </p>
      ) : null}
    </div>
  );
}
