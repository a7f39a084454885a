import type { InputHTMLAttributes, ReactNode, Ref } from 'react';

type TextFieldProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'onChange' | 'value'> & {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** One line under the field; linked with aria-describedby so screen readers read it too. */
  hint?: ReactNode;
  /** Rendered under the field, e.g. a strength meter (pass its id as aria-describedby). */
  children?: ReactNode;
  ref?: Ref<HTMLInputElement>;
};

/** A labelled input: the label is tied to it with htmlFor, so clicking it or a screen reader finds the field. */
export function TextField({ id, label, value, onChange, hint, children, className, ref, ...inputProps }: TextFieldProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        ref={ref}
        id={id}
        className={className ? `input ${className}` : 'input'}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-describedby={hintId}
        {...inputProps}
      />
      {hint ? (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      ) : null}
      {children}
    </div>
  );
}
