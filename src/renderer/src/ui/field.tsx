import type { ReactNode, SelectHTMLAttributes } from 'react';

/** What Field hands its control: the id its label points at, and the hint and error to read with it. */
export interface FieldControlProps {
  id: string;
  'aria-describedby'?: string;
  'aria-invalid'?: true;
}

/**
 * One labelled control: the label (tied by htmlFor, so clicking it or a screen reader finds the
 * control), the control, a hint under it and an error under that. The hint and the error are
 * linked with aria-describedby, and an error marks the control aria-invalid, so a screen reader
 * reads why the value was refused when the officer comes back to it.
 *
 * Use: `<Field id="fee" label="Monthly dues" hint="In dollars" error={problem}>
 *   {(control) => <input {...control} className="input" value={fee} onChange={…} />}
 * </Field>` — any control: an input, a <Select>, a textarea.
 */
export function Field({
  id,
  label,
  hint,
  error,
  below,
  className,
  children,
}: {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string | null;
  /** Shown last, e.g. a strength meter (give it an id and pass that as the control's aria-describedby). */
  below?: ReactNode;
  /** e.g. 'field-wide' to span a dialog-grid's two columns. */
  className?: string;
  children: (control: FieldControlProps) => ReactNode;
}) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={className ? `field ${className}` : 'field'}>
      <label htmlFor={id}>{label}</label>
      {children({ id, 'aria-describedby': describedBy, ...(error ? { 'aria-invalid': true as const } : {}) })}
      {hint ? (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={errorId} className="field-error">
          {error}
        </p>
      ) : null}
      {below}
    </div>
  );
}

export interface SelectOption<T extends string> {
  value: T;
  label: string;
}

/**
 * A <select> in the app's input look, typed by its values: onChange gets one of `options`'
 * values, never a stray string. Label it with Field (or aria-label when the label is elsewhere).
 * Use: `<Select {...control} value={kind} options={KINDS} onChange={setKind} />`.
 */
export function Select<T extends string>({
  value,
  options,
  onChange,
  className,
  ...selectProps
}: Omit<SelectHTMLAttributes<HTMLSelectElement>, 'value' | 'onChange'> & {
  value: T;
  options: readonly SelectOption<T>[];
  onChange: (value: T) => void;
}) {
  return (
    <select
      className={className ? `input ${className}` : 'input'}
      value={value}
      onChange={(event) => onChange(event.target.value as T)}
      {...selectProps}
    >
      {options.map((option) => (
        <option key={option.value} value={option.value}>
          {option.label}
        </option>
      ))}
    </select>
  );
}
