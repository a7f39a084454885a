import type { HTMLAttributes, ReactNode } from 'react';

/** What the pill says about its word: neutral facts, the accent, good news, a warning, a danger, or a solid accent for "this one". */
export type BadgeTone = 'neutral' | 'accent' | 'good' | 'caution' | 'danger' | 'solid';

/** A small shape before the word, so a state never depends on colour alone (each state its own shape). */
export type BadgeMark = 'dot' | 'ring' | 'half' | 'dashed' | 'diamond' | 'square';

/**
 * The app's one pill: a short word (a status, a standing, a reason) in a tinted capsule.
 * Use: `<Badge tone="caution" mark="half">Grace period</Badge>`; `small` in dense lists and
 * table cells of other things; `icon` for a drawn mark (an SVG, aria-hidden) instead of a shape.
 * Extra props (data-testid, title) reach the <span>.
 */
export function Badge({
  tone = 'neutral',
  mark,
  icon,
  small = false,
  className,
  children,
  ...rest
}: HTMLAttributes<HTMLSpanElement> & { tone?: BadgeTone; mark?: BadgeMark; icon?: ReactNode; small?: boolean; children: ReactNode }) {
  const classes = ['badge', `badge-${tone}`, small ? 'badge-small' : null, className].filter(Boolean).join(' ');
  return (
    <span className={classes} {...rest}>
      {mark ? <span className={`badge-mark badge-mark-${mark}`} aria-hidden="true" /> : null}
      {icon}
      {children}
    </span>
  );
}
