import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Attendee, Motion, MotionOutcome, VoteChoice, VoteMethod } from '../../../shared/meetings';
import { ErrorAlert } from '../ui/alerts';
import { errorMessage } from '../ui/errors';
import { FormDialog } from '../ui/dialog';
import type { Act } from './motions';

const METHODS: VoteMethod[] = ['voice', 'hands', 'ballot', 'roll-call'];
const CHOICES: VoteChoice[] = ['for', 'against', 'abstain'];
type Decided = Exclude<MotionOutcome, 'pending'>;
const OUTCOMES: Decided[] = ['carried', 'failed', 'tabled', 'withdrawn'];

/**
 * Recording a vote: how it was taken, the counts (or, for a roll call, each member present and
 * how they voted, counted as they go), and the outcome, which follows the counts unless the
 * secretary says otherwise (a motion tabled or withdrawn before the vote).
 */
export function VoteDialog({
  motion,
  present,
  quorumMet,
  act,
  onClose,
}: {
  motion: Motion;
  present: Attendee[];
  quorumMet: boolean;
  act: Act;
  onClose: () => void;
}) {
  const { t } = useTranslation('meetings');
  const [method, setMethod] = useState<VoteMethod>('hands');
  const [counts, setCounts] = useState<Record<VoteChoice, string>>({ for: '', against: '', abstain: '' });
  const [votes, setVotes] = useState<Record<string, VoteChoice>>({});
  const [outcome, setOutcome] = useState<Decided | 'auto'>('auto');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const tally: Record<VoteChoice, number> =
    method === 'roll-call'
      ? { for: 0, against: 0, abstain: 0, ...Object.values(votes).reduce<Partial<Record<VoteChoice, number>>>((sum, vote) => ({ ...sum, [vote]: (sum[vote] ?? 0) + 1 }), {}) }
      : { for: Number(counts.for) || 0, against: Number(counts.against) || 0, abstain: Number(counts.abstain) || 0 };
  const counted: Decided = tally.for > tally.against ? 'carried' : 'failed';
  const decided = outcome === 'auto' ? counted : outcome;
  const shownOutcome = decided === 'carried' && !quorumMet ? 'carriedWithoutQuorum' : decided;
  const missing = method === 'roll-call' ? present.filter((person) => !votes[person.memberId]).length : 0;

  async function save() {
    setBusy(true);
    setError(null);
    try {
      const detail = await window.chapter.meetings.recordVote({
        motionId: motion.id,
        method,
        ...(method === 'roll-call'
          ? { rollCall: Object.entries(votes).map(([memberId, vote]) => ({ memberId, vote })) }
          : { for: tally.for, against: tally.against, abstain: tally.abstain }),
        outcome: outcome === 'auto' ? counted : outcome,
      });
      await act(async () => detail);
      onClose();
    } catch (failure) {
      setError(errorMessage(failure));
      setBusy(false);
    }
  }

  return (
    <FormDialog
      id="mtg-vote"
      title={t('vote.title')}
      lead={motion.text}
      size={method === 'roll-call' ? 'wide' : 'small'}
      busy={busy}
      onCancel={onClose}
      onSubmit={() => void save()}
      footer={
        <>
          <p className="dialog-footer-note mtg-vote-summary" role="status">
            {t('motions.tally', tally)} → {t(`outcome.${shownOutcome}`)}
          </p>
          <button type="button" className="button button-secondary" onClick={onClose} disabled={busy}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="button button-primary" disabled={busy}>
            {quorumMet ? t('vote.save') : t('vote.saveWithoutQuorum')}
          </button>
        </>
      }
    >
      {quorumMet ? null : (
        <div className="alert alert-error mtg-vote-no-quorum" role="alert">
          <strong>{t('vote.noQuorumTitle')}</strong> {t('vote.noQuorumBody')}
        </div>
      )}
      <fieldset className="choice-group mtg-method">
        <legend>{t('vote.method')}</legend>
        <div className="mtg-method-options">
          {METHODS.map((option) => (
            <label key={option} className="checkbox">
              <input type="radio" name="mtg-vote-method" value={option} checked={method === option} onChange={() => setMethod(option)} />
              {t(`method.${option}`)}
            </label>
          ))}
        </div>
      </fieldset>
      {method === 'roll-call' ? (
        present.length === 0 ? (
          <p className="field-hint">{t('vote.nobodyPresent')}</p>
        ) : (
          <div className="mtg-rollcall-form">
            <p className="mtg-rollcall-heading" aria-hidden="true">
              <span>{t('vote.member')}</span>
              {CHOICES.map((choice) => (
                <span key={choice}>{t(`vote.${choice}`)}</span>
              ))}
            </p>
            <div className="mtg-rollcall-rows" role="group" aria-label={t('vote.rollCall')}>
              {present.map((person) => (
                <fieldset key={person.memberId} className="mtg-rollcall-row">
                  <legend>{person.name}</legend>
                  {CHOICES.map((choice) => (
                    <label key={choice} className="mtg-rollcall-choice">
                      <input
                        type="radio"
                        name={`mtg-rollcall-${person.memberId}`}
                        checked={votes[person.memberId] === choice}
                        onChange={() => setVotes((current) => ({ ...current, [person.memberId]: choice }))}
                      />
                      <span className="visually-hidden">{t(`vote.${choice}`)}</span>
                    </label>
                  ))}
                </fieldset>
              ))}
            </div>
            {missing > 0 ? <p className="field-hint">{t('vote.notVoted', { count: missing })}</p> : null}
          </div>
        )
      ) : (
        <div className="mtg-form-row">
          {CHOICES.map((choice) => (
            <div className="field" key={choice}>
              <label htmlFor={`mtg-vote-${choice}`}>{t(`vote.${choice}`)}</label>
              <input
                id={`mtg-vote-${choice}`}
                className="input mtg-number"
                type="number"
                min={0}
                inputMode="numeric"
                value={counts[choice]}
                onChange={(event) => setCounts((current) => ({ ...current, [choice]: event.target.value }))}
              />
            </div>
          ))}
        </div>
      )}
      <div className="field">
        <label htmlFor="mtg-vote-outcome">{t('vote.outcome')}</label>
        <select id="mtg-vote-outcome" className="input select" value={outcome} onChange={(event) => setOutcome(event.target.value as Decided | 'auto')}>
          <option value="auto">{t('vote.fromCounts', { outcome: t(`outcome.${counted}`) })}</option>
          {OUTCOMES.map((option) => (
            <option key={option} value={option}>
              {t(`outcome.${option}`)}
            </option>
          ))}
        </select>
      </div>
      <ErrorAlert message={error} />
    </FormDialog>
  );
}
