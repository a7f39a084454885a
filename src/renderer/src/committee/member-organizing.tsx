import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { RELATIONSHIP_KINDS, type ContactAttempt, type Relationship, type RelationshipKind } from '../../../shared/committee';
import type { Member } from '../../../shared/roll';
import { ErrorAlert } from '../ui/alerts';
import { formatDate } from '../ui/dates';
import { errorMessage } from '../ui/errors';
import { useChapterLoad } from '../ui/use-chapter-load';

const nameOf = (member: Member): string => [member.preferred_name || member.first_name, member.last_name].filter(Boolean).join(' ');

/** On the member panel: their contact attempts and next follow-up, and their relationships. */
export function MemberOrganizing({ memberId }: { memberId: string }) {
  const { t } = useTranslation('committee');
  const [error, setError] = useState<string | null>(null);
  const [attempts, setAttempts] = useState<ContactAttempt[] | null>(null);
  const [ties, setTies] = useState<Relationship[] | null>(null);
  const [reload, setReload] = useState(0);
  useChapterLoad(() => window.chapter.committee.attempts({ memberId }), setAttempts, setError, [memberId, reload]);
  useChapterLoad(() => window.chapter.committee.relationships({ memberId }), setTies, setError, [memberId, reload]);
  const latest = attempts?.[0];

  return (
    <section className="member-organizing" aria-labelledby="member-organizing-title">
      <h3 id="member-organizing-title" className="committee-subheading">
        {t('panel.title')}
      </h3>
      <ErrorAlert message={error} />
      <p>
        <strong>{t('panel.followUp')}: </strong>
        {latest?.next_date ? `${formatDate(latest.next_date) ?? latest.next_date}${latest.next_reason ? ` — ${latest.next_reason}` : ''}` : t('panel.noFollowUp')}
      </p>
      <h4 className="committee-subheading">{t('panel.attempts')}</h4>
      {attempts && attempts.length === 0 ? <p className="muted">{t('panel.noAttempts')}</p> : null}
      {attempts && attempts.length > 0 ? (
        <ul className="committee-list" aria-label={t('panel.attempts')}>
          {attempts.slice(0, 10).map((attempt) => (
            <li key={attempt.id}>
              {formatDate(attempt.date) ?? attempt.date} · {t(`outcome.${attempt.outcome}`)}
              {attempt.via ? ` · ${t(`via.${attempt.via as 'door'}`)}` : ''}
              {attempt.by ? ` · ${attempt.by}` : ''}
            </li>
          ))}
        </ul>
      ) : null}
      <h4 className="committee-subheading">{t('panel.relationships')}</h4>
      {ties && ties.length === 0 ? <p className="muted">{t('panel.noRelationships')}</p> : null}
      {ties && ties.length > 0 ? (
        <ul className="committee-list" aria-label={t('panel.relationships')}>
          {ties.map((tie) => (
            <li key={tie.id}>
              {tie.other_name} — {t(`kind.${tie.kind}`)}
              {tie.note ? ` (${tie.note})` : ''}{' '}
              <button
                type="button"
                className="link"
                aria-label={`${t('panel.remove')}: ${tie.other_name}`}
                onClick={() =>
                  void window.chapter.committee
                    .deleteRelationship({ id: tie.id })
                    .then(() => setReload((count) => count + 1))
                    .catch((failure: unknown) => setError(errorMessage(failure)))
                }
              >
                {t('panel.remove')}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <AddRelationship memberId={memberId} onAdded={() => setReload((count) => count + 1)} onError={setError} />
    </section>
  );
}

function AddRelationship({ memberId, onAdded, onError }: { memberId: string; onAdded: () => void; onError: (message: string | null) => void }) {
  const { t } = useTranslation('committee');
  const [search, setSearch] = useState('');
  const [matches, setMatches] = useState<Member[]>([]);
  const [other, setOther] = useState<Member | null>(null);
  const [kind, setKind] = useState<RelationshipKind>('friend');
  const [note, setNote] = useState('');
  useChapterLoad(
    () => (search.trim() && !other ? window.chapter.roll.list({ search, limit: 6 }).then((page) => page.rows.filter((row) => row.id !== memberId)) : Promise.resolve([])),
    setMatches,
    onError,
    [search, other, memberId],
  );
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!other) return;
    onError(null);
    try {
      await window.chapter.committee.addRelationship({ memberId, otherId: other.id, kind, note });
      setSearch('');
      setOther(null);
      setNote('');
      onAdded();
    } catch (failure) {
      onError(errorMessage(failure));
    }
  };
  return (
    <form className="committee-toolbar" aria-label={t('panel.addRelationship')} onSubmit={(event) => void submit(event)}>
      <span className="field committee-field">
        <label htmlFor="tie-other">{t('panel.other')}</label>
        <input
          id="tie-other"
          className="input"
          value={other ? nameOf(other) : search}
          onChange={(event) => {
            setOther(null);
            setSearch(event.target.value);
          }}
        />
      </span>
      {matches.length > 0 ? (
        <ul className="committee-list" aria-label={t('network.results')}>
          {matches.map((match) => (
            <li key={match.id}>
              <button type="button" className="link" onClick={() => setOther(match)}>
                {nameOf(match)}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <span className="field committee-field">
        <label htmlFor="tie-kind">{t('panel.kind')}</label>
        <select id="tie-kind" className="select" value={kind} onChange={(event) => setKind(event.target.value as RelationshipKind)}>
          {RELATIONSHIP_KINDS.map((name) => (
            <option key={name} value={name}>
              {t(`kind.${name}`)}
            </option>
          ))}
        </select>
      </span>
      <span className="field committee-field">
        <label htmlFor="tie-note">{t('panel.note')}</label>
        <input id="tie-note" className="input" value={note} onChange={(event) => setNote(event.target.value)} />
      </span>
      <button type="submit" className="button button-secondary" disabled={!other}>
        {t('panel.addRelationship')}
      </button>
    </form>
  );
}
