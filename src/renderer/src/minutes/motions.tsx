import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgendaItem, Attendee, MeetingDetail, Motion, MotionOutcome } from '../../../shared/meetings';
import { ErrorAlert } from '../ui/alerts';
import { Badge, type BadgeTone } from '../ui/badge';
import { errorMessage } from '../ui/errors';
import { InlineForm } from './inline-form';
import { VoteDialog } from './vote-dialog';

export type Act = (work: () => Promise<MeetingDetail>) => Promise<boolean>;

/**
 * The motions made under one agenda item: each with who moved and seconded it, its vote and
 * outcome, and its amendments right under it. Motion text is shown as plain text, never HTML.
 */
/** A motion carried while quorum was not present says so, never a bare "Carried". */
export function outcomeKey(motion: Motion): MotionOutcome | 'carriedWithoutQuorum' {
  return motion.outcome === 'carried' && motion.quorumMetAtVote === false ? 'carriedWithoutQuorum' : motion.outcome;
}

export function Motions({
  meetingId,
  item,
  motions,
  present,
  quorumMet,
  editable,
  approvalText,
  act,
}: {
  meetingId: string;
  item: AgendaItem;
  /** All of the meeting's motions; this item's are picked here. */
  motions: Motion[];
  present: Attendee[];
  /** Whether quorum is present now: a vote without it is recorded only after asking. */
  quorumMet: boolean;
  editable: boolean;
  /** For an approval-of-minutes item: the motion's usual wording. */
  approvalText?: string;
  act: Act;
}) {
  const { t } = useTranslation('meetings');
  const [adding, setAdding] = useState<{ amends?: Motion } | null>(null);
  const mine = motions.filter((motion) => motion.agendaItemId === item.id);
  const main = mine.filter((motion) => !motion.amendsMotionId || !mine.some((other) => other.id === motion.amendsMotionId));
  const amendmentsOf = (motion: Motion) => mine.filter((other) => other.amendsMotionId === motion.id);

  if (mine.length === 0 && !editable) return null;
  const form = (amends?: Motion) => (
    <MotionForm
      meetingId={meetingId}
      item={item}
      present={present}
      amends={amends}
      initialText={amends ? '' : (approvalText ?? '')}
      act={act}
      onDone={() => setAdding(null)}
    />
  );

  return (
    <div className="mtg-sub">
      <h4 className="mtg-sub-title">{t('motions.heading')}</h4>
      {main.length > 0 ? (
        <ol className="mtg-motions" aria-label={t('motions.listFor', { item: item.title })}>
          {main.map((motion) => (
            <li key={motion.id}>
              <MotionCard motion={motion} present={present} quorumMet={quorumMet} editable={editable} act={act} onAmend={() => setAdding({ amends: motion })} />
              {amendmentsOf(motion).length > 0 || adding?.amends?.id === motion.id ? (
                <ol className="mtg-amendments" aria-label={t('motions.amendmentsOf', { text: motion.text })}>
                  {amendmentsOf(motion).map((amendment) => (
                    <li key={amendment.id}>
                      <MotionCard motion={amendment} present={present} quorumMet={quorumMet} editable={editable} act={act} />
                    </li>
                  ))}
                  {adding?.amends?.id === motion.id ? <li>{form(motion)}</li> : null}
                </ol>
              ) : null}
            </li>
          ))}
        </ol>
      ) : null}
      {editable && adding && !adding.amends ? form() : null}
      {editable && !adding ? (
        <button type="button" className="link mtg-add-link" onClick={() => setAdding({})} aria-label={t('motions.addFor', { item: item.title })}>
          + {t('motions.add')}
        </button>
      ) : null}
    </div>
  );
}

function MotionCard({
  motion,
  present,
  quorumMet,
  editable,
  act,
  onAmend,
}: {
  motion: Motion;
  present: Attendee[];
  quorumMet: boolean;
  editable: boolean;
  act: Act;
  onAmend?: () => void;
}) {
  const { t } = useTranslation('meetings');
  const [voting, setVoting] = useState(false);
  const [editing, setEditing] = useState(false);
  const card = useRef<HTMLElement>(null);
  const editButton = useRef<HTMLButtonElement>(null);
  // Closing the edit form puts focus back on the Edit button, which is rendered again by then.
  const refocus = useRef(false);
  useEffect(() => {
    if (editing || !refocus.current) return;
    refocus.current = false;
    editButton.current?.focus();
  }, [editing]);
  // Once a vote is recorded the button that opened the dialog is gone: the motion itself takes focus.
  // In an effect, so the dialog has closed (and the page is no longer inert) before focus moves.
  const voted = useRef(false);
  useEffect(() => {
    if (voting || !voted.current) return;
    const inside = card.current?.contains(document.activeElement) ?? false;
    // Still pending with focus on Record vote: cancelled, or the recorded vote has not arrived yet.
    if (inside && motion.outcome === 'pending') return;
    voted.current = false;
    if (!inside) card.current?.focus();
  }, [voting, motion.outcome]);
  const pending = motion.outcome === 'pending';
  const people = [
    motion.moverName ? t('motions.movedBy', { name: motion.moverName }) : null,
    motion.seconderName ? t('motions.secondedBy', { name: motion.seconderName }) : t('motions.notSeconded'),
  ].filter(Boolean);

  return (
    <article ref={card} tabIndex={-1} className={`mtg-motion mtg-motion-${motion.outcome}`} aria-label={motion.amendsMotionId ? t('motions.amendment') : t('motions.motion')}>
      <div className="mtg-motion-head">
        <span className="mtg-motion-kind">{motion.amendsMotionId ? t('motions.amendment') : t('motions.motion')}</span>
        <Badge tone={OUTCOME_TONE[outcomeKey(motion)]} small className="mtg-outcome">
          {t(`outcome.${outcomeKey(motion)}`)}
        </Badge>
      </div>
      {editing ? (
        <MotionForm
          item={null}
          present={present}
          editing={motion}
          initialText={motion.text}
          act={act}
          onDone={() => {
            setEditing(false);
            refocus.current = true;
          }}
        />
      ) : (
        <>
          <p className="mtg-motion-text">{motion.text}</p>
          <p className="mtg-row-sub">{people.join(' · ')}</p>
        </>
      )}
      {!pending && motion.method ? (
        <p className="mtg-vote-line">
          {t(`method.${motion.method}`)}: {t('motions.tally', { for: motion.for, against: motion.against, abstain: motion.abstain })}
          {motion.presentAtVote !== undefined ? (
            <span className="mtg-row-sub">
              {' · '}
              {motion.quorumMetAtVote ? t('motions.quorumMetAt', { count: motion.presentAtVote }) : t('motions.quorumNotMetAt', { count: motion.presentAtVote })}
            </span>
          ) : null}
        </p>
      ) : null}
      {motion.rollCall.length > 0 ? (
        <details className="mtg-rollcall">
          <summary>{t('motions.rollCallShow', { count: motion.rollCall.length })}</summary>
          <ul>
            {motion.rollCall.map((entry) => (
              <li key={entry.memberId}>
                {entry.name}: <strong>{t(`vote.${entry.vote}`)}</strong>
              </li>
            ))}
          </ul>
        </details>
      ) : null}
      {editable && pending && !editing ? (
        <div className="mtg-motion-actions">
          <button type="button" className="button button-primary button-small" onClick={() => setVoting(true)}>
            {t('motions.recordVote')}
          </button>
          <button ref={editButton} type="button" className="button button-secondary button-small" onClick={() => setEditing(true)}>
            {t('motions.edit')}
          </button>
          {onAmend ? (
            <button type="button" className="button button-secondary button-small" onClick={onAmend}>
              {t('motions.amend')}
            </button>
          ) : null}
          <button type="button" className="button button-secondary button-small" onClick={() => void act(() => window.chapter.meetings.updateMotion({ id: motion.id, outcome: 'withdrawn' }))}>
            {t('motions.withdraw')}
          </button>
        </div>
      ) : null}
      {voting ? (
        <VoteDialog
          motion={motion}
          present={present}
          quorumMet={quorumMet}
          act={act}
          onClose={() => {
            setVoting(false);
            voted.current = true;
          }}
        />
      ) : null}
    </article>
  );
}

const OUTCOME_TONE: Record<ReturnType<typeof outcomeKey>, BadgeTone> = {
  pending: 'neutral',
  carried: 'accent',
  carriedWithoutQuorum: 'caution',
  failed: 'danger',
  tabled: 'caution',
  withdrawn: 'caution',
};

const NOBODY = '';

/** Adding a motion or an amendment under an agenda item, or (with `editing`) changing a pending one's wording, mover and seconder. */
function MotionForm({
  meetingId,
  item,
  present,
  amends,
  editing,
  initialText,
  act,
  onDone,
}: {
  /** Not needed when editing. */
  meetingId?: string;
  item: AgendaItem | null;
  present: Attendee[];
  amends?: Motion;
  editing?: Motion;
  initialText: string;
  act: Act;
  onDone: () => void;
}) {
  const { t } = useTranslation('meetings');
  const [text, setText] = useState(initialText);
  const [mover, setMover] = useState(editing?.moverId ?? NOBODY);
  const [seconder, setSeconder] = useState(editing?.seconderId ?? NOBODY);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const prefix = editing ? `mtg-motion-edit-${editing.id}` : `mtg-motion-${amends?.id ?? item?.id ?? ''}`;
  // Someone who moved the motion and has since left stays a choice, so their name is not lost by saving the wording.
  const people = [
    ...present.map((person) => ({ id: person.memberId, name: person.name })),
    ...(editing?.moverId && editing.moverName && !present.some((person) => person.memberId === editing.moverId) ? [{ id: editing.moverId, name: editing.moverName }] : []),
    ...(editing?.seconderId && editing.seconderName && !present.some((person) => person.memberId === editing.seconderId)
      ? [{ id: editing.seconderId, name: editing.seconderName }]
      : []),
  ];

  async function update(motion: Motion) {
    const changes = {
      ...(text.trim() !== motion.text ? { text: text.trim() } : {}),
      ...(mover !== (motion.moverId ?? NOBODY) ? { moverId: mover || null } : {}),
      ...(seconder !== (motion.seconderId ?? NOBODY) ? { seconderId: seconder || null } : {}),
    };
    if (Object.keys(changes).length > 0) {
      const detail = await window.chapter.meetings.updateMotion({ id: motion.id, ...changes });
      await act(async () => detail);
    }
  }

  async function save() {
    setBusy(true);
    setError(null);
    try {
      if (editing) {
        await update(editing);
        onDone();
        return;
      }
      if (!item || !meetingId) return;
      await window.chapter.meetings
        .addMotion({
          meetingId,
          agendaItemId: item.id,
          text: text.trim(),
          ...(mover ? { moverId: mover } : {}),
          ...(seconder ? { seconderId: seconder } : {}),
          ...(amends ? { amendsMotionId: amends.id } : {}),
          ...(item.kind === 'approve-minutes' && item.refMeetingId && !amends ? { approvesMeetingId: item.refMeetingId } : {}),
        })
        .then((detail) => act(async () => detail));
      onDone();
    } catch (failure) {
      setError(errorMessage(failure));
      setBusy(false);
    }
  }

  const choices = (label: string, value: string, set: (value: string) => void, id: string, other: string) => (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} className="input" value={value} onChange={(event) => set(event.target.value)}>
        <option value={NOBODY}>{t('motions.nobody')}</option>
        {people.map((person) => (
          <option key={person.id} value={person.id} disabled={person.id === other}>
            {person.name}
          </option>
        ))}
      </select>
    </div>
  );

  return (
    <InlineForm label={editing ? t('motions.editTitle') : amends ? t('motions.amendTitle') : t('motions.add')} onSubmit={() => void save()} onCancel={onDone}>
      <div className="field">
        <label htmlFor={`${prefix}-text`}>{amends || editing?.amendsMotionId ? t('motions.amendmentText') : t('motions.text')}</label>
        <textarea id={`${prefix}-text`} className="input textarea mtg-motion-input" rows={2} value={text} onChange={(event) => setText(event.target.value)} autoFocus />
      </div>
      {present.length === 0 ? <p className="field-hint">{t('motions.nobodyPresent')}</p> : null}
      <div className="mtg-form-row">
        {choices(t('motions.mover'), mover, setMover, `${prefix}-mover`, seconder)}
        {choices(t('motions.seconder'), seconder, setSeconder, `${prefix}-seconder`, mover)}
      </div>
      <ErrorAlert message={error} />
      <div className="form-actions">
        <button type="submit" className="button button-primary button-small" disabled={busy || !text.trim()}>
          {editing ? t('motions.saveChanges') : amends ? t('motions.saveAmendment') : t('motions.save')}
        </button>
        <button type="button" className="button button-secondary button-small" onClick={onDone}>
          {t('common.cancel')}
        </button>
      </div>
    </InlineForm>
  );
}
