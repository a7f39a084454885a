import type { Standing } from '../../../shared/roll';
import { STANDING_LABELS } from './member-fields';

/** Dues standing as a word with a small shape, so it never depends on colour alone. */
export function StandingBadge({ standing }: { standing: Standing }) {
  return (
    <span className={`standing-badge standing-${standing}`}>
      <span className="standing-mark" aria-hidden="true" />
      {STANDING_LABELS[standing]}
    </span>
  );
}
