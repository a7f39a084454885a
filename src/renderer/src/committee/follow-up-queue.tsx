import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FollowUp, FollowUpQueue } from '../../../shared/committee';
import { ErrorAlert } from '../ui/alerts';
import { formatDate } from '../ui/dates';
import { useChapterLoad } from '../ui/use-chapter-load';
import { OrganizerSelect, useOrganizers } from './organizer-select';

const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;

/** Who is due for follow-up (per organizer, oldest first), who was never contacted, who not for N days. */
export function FollowUpQueueView() {
  const { t } = useTranslation('committee');
  const [error, setError] = useState<string | null>(null);
  const organizers = useOrganizers(setError);
  const [organizer, setOrganizer] = useState('');
  const [queue, setQueue] = useState<FollowUpQueue | null>(null);
  useChapterLoad(
    () => window.chapter.committee.queue({ timeZone, ...(organizer ? { organizer } : {}) }),
    setQueue,
    setError,
    [organizer],
  );
  return (
    <div className="committee-stack">
      <ErrorAlert message={error} />
      <div className="committee-toolbar">
        {organizers ? <OrganizerSelect id="queue-organizer" organizers={organizers} value={organizer} onChange={setOrganizer} allLabel={t('organizer.all')} /> : null}
        {queue ? <p className="muted">{t('queue.today', { date: formatDate(queue.today) ?? queue.today })}</p> : null}
      </div>
      {queue ? (
        <>
          <QueueSection title={t('queue.due')} rows={queue.due} empty={t('queue.dueEmpty')} today={queue.today} showNext />
          <QueueSection title={t('queue.never')} rows={queue.never} empty={t('queue.neverEmpty')} today={queue.today} total={queue.neverCount} />
          <QueueSection
            title={t('queue.stale', { count: queue.staleDays })}
            rows={queue.stale}
            empty={t('queue.staleEmpty')}
            today={queue.today}
            total={queue.staleCount}
          />
        </>
      ) : null}
    </div>
  );
}

function QueueSection({ title, rows, empty, showNext = false, total, today }: { title: string; rows: FollowUp[]; empty: string; showNext?: boolean; total?: number; today: string }) {
  const { t } = useTranslation('committee');
  const headingId = `queue-${title.replace(/\W+/g, '-').toLowerCase()}`;
  return (
    <section className="committee-section" aria-labelledby={headingId}>
      <h2 id={headingId} className="committee-heading">
        {title} <span className="count-badge">{total ?? rows.length}</span>
      </h2>
      {rows.length === 0 ? (
        <p className="muted">{empty}</p>
      ) : (
        <table className="committee-table" aria-labelledby={headingId}>
          <thead>
            <tr>
              <th scope="col">{t('queue.name')}</th>
              {showNext ? <th scope="col">{t('queue.next')}</th> : null}
              {showNext ? <th scope="col">{t('queue.reason')}</th> : null}
              <th scope="col">{t('queue.lastContact')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.member} className={row.overdue ? 'overdue' : undefined}>
                <td>{row.name}</td>
                {showNext ? (
                  <td>
                    {row.next ? formatDate(row.next) : ''}{' '}
                    <span className={row.overdue ? 'queue-badge queue-badge-overdue' : 'queue-badge'}>
                      {row.overdue ? t('queue.overdue') : row.next === today ? t('queue.dueToday') : ''}
                    </span>
                  </td>
                ) : null}
                {showNext ? <td>{row.reason}</td> : null}
                <td>{row.last_contact ? formatDate(row.last_contact) : t('queue.never_short')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {total !== undefined && total > rows.length ? <p className="muted">{t('queue.more', { shown: rows.length, count: total })}</p> : null}
    </section>
  );
}
