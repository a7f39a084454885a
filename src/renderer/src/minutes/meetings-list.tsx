import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeetingSummary } from '../../../shared/meetings';
import { formatMeetingDate } from './format';
import { StatusBadge } from './status-badge';

/** Every meeting, newest first: date, title and type, status, attendance, open action items. */
export function MeetingsList({
  meetings,
  focusId,
  onOpen,
  onNew,
}: {
  meetings: MeetingSummary[];
  /** The meeting just left: its row gets focus back. */
  focusId: string | null;
  onOpen: (id: string) => void;
  onNew: () => void;
}) {
  const { t } = useTranslation('meetings');
  const table = useRef<HTMLTableElement>(null);

  useEffect(() => {
    if (!focusId) return;
    table.current?.querySelector<HTMLButtonElement>(`button[data-meeting-id="${CSS.escape(focusId)}"]`)?.focus();
  }, [focusId, meetings]);

  if (meetings.length === 0) {
    return (
      <div className="empty-state mtg-empty">
        <p className="mtg-empty-title">{t('list.emptyTitle')}</p>
        <p>{t('list.emptyBody')}</p>
        <button type="button" className="button button-primary" onClick={onNew}>
          {t('page.new')}
        </button>
      </div>
    );
  }

  return (
    <table className="mtg-table" ref={table} aria-label={t('list.label')}>
      <thead>
        <tr>
          <th scope="col">{t('list.date')}</th>
          <th scope="col">{t('list.meeting')}</th>
          <th scope="col">{t('list.status')}</th>
          <th scope="col" className="mtg-num">
            {t('list.attendance')}
          </th>
          <th scope="col" className="mtg-num">
            {t('list.openActions')}
          </th>
        </tr>
      </thead>
      <tbody>
        {meetings.map((meeting) => (
          <tr key={meeting.id}>
            <td className="mtg-nowrap">
              <time dateTime={meeting.date}>{formatMeetingDate(meeting.date)}</time>
            </td>
            <td>
              <button type="button" className="mtg-row-open" data-meeting-id={meeting.id} onClick={() => onOpen(meeting.id)}>
                {meeting.title}
              </button>
              <span className="mtg-row-sub">
                {meeting.type}
                {meeting.place ? ` · ${meeting.place}` : ''}
              </span>
            </td>
            <td>
              <StatusBadge status={meeting.status} />
            </td>
            <td className="mtg-num">{meeting.attendance}</td>
            <td className="mtg-num">{meeting.openActions || '—'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
