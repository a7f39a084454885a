import { Fragment, useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActionStatus, Attendee, MeetingStatus, OpenActionItem } from '../../../shared/meetings';
import { ErrorAlert } from '../ui/alerts';
import { formatCalendarDate } from '../ui/dates';
import { errorMessage } from '../ui/errors';
import { ActionForm, ActionStatusSelect, EditActionButton, useReturnFocus } from './action-items';
import { formatMeetingDate } from './format';

/** Action items across every meeting (open ones first of all), oldest due first, with their status to update. */
export function ActionItemsView({ onOpen }: { onOpen: (meetingId: string) => void }) {
  const { t } = useTranslation('meetings');
  const [status, setStatus] = useState<ActionStatus>('open');
  const [items, setItems] = useState<OpenActionItem[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  // Approved minutes keep their action items as recorded (only the status moves on), so those get no Edit.
  const [statuses, setStatuses] = useState<Record<string, MeetingStatus>>({});
  const [editing, setEditing] = useState<{ id: string; present: Attendee[] } | null>(null);
  const refocus = useReturnFocus(editing?.id ?? null);

  const reload = useCallback(() => {
    window.chapter.meetings
      .actions({ status })
      .then(setItems)
      .catch((failure: unknown) => setError(errorMessage(failure)));
    window.chapter.meetings
      .list({})
      .then((meetings) => setStatuses(Object.fromEntries(meetings.map((meeting) => [meeting.id, meeting.status]))))
      .catch(() => undefined);
  }, [status]);

  /** The owner is chosen among those at the meeting that agreed the item, as on the meeting screen. */
  async function edit(item: OpenActionItem) {
    try {
      const detail = await window.chapter.meetings.get({ id: item.meetingId });
      setEditing({ id: item.id, present: detail.attendance });
      setError(null);
    } catch (failure) {
      setError(errorMessage(failure));
    }
  }

  useEffect(reload, [reload]);

  async function change(id: string, next: ActionStatus) {
    try {
      await window.chapter.meetings.updateAction({ id, status: next });
      setError(null);
      reload();
    } catch (failure) {
      setError(errorMessage(failure));
    }
  }

  return (
    <div className="mtg-actions-view">
      <div className="mtg-actions-toolbar">
        <label htmlFor="mtg-actions-status">{t('actions.show')}</label>
        <select id="mtg-actions-status" className="input select" value={status} onChange={(event) => setStatus(event.target.value as ActionStatus)}>
          <option value="open">{t('actionStatus.open')}</option>
          <option value="done">{t('actionStatus.done')}</option>
          <option value="dropped">{t('actionStatus.dropped')}</option>
        </select>
      </div>
      <ErrorAlert message={error} />
      {items && items.length === 0 ? <p className="empty-state mtg-empty">{t(`actions.none.${status}`)}</p> : null}
      {items && items.length > 0 ? (
        <table className="mtg-table" aria-label={t('actions.label')}>
          <thead>
            <tr>
              <th scope="col">{t('actions.what')}</th>
              <th scope="col">{t('actions.owner')}</th>
              <th scope="col">{t('actions.due')}</th>
              <th scope="col">{t('actions.from')}</th>
              <th scope="col">{t('actions.status')}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((item) => (
              <Fragment key={item.id}>
              <tr>
                <td>{item.what}</td>
                <td>{item.ownerName || '—'}</td>
                <td className="mtg-nowrap">{item.due ? formatCalendarDate(item.due) : '—'}</td>
                <td>
                  <button type="button" className="link mtg-link-left" onClick={() => onOpen(item.meetingId)}>
                    {item.meetingTitle}
                  </button>
                  <span className="mtg-row-sub">{formatMeetingDate(item.meetingDate)}</span>
                </td>
                <td>
                  <div className="mtg-action-cells">
                    <ActionStatusSelect id={`mtg-action-all-${item.id}`} label={t('actions.statusOf', { what: item.what })} value={item.status} onChange={(next) => void change(item.id, next)} />
                    {statuses[item.meetingId] && statuses[item.meetingId] !== 'approved' && editing?.id !== item.id ? (
                      <EditActionButton action={item} onClick={() => void edit(item)} />
                    ) : null}
                  </div>
                </td>
              </tr>
              {editing?.id === item.id ? (
                <tr className="mtg-edit-row">
                  <td colSpan={5}>
                    <ActionForm
                      meetingId={item.meetingId}
                      agendaItemId={item.agendaItemId ?? ''}
                      present={editing.present}
                      editing={item}
                      onCancel={() => refocus(() => setEditing(null), item.id)}
                      onSaved={() => {
                        refocus(() => setEditing(null), item.id);
                        reload();
                      }}
                    />
                  </td>
                </tr>
              ) : null}
              </Fragment>
            ))}
          </tbody>
        </table>
      ) : null}
    </div>
  );
}
