import { useTranslation } from 'react-i18next';
import { useState, type FormEvent } from 'react';
import type { Conversation } from '../../../shared/roll';
import { ErrorAlert } from '../ui/alerts';
import { Badge } from '../ui/badge';
import { errorMessage } from '../ui/errors';
import { AssessmentPicker } from './assessment-picker';
import { formatCalendarDate, todayIso } from './member-fields';

/** One-on-one conversations with the member, newest first, and a form to log another. */
export function ConversationLog({
  memberId,
  conversations,
  officerName,
  currentAssessment,
}: {
  memberId: string;
  conversations: Conversation[];
  officerName: string;
  currentAssessment: number | null;
}) {
  const { t } = useTranslation(['roll', 'common']);
  const [adding, setAdding] = useState(false);
  return (
    <div className="conversations">
      {adding ? (
        <AddConversationForm
          memberId={memberId}
          officerName={officerName}
          currentAssessment={currentAssessment}
          onCancel={() => setAdding(false)}
          // The log shows the new entry when main announces the change (roll:changed).
          onAdded={() => setAdding(false)}
        />
      ) : (
        <button type="button" className="button button-secondary" onClick={() => setAdding(true)}>
          {t('conversations.add')}
        </button>
      )}
      {conversations.length === 0 ? (
        <p className="panel-empty">{t('conversations.none')}</p>
      ) : (
        <ol className="conversation-list" aria-label={t('panel.conversations')}>
          {conversations.map((conversation) => (
            <li key={conversation.id} className="conversation">
              <p className="conversation-meta">
                <time dateTime={conversation.date}>{formatCalendarDate(conversation.date)}</time>
                {conversation.talked_by ? <span> · {conversation.talked_by}</span> : null}
                {conversation.assessment_after !== null && conversation.assessment_after !== conversation.assessment_before ? (
                  <Badge tone="accent" small className="conversation-assessment">
                    {t('conversations.assessmentChange', { before: conversation.assessment_before ?? t('conversations.none2'), after: conversation.assessment_after })}
                  </Badge>
                ) : null}
              </p>
              {conversation.notes ? <p className="conversation-notes">{conversation.notes}</p> : null}
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}

function AddConversationForm({
  memberId,
  officerName,
  currentAssessment,
  onCancel,
  onAdded,
}: {
  memberId: string;
  officerName: string;
  currentAssessment: number | null;
  onCancel: () => void;
  onAdded: () => void;
}) {
  const { t } = useTranslation(['roll', 'common']);
  const [date, setDate] = useState(todayIso);
  const [talkedBy, setTalkedBy] = useState(officerName);
  const [notes, setNotes] = useState('');
  const [assessment, setAssessment] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  async function save(event: FormEvent) {
    event.preventDefault();
    if (saving || !notes.trim()) return;
    setSaving(true);
    setError(null);
    try {
      await window.chapter.roll.addConversation({
        memberId,
        notes,
        ...(date ? { date } : {}),
        ...(talkedBy.trim() ? { talkedBy: talkedBy.trim() } : {}),
        ...(assessment !== null ? { assessment } : {}),
      });
      onAdded();
    } catch (failure) {
      setError(errorMessage(failure));
      setSaving(false);
    }
  }

  return (
    <form className="conversation-form" onSubmit={save} noValidate aria-label={t('conversations.add')}>
      <div className="panel-grid">
        <div className="field">
          <label htmlFor="conversation-date">{t('conversations.date')}</label>
          <input id="conversation-date" className="input" type="date" value={date} onChange={(event) => setDate(event.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="conversation-by">{t('conversations.by')}</label>
          <input id="conversation-by" className="input" value={talkedBy} onChange={(event) => setTalkedBy(event.target.value)} />
        </div>
      </div>
      <div className="field">
        <label htmlFor="conversation-notes">{t('fields.notes')}</label>
        <textarea
          id="conversation-notes"
          className="input textarea"
          rows={4}
          autoFocus
          value={notes}
          onChange={(event) => setNotes(event.target.value)}
        />
      </div>
      <AssessmentPicker
        name="conversation-assessment"
        legend={t('conversations.newAssessment', { now: currentAssessment ?? t('conversations.none2') })}
        noneLabel={t('conversations.noChange')}
        value={assessment}
        onChange={setAssessment}
      />
      <ErrorAlert message={error} />
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={saving || !notes.trim()}>
          {saving ? t('common:actions.saving') : t('conversations.save')}
        </button>
        <button type="button" className="button button-secondary" onClick={onCancel}>
          {t('common:actions.cancel')}
        </button>
      </div>
    </form>
  );
}
