import { useState, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgendaItem, MeetingDetail, OpenActionItem } from '../../../shared/meetings';
import { ActionItems, ActionStatusSelect } from './action-items';
import { CrossIcon } from './attendance-panel';
import { formatMeetingDate } from './format';
import { Motions, type Act } from './motions';
import { NotesEditor } from './notes-editor';

/**
 * The agenda: each item with its notes, motions and action items. Items move with the arrow
 * buttons or Alt+↑/↓ anywhere inside them; focus stays where it was.
 */
export function Agenda({
  detail,
  act,
  reload,
  previousTitles,
  reviewed,
}: {
  detail: MeetingDetail;
  act: Act;
  reload: () => void;
  /** Meeting id → "title, date", for approval-of-minutes items. */
  previousTitles: Record<string, { title: string; date: string }>;
  /** Earlier meetings' action items, by id, for the items that review them. */
  reviewed: Record<string, OpenActionItem>;
}) {
  const { t } = useTranslation('meetings');
  const { agenda, editable } = detail;
  const present = detail.attendance;

  async function move(item: AgendaItem, index: number) {
    if (index < 0 || index >= agenda.length) return;
    // Moving a DOM node can drop focus; put it back on the same control.
    const focused = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    await act(() => window.chapter.meetings.moveAgendaItem({ id: item.id, index }));
    requestAnimationFrame(() => {
      if (focused?.isConnected && document.activeElement !== focused) focused.focus();
    });
  }

  function onItemKeyDown(event: KeyboardEvent, item: AgendaItem, index: number) {
    if (!editable || !event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return;
    event.preventDefault();
    void move(item, index + (event.key === 'ArrowUp' ? -1 : 1));
  }

  return (
    <section className="mtg-agenda" aria-labelledby="mtg-agenda-title">
      <h2 id="mtg-agenda-title" className="mtg-section-title">
        {t('agenda.title')}
      </h2>
      {agenda.length === 0 ? <p className="mtg-muted">{t('agenda.empty')}</p> : null}
      <ol className="mtg-items">
        {agenda.map((item, index) => {
          const approval = item.kind === 'approve-minutes' && item.refMeetingId ? previousTitles[item.refMeetingId] : undefined;
          return (
            <li
              key={item.id}
              className={`mtg-item mtg-item-${item.status}`}
              data-item-id={item.id}
              aria-labelledby={`mtg-item-title-${item.id}`}
              onKeyDown={(event) => onItemKeyDown(event, item, index)}
            >
              <header className="mtg-item-head">
                <span className="mtg-item-number" aria-hidden="true">
                  {index + 1}
                </span>
                <h3 id={`mtg-item-title-${item.id}`} className="mtg-item-title" tabIndex={-1}>
                  {item.title}
                </h3>
                {item.status !== 'open' ? <span className={`mtg-item-status mtg-item-status-${item.status}`}>{t(`itemStatus.${item.status}`)}</span> : null}
                {editable ? (
                  <div className="mtg-item-tools" role="group" aria-label={t('agenda.toolsFor', { item: item.title })}>
                    <button
                      type="button"
                      className="icon-button"
                      aria-label={t('agenda.moveUp', { item: item.title })}
                      title={t('agenda.moveUpHint')}
                      aria-keyshortcuts="Alt+ArrowUp"
                      disabled={index === 0}
                      onClick={() => void move(item, index - 1)}
                    >
                      <svg width="14" height="14" viewBox="0 0 14 14" aria-hidden="true">
                        <path d="M7 11V3M3.5 6.5 7 3l3.5 3.5" />
                      </svg>
                    </button>
                    <button
                      type="button"
                      className="icon-button"
                      aria-label={t('agenda.moveDown', { item: item.title })}
                      title={t('agenda.moveDownHint')}
                      aria-keyshortcuts="Alt+ArrowDown"
                      disabled={index === agenda.length - 1}
                      onClick={() => void move(item, index + 1)}
                    >
                      <svg width="14" height="14" viewBox="0 0 14 14" aria-hidden="true">
                        <path d="M7 3v8M3.5 7.5 7 11l3.5-3.5" />
                      </svg>
                    </button>
                    <button
                      type="button"
                      className="button button-secondary button-small"
                      aria-label={item.status === 'tabled' ? t('agenda.resumeNamed', { item: item.title }) : t('agenda.tableNamed', { item: item.title })}
                      onClick={() => void act(() => window.chapter.meetings.updateAgendaItem({ id: item.id, status: item.status === 'tabled' ? 'open' : 'tabled' }))}
                    >
                      {item.status === 'tabled' ? t('agenda.resume') : t('agenda.table')}
                    </button>
                    <button
                      type="button"
                      className="button button-secondary button-small"
                      aria-pressed={item.status === 'done'}
                      aria-label={t('agenda.doneNamed', { item: item.title })}
                      onClick={() => void act(() => window.chapter.meetings.updateAgendaItem({ id: item.id, status: item.status === 'done' ? 'open' : 'done' }))}
                    >
                      {t('agenda.done')}
                    </button>
                    <button
                      type="button"
                      className="icon-button mtg-danger-icon"
                      aria-label={t('agenda.remove', { item: item.title })}
                      title={t('agenda.remove', { item: item.title })}
                      onClick={() => void act(() => window.chapter.meetings.removeAgendaItem({ id: item.id }))}
                    >
                      <CrossIcon />
                    </button>
                  </div>
                ) : null}
              </header>
              <div className="mtg-item-body">
                {item.refActionId && reviewed[item.refActionId] ? <ReviewedAction action={reviewed[item.refActionId]!} onChanged={reload} /> : null}
                <NotesEditor item={item} editable={editable} />
                <Motions
                  meetingId={detail.meeting.id}
                  item={item}
                  motions={detail.motions}
                  present={present}
                  editable={editable}
                  approvalText={approval ? t('motions.approvalText', { title: approval.title, date: formatMeetingDate(approval.date) }) : undefined}
                  act={act}
                />
                <ActionItems
                  meetingId={detail.meeting.id}
                  agendaItemId={item.id}
                  itemTitle={item.title}
                  actions={detail.actions.filter((action) => action.agendaItemId === item.id)}
                  present={present}
                  editable={editable}
                  onChanged={reload}
                />
              </div>
            </li>
          );
        })}
      </ol>
      {editable ? <AddItemForm meetingId={detail.meeting.id} act={act} /> : null}
    </section>
  );
}

function AddItemForm({ meetingId, act }: { meetingId: string; act: Act }) {
  const { t } = useTranslation('meetings');
  const [title, setTitle] = useState('');
  async function submit(event: FormEvent) {
    event.preventDefault();
    if (title.trim() && (await act(() => window.chapter.meetings.addAgendaItem({ meetingId, title: title.trim() })))) setTitle('');
  }
  return (
    <form className="mtg-add-item" aria-label={t('agenda.add')} noValidate onSubmit={(event) => void submit(event)}>
      <input className="input" aria-label={t('agenda.newTitle')} placeholder={t('agenda.newTitle')} value={title} onChange={(event) => setTitle(event.target.value)} />
      <button type="submit" className="button button-secondary" disabled={!title.trim()}>
        {t('agenda.add')}
      </button>
    </form>
  );
}

/** An action item from an earlier meeting, under the agenda item that reviews it: its status can be settled right here. */
function ReviewedAction({ action, onChanged }: { action: OpenActionItem; onChanged: () => void }) {
  const { t } = useTranslation('meetings');
  return (
    <div className={`mtg-action mtg-action-${action.status}`}>
      <div className="mtg-action-text">
        <span className="mtg-action-what">{action.what}</span>
        <span className="mtg-row-sub">
          {action.ownerName || t('actions.noOwner')} · {action.meetingTitle}, {formatMeetingDate(action.meetingDate)}
        </span>
      </div>
      <ActionStatusSelect
        id={`mtg-reviewed-${action.id}`}
        label={t('actions.statusOf', { what: action.what })}
        value={action.status}
        onChange={(status) => void window.chapter.meetings.updateAction({ id: action.id, status }).then(onChanged, onChanged)}
      />
    </div>
  );
}
