import { useTranslation } from 'react-i18next';
import type { MeetingStatus } from '../../../shared/meetings';
import { Badge, type BadgeMark, type BadgeTone } from '../ui/badge';

const LOOK: Record<MeetingStatus, { tone: BadgeTone; mark: BadgeMark }> = {
  draft: { tone: 'neutral', mark: 'ring' },
  circulated: { tone: 'caution', mark: 'half' },
  approved: { tone: 'accent', mark: 'square' },
};

/** Draft, circulated or approved: a word with a small shape, never colour alone. */
export function StatusBadge({ status }: { status: MeetingStatus }) {
  const { t } = useTranslation('meetings');
  return <Badge {...LOOK[status]}>{t(`status.${status}`)}</Badge>;
}
