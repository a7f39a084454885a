import type { InputHTMLAttributes, ReactNode, Ref } from 'react';
import { Field } from './field';

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

/** A labelled text input: Field with an <input> in it, for the many fields that are just that. */
export function TextField({ id, label, value, onChange, hint, children, className, ref, ...inputProps }: TextFieldProps) {
  return (
    <Field id={id} label={label} hint={hint} below={children}>
      {(control) => (
        <input
          ref={ref}
          {...control}
          className={className ? `input ${className}` : 'input'}
          value={value}
          onChange={(event) => onChange(event.target.value)}
          {...inputProps}
        />
      )}
    </Field>
  );
}
