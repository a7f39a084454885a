import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActionItem, ActionStatus, Attendee } from '../../../shared/meetings';
import { ErrorAlert } from '../ui/alerts';
import { formatCalendarDate } from '../ui/dates';
import { errorMessage } from '../ui/errors';
import { InlineForm } from './inline-form';

/** Open, done or dropped: tracking, so it stays changeable after the minutes are approved. */
export function ActionStatusSelect({ id, label, value, onChange }: { id: string; label: string; value: ActionStatus; onChange: (value: ActionStatus) => void }) {
  const { t } = useTranslation('meetings');
  return (
    <select id={id} className="input select mtg-action-status" aria-label={label} value={value} onChange={(event) => onChange(event.target.value as ActionStatus)}>
      <option value="open">{t('actionStatus.open')}</option>
      <option value="done">{t('actionStatus.done')}</option>
      <option value="dropped">{t('actionStatus.dropped')}</option>
    </select>
  );
}

const OTHER = '__other__';
/** The owner of a new item until someone is chosen. */
const NOBODY = '';

/** An agenda item's action items, and (while the minutes can change) a form to add one. */
export function ActionItems({
  meetingId,
  agendaItemId,
  itemTitle,
  actions,
  present,
  editable,
  onChanged,
}: {
  meetingId: string;
  agendaItemId: string;
  itemTitle: string;
  actions: ActionItem[];
  present: Attendee[];
  editable: boolean;
  onChanged: () => void;
}) {
  const { t } = useTranslation('meetings');
  const [adding, setAdding] = useState(false);
  const [editing, setEditing] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const refocus = useReturnFocus(editing);

  async function setStatus(id: string, status: ActionStatus) {
    try {
      await window.chapter.meetings.updateAction({ id, status });
      setError(null);
      onChanged();
    } catch (failure) {
      setError(errorMessage(failure));
    }
  }

  if (actions.length === 0 && !editable) return null;
  return (
    <div className="mtg-sub">
      <h4 className="mtg-sub-title">{t('actions.heading')}</h4>
      {actions.length > 0 ? (
        <ul className="mtg-action-list" aria-label={t('actions.listFor', { item: itemTitle })}>
          {actions.map((action) => (
            <li key={action.id} className={`mtg-action mtg-action-${action.status}`}>
              {editing === action.id ? (
                <ActionForm
                  meetingId={meetingId}
                  agendaItemId={agendaItemId}
                  present={present}
                  editing={action}
                  onCancel={() => refocus(() => setEditing(null), action.id)}
                  onSaved={() => {
                    refocus(() => setEditing(null), action.id);
                    onChanged();
                  }}
                />
              ) : (
                <>
                  <div className="mtg-action-text">
                    <span className="mtg-action-what">{action.what}</span>
                    <span className="mtg-row-sub">
                      {action.ownerName || t('actions.noOwner')}
                      {action.due ? ` · ${t('actions.dueOn', { date: formatCalendarDate(action.due) })}` : ''}
                    </span>
                  </div>
                  {editable ? <EditActionButton action={action} onClick={() => setEditing(action.id)} /> : null}
                  <ActionStatusSelect
                    id={`mtg-action-${action.id}`}
                    label={t('actions.statusOf', { what: action.what })}
                    value={action.status}
                    onChange={(status) => void setStatus(action.id, status)}
                  />
                </>
              )}
            </li>
          ))}
        </ul>
      ) : null}
      <ErrorAlert message={error} />
      {editable && adding ? (
        <ActionForm
          meetingId={meetingId}
          agendaItemId={agendaItemId}
          present={present}
          onCancel={() => setAdding(false)}
          onSaved={() => {
            setAdding(false);
            onChanged();
          }}
        />
      ) : null}
      {editable && !adding ? (
        <button type="button" className="link mtg-add-link" onClick={() => setAdding(true)} aria-label={t('actions.addFor', { item: itemTitle })}>
          + {t('actions.add')}
        </button>
      ) : null}
    </div>
  );
}

/** After an edit form closes, focus goes back to that action item's Edit button once it is rendered again. */
export function useReturnFocus(editing: string | null): (close: () => void, actionId: string) => void {
  const [target, setTarget] = useState<string | null>(null);
  useEffect(() => {
    if (editing || !target) return;
    document.getElementById(editActionButtonId(target))?.focus();
    setTarget(null);
  }, [editing, target]);
  return (close, actionId) => {
    setTarget(actionId);
    close();
  };
}

const editActionButtonId = (actionId: string) => `mtg-action-edit-${actionId}`;

export function EditActionButton({ action, onClick }: { action: ActionItem; onClick: () => void }) {
  const { t } = useTranslation('meetings');
  return (
    <button type="button" id={editActionButtonId(action.id)} className="button button-secondary button-small" aria-label={t('actions.editNamed', { what: action.what })} onClick={onClick}>
      {t('actions.edit')}
    </button>
  );
}

/** Only what changed goes to the vault; a member who owns the item but is not in `present` stays a choice. */
function actionChanges(action: ActionItem, next: { what: string; owner: string; ownerName: string; due: string }) {
  const owner =
    next.owner === OTHER
      ? action.ownerMemberId || next.ownerName.trim() !== action.ownerName
        ? { ownerMemberId: null, ownerName: next.ownerName.trim() }
        : {}
      : next.owner !== action.ownerMemberId
        ? { ownerMemberId: next.owner }
        : {};
  return {
    ...(next.what.trim() !== action.what ? { what: next.what.trim() } : {}),
    ...owner,
    ...(next.due !== (action.due ?? '') ? { due: next.due || null } : {}),
  };
}

/** Adding an action item under an agenda item, or (with `editing`) changing its what, who and due date. */
export function ActionForm({
  meetingId,
  agendaItemId,
  present,
  editing,
  onCancel,
  onSaved,
}: {
  meetingId: string;
  agendaItemId: string;
  present: Attendee[];
  editing?: ActionItem;
  onCancel: () => void;
  onSaved: () => void;
}) {
  const { t } = useTranslation('meetings');
  const [what, setWhat] = useState(editing?.what ?? '');
  // A new item's owner starts as nobody: taking the first person present silently made them responsible.
  const [owner, setOwner] = useState(editing ? (editing.ownerMemberId ?? OTHER) : NOBODY);
  const [ownerName, setOwnerName] = useState(editing && !editing.ownerMemberId ? editing.ownerName : '');
  const [due, setDue] = useState(editing?.due ?? '');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const prefix = editing ? `mtg-edit-action-${editing.id}` : `mtg-add-action-${agendaItemId}`;
  const people = [
    ...present.map((person) => ({ id: person.memberId, name: person.name })),
    ...(editing?.ownerMemberId && !present.some((person) => person.memberId === editing.ownerMemberId) ? [{ id: editing.ownerMemberId, name: editing.ownerName }] : []),
  ];

  async function save() {
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      if (editing) {
        const changes = actionChanges(editing, { what, owner, ownerName, due });
        if (Object.keys(changes).length > 0) await window.chapter.meetings.updateAction({ id: editing.id, ...changes });
        onSaved();
        return;
      }
      await window.chapter.meetings.addAction({
        meetingId,
        agendaItemId,
        what: what.trim(),
        ...(owner === NOBODY ? {} : owner === OTHER ? (ownerName.trim() ? { ownerName: ownerName.trim() } : {}) : { ownerMemberId: owner }),
        ...(due ? { due } : {}),
      });
      onSaved();
    } catch (failure) {
      setError(errorMessage(failure));
      setBusy(false);
    }
  }

  return (
    <InlineForm label={editing ? t('actions.editTitle') : t('actions.add')} onSubmit={() => void save()} onCancel={onCancel}>
      <div className="field mtg-grow">
        <label htmlFor={`${prefix}-what`}>{t('actions.what')}</label>
        <input id={`${prefix}-what`} className="input" value={what} onChange={(event) => setWhat(event.target.value)} autoFocus />
      </div>
      <div className="mtg-form-row">
        <div className="field">
          <label htmlFor={`${prefix}-owner`}>{t('actions.owner')}</label>
          <select id={`${prefix}-owner`} className="input" value={owner} onChange={(event) => setOwner(event.target.value)}>
            {editing ? null : <option value={NOBODY}>{t('actions.noOwner')}</option>}
            {people.map((person) => (
              <option key={person.id} value={person.id}>
                {person.name}
              </option>
            ))}
            <option value={OTHER}>{t('actions.someoneElse')}</option>
          </select>
        </div>
        {owner === OTHER ? (
          <div className="field">
            <label htmlFor={`${prefix}-owner-name`}>{t('actions.ownerName')}</label>
            <input id={`${prefix}-owner-name`} className="input" value={ownerName} onChange={(event) => setOwnerName(event.target.value)} placeholder={t('actions.ownerNameHint')} />
          </div>
        ) : null}
        <div className="field">
          <label htmlFor={`${prefix}-due`}>{t('actions.due')}</label>
          <input id={`${prefix}-due`} type="date" className="input" value={due} onChange={(event) => setDue(event.target.value)} />
        </div>
      </div>
      <ErrorAlert message={error} />
      <div className="form-actions">
        <button type="submit" className="button button-primary button-small" disabled={busy || !what.trim()}>
          {editing ? t('actions.saveChanges') : t('actions.save')}
        </button>
        <button type="button" className="button button-secondary button-small" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </InlineForm>
  );
}
