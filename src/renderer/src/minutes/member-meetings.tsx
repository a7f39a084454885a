import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MemberMeetingRecord } from '../../../shared/meetings';
import { formatCalendarDate } from '../ui/dates';
import { formatMeetingDate } from './format';
import { useChapterLoad } from '../ui/use-chapter-load';

/** On a member's page: the meetings they came to, the motions they moved or seconded, the action items they own. */
export function MemberMeetings({ memberId }: { memberId: string }) {
  const { t } = useTranslation('meetings');
  const [record, setRecord] = useState<MemberMeetingRecord | null>(null);

  useChapterLoad(
    () => window.chapter.meetings.memberRecord({ memberId }),
    setRecord,
    // The member's details matter more than this summary: without it, the section stays away.
    () => setRecord(null),
    [memberId],
  );

  if (!record) return null;
  const last = record.attended[0];
  return (
    <section className="panel-section mtg-member" aria-labelledby="mtg-member-title">
      <h3 id="mtg-member-title" className="panel-section-title">
        {t('member.title')}
      </h3>
      {record.attended.length === 0 ? (
        <p className="mtg-muted">{t('member.none')}</p>
      ) : (
        <p>
          {t('member.attended', { count: record.attended.length })}
          {last ? <span className="mtg-row-sub"> · {last.title}, {formatMeetingDate(last.date)}</span> : null}
        </p>
      )}
      {record.motions.length > 0 ? (
        <ul className="mtg-member-list" aria-label={t('member.motions')}>
          {record.motions.map((motion) => (
            <li key={`${motion.motionId}-${motion.role}`}>
              <span className="mtg-member-role">{motion.role === 'mover' ? t('member.moved') : t('member.seconded')}</span> “{motion.text}”
              <span className="mtg-row-sub"> · {motion.title}, {formatMeetingDate(motion.date)}</span>
            </li>
          ))}
        </ul>
      ) : null}
      {record.actions.length > 0 ? (
        <ul className="mtg-member-list" aria-label={t('member.actions')}>
          {record.actions.map((action) => (
            <li key={action.id}>
              {action.what}
              <span className="mtg-row-sub">
                {' · '}
                {t(`actionStatus.${action.status}`)}
                {action.due ? ` · ${formatCalendarDate(action.due)}` : ''}
              </span>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
