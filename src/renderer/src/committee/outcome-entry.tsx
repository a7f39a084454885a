import { useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CONTACT_OUTCOMES, CONTACT_VIAS, type ContactOutcome, type ContactVia, type NewContactAttempt, type WalkRow } from '../../../shared/committee';
import type { Settings } from '../../../shared/contract';
import { ErrorAlert } from '../ui/alerts';
import { errorMessage } from '../ui/errors';
import { useChapterLoad } from '../ui/use-chapter-load';

/** The keys of the walk sheet's boxes (T N M X W R), the same letters as on the paper. */
export const OUTCOME_KEYS: Record<string, ContactOutcome> = {
  t: 'talked',
  n: 'not-home',
  m: 'left-message',
  x: 'moved',
  w: 'wrong-number',
  r: 'refused',
};
const KEY_OF = Object.fromEntries(Object.entries(OUTCOME_KEYS).map(([key, outcome]) => [outcome, key.toUpperCase()])) as Record<ContactOutcome, string>;
/** Not reached: these get the sheet's follow-up date. */
const NOT_REACHED: ContactOutcome[] = ['not-home', 'left-message'];

function localToday(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

/**
 * After the walk: one row per door in the sheet's order, keyboard only — the outcome's key
 * chooses it and moves to the next row — and the whole sheet saved in one go.
 */
export function OutcomeEntry({ rows, onDone }: { rows: WalkRow[]; onDone: (saved: number) => void }) {
  const { t } = useTranslation('committee');
  const [outcomes, setOutcomes] = useState<(ContactOutcome | '')[]>(() => rows.map(() => ''));
  const [via, setVia] = useState<ContactVia>('door');
  const [date, setDate] = useState(localToday);
  const [next, setNext] = useState('');
  const [reason, setReason] = useState(() => t('entry.reasonDefault'));
  const [formerStatus, setFormerStatus] = useState<string | null>(null);
  const [markFormer, setMarkFormer] = useState(true);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const selects = useRef<(HTMLSelectElement | null)[]>([]);
  useChapterLoad(
    () => window.chapter.settings.get({}),
    (settings: Settings) => setFormerStatus(settings.statuses.at(-1) ?? null),
    null, // the status change is a convenience; without settings it is simply not offered
    [],
  );

  const focusRow = (index: number) => selects.current[Math.max(0, Math.min(rows.length - 1, index))]?.focus();
  const setOutcome = (index: number, outcome: ContactOutcome | '') =>
    setOutcomes((current) => current.map((value, position) => (position === index ? outcome : value)));

  const onKey = (index: number) => (event: KeyboardEvent<HTMLSelectElement>) => {
    const key = event.key.toLowerCase();
    if (OUTCOME_KEYS[key]) {
      event.preventDefault();
      setOutcome(index, OUTCOME_KEYS[key]);
      focusRow(index + 1);
    } else if (key === '0' || key === 'delete' || key === 'backspace') {
      event.preventDefault();
      setOutcome(index, '');
    } else if (key === 'arrowdown' || key === 'enter') {
      event.preventDefault();
      focusRow(index + 1);
    } else if (key === 'arrowup') {
      event.preventDefault();
      focusRow(index - 1);
    }
  };

  const entered = outcomes.filter(Boolean).length;
  const save = async () => {
    setError(null);
    const attempts: NewContactAttempt[] = rows.flatMap((row, index) => {
      const outcome = outcomes[index];
      if (!outcome) return [];
      const followUp = next && NOT_REACHED.includes(outcome) ? { next, reason } : {};
      const status = outcome === 'moved' && markFormer && formerStatus ? { status: formerStatus } : {};
      return [{ memberId: row.id, via, outcome, date, ...followUp, ...status }];
    });
    if (attempts.length === 0) {
      setError(t('entry.nothing'));
      return;
    }
    setSaving(true);
    try {
      const { saved } = await window.chapter.committee.addAttempts({ attempts });
      onDone(saved);
    } catch (failure) {
      setError(errorMessage(failure));
    } finally {
      setSaving(false);
    }
  };

  return (
    <section className="committee-stack" aria-labelledby="entry-title">
      <h2 id="entry-title" className="committee-heading">
        {t('entry.title')}
      </h2>
      <p className="muted" id="entry-help">
        {t('entry.help')}
      </p>
      <ErrorAlert message={error} />
      <div className="committee-toolbar">
        <span className="field committee-field">
          <label htmlFor="entry-via">{t('entry.via')}</label>
          <select id="entry-via" className="select" value={via} onChange={(event) => setVia(event.target.value as ContactVia)}>
            {CONTACT_VIAS.map((name) => (
              <option key={name} value={name}>
                {t(`via.${name}`)}
              </option>
            ))}
          </select>
        </span>
        <span className="field committee-field">
          <label htmlFor="entry-date">{t('entry.date')}</label>
          <input id="entry-date" className="input" type="date" value={date} onChange={(event) => setDate(event.target.value)} />
        </span>
        <span className="field committee-field">
          <label htmlFor="entry-next">{t('entry.next')}</label>
          <input id="entry-next" className="input" type="date" value={next} onChange={(event) => setNext(event.target.value)} />
        </span>
        <span className="field committee-field">
          <label htmlFor="entry-reason">{t('entry.reason')}</label>
          <input id="entry-reason" className="input" value={reason} onChange={(event) => setReason(event.target.value)} />
        </span>
        {formerStatus ? (
          <label className="checkbox">
            <input type="checkbox" checked={markFormer} onChange={(event) => setMarkFormer(event.target.checked)} />
            {t('entry.markFormer', { status: formerStatus })}
          </label>
        ) : null}
      </div>
      <table className="committee-table outcome-sheet" aria-describedby="entry-help" aria-label={t('entry.title')}>
        <thead>
          <tr>
            <th scope="col">{t('walk.floor')}</th>
            <th scope="col">{t('walk.unit')}</th>
            <th scope="col">{t('walk.name')}</th>
            <th scope="col">{t('walk.outcome')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => (
            <tr key={row.id} className={outcomes[index] ? 'entered' : undefined}>
              <td>{row.floor}</td>
              <td>{row.unit}</td>
              <td>{row.preferred_name ? `${row.name} (${row.preferred_name})` : row.name}</td>
              <td>
                <select
                  ref={(element) => {
                    selects.current[index] = element;
                  }}
                  className="select"
                  aria-label={t('entry.outcomeFor', { name: row.name })}
                  value={outcomes[index]}
                  onChange={(event) => setOutcome(index, event.target.value as ContactOutcome | '')}
                  onKeyDown={onKey(index)}
                  autoFocus={index === 0}
                >
                  <option value="">{t('entry.none')}</option>
                  {CONTACT_OUTCOMES.map((outcome) => (
                    <option key={outcome} value={outcome}>
                      {`${KEY_OF[outcome]} — ${t(`outcome.${outcome}`)}`}
                    </option>
                  ))}
                </select>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="committee-actions">
        <button type="button" className="button button-primary" onClick={() => void save()} disabled={saving}>
          {t('entry.save')} ({entered})
        </button>
        <button type="button" className="button button-secondary" onClick={() => onDone(0)} disabled={saving}>
          {t('entry.back')}
        </button>
      </div>
    </section>
  );
}
