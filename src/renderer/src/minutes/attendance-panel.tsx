import { useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { notCountedReason, type Attendee, type MeetingDetail } from '../../../shared/meetings';
import { splitFullName } from '../../../shared/full-name';
import { isNearName } from '../../../shared/near-match';
import { inGoodStanding, type Member } from '../../../shared/roll';
import { displayName } from '../roll/member-fields';
import { StandingBadge } from '../roll/standing-badge';
import { ErrorAlert } from '../ui/alerts';
import { errorMessage } from '../ui/errors';
import { InlineForm } from './inline-form';
import type { Act } from './motions';

const MATCHES = 8;

/**
 * The left column of a live meeting: quorum, checking members in (type a few letters, Enter),
 * walk-ins (added to the roll as prospects) and guests.
 */
export function AttendancePanel({ detail, act }: { detail: MeetingDetail; act: Act }) {
  const { t } = useTranslation('meetings');
  const { quorum, attendance, guests, editable } = detail;
  const meetingId = detail.meeting.id;
  // A name typed in the check-in box that matched nobody: the walk-in form opens with it.
  const [walkIn, setWalkIn] = useState<WalkInPrefill | null>(null);
  return (
    <aside className="mtg-attendance" aria-label={t('attendance.label')}>
      <div className={`mtg-quorum ${quorum.met ? 'mtg-quorum-met' : 'mtg-quorum-short'}`} role="status" aria-live="polite" aria-atomic="true" data-testid="quorum">
        <span className="mtg-quorum-mark" aria-hidden="true" />
        <span className="mtg-quorum-main">
          <strong>{quorum.met ? t('quorum.met') : editable ? t('quorum.notMet') : t('quorum.notReached')}</strong>
          <span>{t('quorum.count', { present: quorum.present, required: quorum.required })}</span>
        </span>
        <span className="mtg-quorum-rule">{t('quorum.rule', { rule: quorum.rule })}</span>
        <NotCounted attendance={attendance} />
      </div>
      {editable ? (
        <CheckInBox
          meetingId={meetingId}
          here={new Set(attendance.map((person) => person.memberId))}
          act={act}
          onWalkIn={(name) => setWalkIn({ name, asked: (walkIn?.asked ?? 0) + 1 })}
        />
      ) : null}
      {editable ? <WalkInForm meetingId={meetingId} act={act} prefill={walkIn} /> : null}
      <section className="mtg-att-section" aria-labelledby="mtg-present-title">
        <h3 id="mtg-present-title" className="mtg-att-title">
          {t('attendance.present', { count: attendance.length })}
        </h3>
        {attendance.length === 0 ? (
          <p className="mtg-muted">{t('attendance.nobody')}</p>
        ) : (
          <ul className="mtg-people" aria-labelledby="mtg-present-title">
            {attendance.map((person) => (
              <li key={person.memberId} className="mtg-person">
                <span className="mtg-person-name">
                  {person.name}
                  {person.place ? <span className="mtg-row-sub"> · {person.place}</span> : null}
                </span>
                <StandingBadge standing={person.standing} />
                {editable ? (
                  <button
                    type="button"
                    className="icon-button mtg-person-remove"
                    aria-label={t('attendance.checkOut', { name: person.name })}
                    title={t('attendance.checkOut', { name: person.name })}
                    onClick={() => void act(() => window.chapter.meetings.checkOut({ meetingId, memberId: person.memberId }))}
                  >
                    <CrossIcon />
                  </button>
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </section>
      <Guests meetingId={meetingId} guests={guests} editable={editable} act={act} />
    </aside>
  );
}

function useReasonText() {
  const { t } = useTranslation('meetings');
  return (person: Attendee): string | null => {
    const reason = notCountedReason(person);
    return reason ? t(`quorum.reason.${reason}`, { status: person.status }) : null;
  };
}

/** Who is here but does not count towards quorum, and why: the quorum box says it in words. */
function NotCounted({ attendance }: { attendance: Attendee[] }) {
  const { t } = useTranslation('meetings');
  const reasonOf = useReasonText();
  const notCounted = attendance.filter((person) => !person.counted);
  if (notCounted.length === 0) return null;
  return (
    <span className="mtg-quorum-uncounted">
      {t('quorum.notCounted', { count: notCounted.length })}{' '}
      {notCounted.map((person) => `${person.name} (${reasonOf(person)})`).join(', ')}
    </span>
  );
}

export function CrossIcon() {
  return (
    <svg width="12" height="12" viewBox="0 0 12 12" aria-hidden="true">
      <path d="m3 3 6 6M9 3 3 9" />
    </svg>
  );
}

/** A combobox over the roll: the first match not yet here is chosen, so "ana" + Enter checks Ana in. */
/**
 * Members in good standing first: "ana" + Enter never checks in a lapsed or former Ana when a
 * current one matches too (the others stay in the list, a keypress away).
 */
function goodStandingFirst(rows: Member[]): Member[] {
  return [...rows.filter((row) => inGoodStanding(row)), ...rows.filter((row) => !inGoodStanding(row))];
}

/** Near matches for a typo ("okafr"): people whose names are a letter or two away, found by the name's start. */
async function nearMatches(text: string, here: Set<string>): Promise<Member[]> {
  const words = text.split(/\s+/).filter((word) => word.length >= 3);
  const seen = new Map<string, Member>();
  for (const word of words) {
    const page = await window.chapter.roll.list({ search: word.slice(0, 3), limit: 200 });
    for (const row of page.rows) if (!here.has(row.id) && isNearName(text, `${row.first_name} ${row.last_name} ${row.preferred_name}`)) seen.set(row.id, row);
  }
  return goodStandingFirst([...seen.values()]).slice(0, MATCHES);
}

function placeOf(member: Member): string {
  return [member.building || member.workplace, member.unit].filter(Boolean).join(' · ');
}

function CheckInBox({ meetingId, here, act, onWalkIn }: { meetingId: string; here: Set<string>; act: Act; onWalkIn: (name: string) => void }) {
  const { t } = useTranslation('meetings');
  const listId = useId();
  const [query, setQuery] = useState('');
  const [found, setFound] = useState<{ query: string; rows: Member[] }>({ query: '', rows: [] });
  const [active, setActive] = useState(0);
  const [said, setSaid] = useState('');
  // Nobody matched what was typed: near matches to offer, and the text to add as a walk-in.
  const [missed, setMissed] = useState<{ query: string; near: Member[] } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const busy = useRef(false);

  const fetchMatches = (text: string) =>
    window.chapter.roll.list({ search: text, limit: MATCHES + here.size }).then((page) => goodStandingFirst(page.rows.filter((row) => !here.has(row.id))).slice(0, MATCHES));

  useEffect(() => {
    const text = query.trim();
    if (!text) {
      setFound({ query: '', rows: [] });
      return;
    }
    let current = true;
    fetchMatches(text)
      .then((rows) => {
        if (!current) return;
        setFound({ query: text, rows });
        setActive(0);
      })
      .catch((failure: unknown) => current && setError(errorMessage(failure)));
    return () => {
      current = false;
    };
    // `here` changes with every check-in; the query effect re-runs when the query does.
  }, [query]);

  async function checkIn(member: Member) {
    if (busy.current) return;
    busy.current = true;
    try {
      if (await act(() => window.chapter.meetings.checkIn({ meetingId, memberId: member.id }))) {
        setSaid(t('attendance.checkedIn', { name: displayName(member) }));
        setMissed(null);
        setQuery('');
        setError(null);
      }
    } finally {
      busy.current = false;
    }
  }

  async function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    const rows = found.query === query.trim() ? found.rows : [];
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (rows.length === 0) return;
      setActive((index) => (index + (event.key === 'ArrowDown' ? 1 : rows.length - 1)) % rows.length);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const text = query.trim();
      if (!text) return;
      // Typed faster than the search answered: ask now, for exactly what is in the box.
      const candidates = found.query === text ? found.rows : await fetchMatches(text);
      const pick = candidates[found.query === text ? active : 0];
      if (pick) await checkIn(pick);
      else {
        const near = await nearMatches(text, here);
        setMissed({ query: text, near });
        setSaid(near.length ? t('attendance.nearMatches', { query: text }) : t('attendance.noMatch', { query: text }));
      }
    } else if (event.key === 'Escape' && query) {
      event.preventDefault();
      setQuery('');
    }
  }

  const rows = found.query === query.trim() ? found.rows : [];
  const open = query.trim() !== '' && rows.length > 0;
  return (
    <div className="mtg-checkin">
      <label htmlFor="mtg-checkin-input" className="mtg-att-title">
        {t('attendance.checkIn')}
      </label>
      <input
        id="mtg-checkin-input"
        className="input"
        role="combobox"
        aria-expanded={open}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={open ? `${listId}-${active}` : undefined}
        aria-describedby="mtg-checkin-hint"
        autoComplete="off"
        spellCheck={false}
        placeholder={t('attendance.checkInPlaceholder')}
        value={query}
        onChange={(event) => setQuery(event.target.value)}
        onKeyDown={(event) => void onKeyDown(event)}
      />
      <p id="mtg-checkin-hint" className="visually-hidden">
        {t('attendance.checkInHint')}
      </p>
      <ul id={listId} role="listbox" aria-label={t('attendance.matches')} className="mtg-matches" hidden={!open}>
        {rows.map((member, index) => (
          <li
            key={member.id}
            id={`${listId}-${index}`}
            role="option"
            aria-selected={index === active}
            className="mtg-match"
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => void checkIn(member)}
          >
            <span className="mtg-person-name">{displayName(member)}</span>
            <span className="mtg-row-sub">{[placeOf(member), member.status].filter(Boolean).join(' · ')}</span>
          </li>
        ))}
      </ul>
      <p role="status" className="mtg-said">
        {said}
      </p>
      {missed && missed.query === query.trim() ? (
        <div className="mtg-missed">
          {missed.near.length > 0 ? (
            <ul className="mtg-near" aria-label={t('attendance.nearLabel')}>
              {missed.near.map((member) => (
                <li key={member.id}>
                  <button type="button" className="button button-secondary button-small" onClick={() => void checkIn(member)}>
                    {t('attendance.checkInNamed', { name: displayName(member) })}
                    {placeOf(member) ? <span className="mtg-row-sub"> · {placeOf(member)}</span> : null}
                  </button>
                </li>
              ))}
            </ul>
          ) : null}
          <button type="button" className="button button-secondary button-small" onClick={() => onWalkIn(missed.query)}>
            {t('attendance.addWalkIn', { name: missed.query })}
          </button>
        </div>
      ) : null}
      <ErrorAlert message={error} />
    </div>
  );
}

interface WalkInPrefill {
  name: string;
  /** Counts the times it was asked for, so asking again with the same name opens the form again. */
  asked: number;
}

function WalkInForm({ meetingId, act, prefill }: { meetingId: string; act: Act; prefill: WalkInPrefill | null }) {
  const { t } = useTranslation('meetings');
  const [open, setOpen] = useState(false);
  const [first, setFirst] = useState('');
  const [last, setLast] = useState('');
  const [phone, setPhone] = useState('');

  useEffect(() => {
    if (!prefill) return;
    const name = splitFullName(prefill.name);
    setFirst(name.first_name);
    setLast(name.last_name);
    setOpen(true);
  }, [prefill]);

  async function submit() {
    const ok = await act(() =>
      window.chapter.meetings.walkIn({
        meetingId,
        firstName: first.trim(),
        ...(last.trim() ? { lastName: last.trim() } : {}),
        ...(phone.trim() ? { phone: phone.trim() } : {}),
      }),
    );
    if (ok) {
      setFirst('');
      setLast('');
      setPhone('');
      setOpen(false);
    }
  }

  return (
    <div className="mtg-walkin">
      <button type="button" className="button button-secondary button-small" aria-expanded={open} aria-controls="mtg-walkin-form" onClick={() => setOpen((was) => !was)}>
        {t('walkIn.button')}
      </button>
      {open ? (
        <InlineForm id="mtg-walkin-form" label={t('walkIn.title')} onSubmit={() => void submit()} onCancel={() => setOpen(false)}>
          <p className="field-hint">{t('walkIn.hint')}</p>
          <div className="field">
            <label htmlFor="mtg-walkin-first">{t('walkIn.first')}</label>
            <input id="mtg-walkin-first" className="input" value={first} onChange={(event) => setFirst(event.target.value)} autoFocus />
          </div>
          <div className="field">
            <label htmlFor="mtg-walkin-last">{t('walkIn.last')}</label>
            <input id="mtg-walkin-last" className="input" value={last} onChange={(event) => setLast(event.target.value)} />
          </div>
          <div className="field">
            <label htmlFor="mtg-walkin-phone">{t('walkIn.phone')}</label>
            <input id="mtg-walkin-phone" className="input" type="tel" value={phone} onChange={(event) => setPhone(event.target.value)} />
          </div>
          <div className="form-actions">
            <button type="submit" className="button button-primary button-small" disabled={!first.trim()}>
              {t('walkIn.save')}
            </button>
            <button type="button" className="button button-secondary button-small" onClick={() => setOpen(false)}>
              {t('common.cancel')}
            </button>
          </div>
        </InlineForm>
      ) : null}
    </div>
  );
}

function Guests({ meetingId, guests, editable, act }: { meetingId: string; guests: MeetingDetail['guests']; editable: boolean; act: Act }) {
  const { t } = useTranslation('meetings');
  const [name, setName] = useState('');
  const [note, setNote] = useState('');

  async function add(event: FormEvent) {
    event.preventDefault();
    if (!name.trim()) return;
    if (await act(() => window.chapter.meetings.addGuest({ meetingId, name: name.trim(), ...(note.trim() ? { note: note.trim() } : {}) }))) {
      setName('');
      setNote('');
    }
  }

  return (
    <section className="mtg-att-section" aria-labelledby="mtg-guests-title">
      <h3 id="mtg-guests-title" className="mtg-att-title">
        {t('guests.title', { count: guests.length })}
      </h3>
      {guests.length > 0 ? (
        <ul className="mtg-people" aria-labelledby="mtg-guests-title">
          {guests.map((guest) => (
            <li key={guest.id} className="mtg-person">
              <span className="mtg-person-name">
                {guest.name}
                {guest.note ? <span className="mtg-row-sub"> · {guest.note}</span> : null}
              </span>
              {editable ? (
                <button
                  type="button"
                  className="icon-button mtg-person-remove"
                  aria-label={t('guests.remove', { name: guest.name })}
                  title={t('guests.remove', { name: guest.name })}
                  onClick={() => void act(() => window.chapter.meetings.removeGuest({ id: guest.id }))}
                >
                  <CrossIcon />
                </button>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
      {editable ? (
        <form className="mtg-guest-form" aria-label={t('guests.add')} noValidate onSubmit={(event) => void add(event)}>
          <input className="input" aria-label={t('guests.name')} placeholder={t('guests.name')} value={name} onChange={(event) => setName(event.target.value)} />
          <input className="input" aria-label={t('guests.note')} placeholder={t('guests.note')} value={note} onChange={(event) => setNote(event.target.value)} />
          <button type="submit" className="button button-secondary button-small" disabled={!name.trim()}>
            {t('guests.add')}
          </button>
        </form>
      ) : null}
    </section>
  );
}
