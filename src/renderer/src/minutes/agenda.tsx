import { useEffect, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgendaItem, MeetingDetail, OpenActionItem } from '../../../shared/meetings';
import { Badge } from '../ui/badge';
import { ActionItems, ActionStatusSelect } from './action-items';
import { CrossIcon } from './attendance-panel';
import { ConfirmDialog } from './confirm-dialog';
import { formatMeetingDate } from './format';
import { Motions, type Act } from './motions';
import { NotesEditor } from './notes-editor';
import { flushPendingSaves } from './pending-saves';

/** Asking before a removal: notes would be lost; motions and action items are the record and keep the item. */
type Removing = { item: AgendaItem; index: number; why: 'notes' | 'record' };

const ADD_ITEM_INPUT = 'mtg-add-item-title';
const itemHeading = (id: string) => `[data-item-id="${CSS.escape(id)}"] h3`;
const renameButton = (id: string) => `#${CSS.escape(`mtg-rename-${id}`)}`;

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
  const [renaming, setRenaming] = useState<string | null>(null);
  const [removing, setRemoving] = useState<Removing | null>(null);
  // Where focus goes once the agenda and any dialog have settled (a selector): after the dialog closes, or the element exists.
  const [focusTarget, setFocusTarget] = useState<string | null>(null);
  useEffect(() => {
    if (!focusTarget || removing) return;
    document.querySelector<HTMLElement>(focusTarget)?.focus();
    setFocusTarget(null);
  }, [focusTarget, removing, agenda, renaming]);

  /** Focus goes to the item that took the removed one's place, else the one before, else "New agenda item". */
  async function remove(item: AgendaItem, index: number) {
    const neighbour = agenda[index + 1] ?? agenda[index - 1];
    if (!(await act(() => window.chapter.meetings.removeAgendaItem({ id: item.id })))) return false;
    setFocusTarget(neighbour ? itemHeading(neighbour.id) : `#${ADD_ITEM_INPUT}`);
    return true;
  }

  async function askToRemove(item: AgendaItem, index: number) {
    const { motions, actions } = detail;
    if (motions.some((motion) => motion.agendaItemId === item.id) || actions.some((action) => action.agendaItemId === item.id)) {
      setRemoving({ item, index, why: 'record' });
      return;
    }
    // What was typed a moment ago counts: save it, then look at the notes as stored.
    await flushPendingSaves();
    const fresh = await window.chapter.meetings.get({ id: detail.meeting.id }).catch(() => detail);
    const notes = fresh.agenda.find((other) => other.id === item.id)?.notes ?? item.notes;
    if (notes.trim()) setRemoving({ item, index, why: 'notes' });
    else await remove(item, index);
  }

  async function rename(item: AgendaItem, title: string) {
    if (title.trim() !== item.title && !(await act(() => window.chapter.meetings.updateAgendaItem({ id: item.id, title: title.trim() })))) return;
    setRenaming(null);
    setFocusTarget(renameButton(item.id));
  }

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
    if (!editable || renaming === item.id || !event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return;
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
                {renaming === item.id ? (
                  <RenameForm
                    item={item}
                    onSave={(title) => void rename(item, title)}
                    onCancel={() => {
                      setRenaming(null);
                      setFocusTarget(renameButton(item.id));
                    }}
                  />
                ) : (
                  <h3 id={`mtg-item-title-${item.id}`} className="mtg-item-title" tabIndex={-1}>
                    {item.title}
                  </h3>
                )}
                {item.status !== 'open' ? (
                  <Badge tone={item.status === 'done' ? 'accent' : 'caution'} small>
                    {t(`itemStatus.${item.status}`)}
                  </Badge>
                ) : null}
                {editable && renaming !== item.id ? (
                  <div className="mtg-item-tools" role="group" aria-label={t('agenda.toolsFor', { item: item.title })}>
                    <button
                      type="button"
                      id={`mtg-rename-${item.id}`}
                      className="icon-button"
                      aria-label={t('agenda.rename', { item: item.title })}
                      title={t('agenda.renameHint')}
                      onClick={() => setRenaming(item.id)}
                    >
                      <svg width="14" height="14" viewBox="0 0 14 14" aria-hidden="true">
                        <path d="M9.5 2.5 11.5 4.5 5 11H3V9z" />
                      </svg>
                    </button>
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
                      onClick={() => void askToRemove(item, index)}
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
                  quorumMet={detail.quorum.met}
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
      {removing ? (
        <ConfirmDialog
          id="mtg-remove-item"
          title={removing.why === 'notes' ? t('agenda.removeTitle', { item: removing.item.title }) : t('agenda.keptTitle', { item: removing.item.title })}
          lead={removing.why === 'notes' ? t('agenda.removeNotesLead') : t('agenda.keptLead')}
          danger={removing.why === 'notes'}
          confirmLabel={
            removing.why === 'notes' ? t('agenda.removeConfirm') : removing.item.status === 'tabled' ? t('agenda.doneInstead') : t('agenda.tableInstead')
          }
          onCancel={() => setRemoving(null)}
          onConfirm={async () => {
            const { item, index, why } = removing;
            if (why === 'notes') {
              if (await remove(item, index)) setRemoving(null);
              return;
            }
            const status = item.status === 'tabled' ? 'done' : 'tabled';
            if (await act(() => window.chapter.meetings.updateAgendaItem({ id: item.id, status }))) setRemoving(null);
          }}
        />
      ) : null}
    </section>
  );
}

function RenameForm({ item, onSave, onCancel }: { item: AgendaItem; onSave: (title: string) => void; onCancel: () => void }) {
  const { t } = useTranslation('meetings');
  const [title, setTitle] = useState(item.title);
  return (
    <form
      className="mtg-rename"
      aria-label={t('agenda.renameForm', { item: item.title })}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (title.trim()) onSave(title);
      }}
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        event.preventDefault();
        event.stopPropagation();
        onCancel();
      }}
    >
      <input
        className="input mtg-rename-input"
        aria-label={t('agenda.renameLabel')}
        value={title}
        onChange={(event) => setTitle(event.target.value)}
        onFocus={(event) => event.target.select()}
        maxLength={300}
        autoFocus
      />
      <button type="submit" className="button button-primary button-small" disabled={!title.trim()}>
        {t('agenda.renameSave')}
      </button>
      <button type="button" className="button button-secondary button-small" onClick={onCancel}>
        {t('common.cancel')}
      </button>
    </form>
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
      <input id={ADD_ITEM_INPUT} className="input" aria-label={t('agenda.newTitle')} placeholder={t('agenda.newTitle')} value={title} onChange={(event) => setTitle(event.target.value)} />
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
