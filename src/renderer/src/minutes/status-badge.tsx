import { useTranslation } from 'react-i18next';
import type { MeetingStatus } from '../../../shared/meetings';

/** Draft, circulated or approved: a word with a small shape, never colour alone. */
export function StatusBadge({ status }: { status: MeetingStatus }) {
  const { t } = useTranslation('meetings');
  return (
    <span className={`mtg-status mtg-status-${status}`}>
      <span className="mtg-status-mark" aria-hidden="true" />
      {t(`status.${status}`)}
    </span>
  );
}
