import type { ReactNode } from 'react';

/** A small form that opens in place (a motion, an action item, a walk-in): Enter submits, Esc closes it. */
export function InlineForm({ label, id, onSubmit, onCancel, children }: { label: string; id?: string; onSubmit: () => void; onCancel?: () => void; children: ReactNode }) {
  return (
    <form
      id={id}
      className="mtg-inline-form"
      aria-label={label}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit();
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && onCancel) {
          event.preventDefault();
          event.stopPropagation();
          onCancel();
        }
      }}
    >
      {children}
    </form>
  );
}
