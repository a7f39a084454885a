import { useState } from 'react';
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
  const [error, setError] = useState<string | null>(null);

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
              <div className="mtg-action-text">
                <span className="mtg-action-what">{action.what}</span>
                <span className="mtg-row-sub">
                  {action.ownerName || t('actions.noOwner')}
                  {action.due ? ` · ${t('actions.dueOn', { date: formatCalendarDate(action.due) })}` : ''}
                </span>
              </div>
              <ActionStatusSelect id={`mtg-action-${action.id}`} label={t('actions.statusOf', { what: action.what })} value={action.status} onChange={(status) => void setStatus(action.id, status)} />
            </li>
          ))}
        </ul>
      ) : null}
      <ErrorAlert message={error} />
      {editable && adding ? (
        <AddActionForm
          meetingId={meetingId}
          agendaItemId={agendaItemId}
          present={present}
          onCancel={() => setAdding(false)}
          onAdded={() => {
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

function AddActionForm({
  meetingId,
  agendaItemId,
  present,
  onCancel,
  onAdded,
}: {
  meetingId: string;
  agendaItemId: string;
  present: Attendee[];
  onCancel: () => void;
  onAdded: () => void;
}) {
  const { t } = useTranslation('meetings');
  const [what, setWhat] = useState('');
  const [owner, setOwner] = useState(present[0]?.memberId ?? OTHER);
  const [ownerName, setOwnerName] = useState('');
  const [due, setDue] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const prefix = `mtg-add-action-${agendaItemId}`;

  async function save() {
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      await window.chapter.meetings.addAction({
        meetingId,
        agendaItemId,
        what: what.trim(),
        ...(owner === OTHER ? (ownerName.trim() ? { ownerName: ownerName.trim() } : {}) : { ownerMemberId: owner }),
        ...(due ? { due } : {}),
      });
      onAdded();
    } catch (failure) {
      setError(errorMessage(failure));
      setBusy(false);
    }
  }

  return (
    <InlineForm label={t('actions.add')} onSubmit={() => void save()} onCancel={onCancel}>
      <div className="field mtg-grow">
        <label htmlFor={`${prefix}-what`}>{t('actions.what')}</label>
        <input id={`${prefix}-what`} className="input" value={what} onChange={(event) => setWhat(event.target.value)} autoFocus />
      </div>
      <div className="mtg-form-row">
        <div className="field">
          <label htmlFor={`${prefix}-owner`}>{t('actions.owner')}</label>
          <select id={`${prefix}-owner`} className="input" value={owner} onChange={(event) => setOwner(event.target.value)}>
            {present.map((person) => (
              <option key={person.memberId} value={person.memberId}>
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
          {t('actions.save')}
        </button>
        <button type="button" className="button button-secondary button-small" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </InlineForm>
  );
}
