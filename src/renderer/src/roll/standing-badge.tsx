import type { Standing } from '../../../shared/roll';
import { Badge, type BadgeMark, type BadgeTone } from '../ui/badge';
import { STANDING_LABELS } from './member-fields';

const LOOK: Record<Standing, { tone: BadgeTone; mark: BadgeMark }> = {
  current: { tone: 'good', mark: 'dot' },
  grace: { tone: 'caution', mark: 'half' },
  lapsed: { tone: 'danger', mark: 'diamond' },
  unknown: { tone: 'neutral', mark: 'dashed' },
};

/** Dues standing as a word with a small shape, so it never depends on colour alone. */
export function StandingBadge({ standing, small = false }: { standing: Standing; small?: boolean }) {
  return (
    <Badge {...LOOK[standing]} small={small}>
      {STANDING_LABELS[standing]}
    </Badge>
  );
}
