import type { ReactNode } from 'react';

export interface CheckOption<T extends string> {
  value: T;
  label: ReactNode;
  /** Shown but fixed, e.g. a column that always stays. */
  disabled?: boolean;
}

/**
 * A list of checkboxes, each a real <input type="checkbox"> inside its <label> (so the whole row
 * is clickable and a screen reader reads "Building, checkbox, checked"). `checked` holds the
 * ticked values; `onToggle` says which one changed, the caller keeps the list.
 * Use: `<CheckList label="Columns" options={columns} checked={shown} onToggle={(id, on) => …} />`.
 */
export function CheckList<T extends string>({
  label,
  options,
  checked,
  onToggle,
  className,
  itemClassName,
}: {
  /** The list's accessible name; omit when a heading or the surrounding panel already names it. */
  label?: string;
  options: readonly CheckOption<T>[];
  checked: readonly T[];
  onToggle: (value: T, checked: boolean) => void;
  className?: string;
  /** Extra class on each row's label. */
  itemClassName?: string;
}) {
  return (
    <ul className={className ? `check-list ${className}` : 'check-list'} aria-label={label}>
      {options.map((option) => (
        <li key={option.value}>
          <label className={itemClassName ? `checkbox ${itemClassName}` : 'checkbox'}>
            <input
              type="checkbox"
              disabled={option.disabled}
              checked={checked.includes(option.value)}
              onChange={(event) => onToggle(option.value, event.target.checked)}
            />
            <span>{option.label}</span>
          </label>
        </li>
      ))}
    </ul>
  );
}
