/**
 * Hybrid logical clock stamps: wall-clock milliseconds, a counter for events in the same
 * millisecond (or when the wall clock goes backwards), and the officer who wrote. Stamps
 * compare as strings, so "last writer wins, ties broken by officer id" is one comparison.
 *
 * Every stamp that arrives from another vault goes through `checkStamp` first (records of every
 * kind: members, conversations, meetings, and whatever kinds travel next), so a file with one
 * malformed, unattributable or far-future stamp is refused before anything of it is applied.
 */
import type { Db } from '../db/connection';
import { all, get, run, sql } from '../db/sql';

const CLOCK_KEY = 'hlc_last';

/** Widths of the stamp's parts, in base-36 digits: they make string order the same as time order. */
const MILLIS_DIGITS = 10;
const COUNTER_DIGITS = 4;
/** The largest counter four base-36 digits hold; one more carries into the time part. */
export const MAX_COUNTER = 36 ** COUNTER_DIGITS - 1;

/**
 * How far ahead of this computer's clock an incoming stamp may be: one day. Files are carried by
 * hand between laptops whose clocks are not all right: a machine whose hardware clock keeps local
 * time (common on computers that also boot Windows) is off by its time-zone offset, up to 14
 * hours, and an honest file from it must still import. Anything further ahead is a broken clock
 * or a forged stamp. Since a stamp within the bound is adopted, a bad clock can push this vault's
 * clock at most one day ahead, so the chapter's genuine edits made after that still win; a stamp
 * from 2099 would otherwise win over every edit anyone makes for 73 years.
 */
export const MAX_DRIFT_MILLIS = 24 * 60 * 60 * 1000;

const STAMP_PATTERN = /^([0-9a-z]{10})\.([0-9a-z]{4})\.([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/;

export interface Stamp {
  millis: number;
  counter: number;
  officerId: string;
}

export function formatStamp({ millis, counter, officerId }: Stamp): string {
  return `${millis.toString(36).padStart(MILLIS_DIGITS, '0')}.${counter.toString(36).padStart(COUNTER_DIGITS, '0')}.${officerId}`;
}

/** Reads a stamp this vault wrote or has already checked; see checkStamp for one from a file. */
export function parseStamp(text: string): Stamp {
  const [millis = '0', counter = '0', ...rest] = text.split('.');
  return { millis: parseInt(millis, 36), counter: parseInt(counter, 36), officerId: rest.join('.') };
}

/** The stamp that follows `previous` at wall-clock time `nowMillis`: a full counter carries into the time. */
export function stampAfter(previous: { millis: number; counter: number }, officerId: string, nowMillis: number): Stamp {
  if (nowMillis > previous.millis) return { millis: nowMillis, counter: 0, officerId };
  if (previous.counter >= MAX_COUNTER) return { millis: previous.millis + 1, counter: 0, officerId };
  return { millis: previous.millis, counter: previous.counter + 1, officerId };
}

/** The next stamp: later than every stamp this vault has issued or seen. */
export function nextStamp(db: Db, officerId: string, nowMillis: number): string {
  const last = get<{ value: string }>(db, sql`SELECT value FROM meta WHERE key = ${CLOCK_KEY}`);
  const previous = last ? parseStamp(last.value) : { millis: 0, counter: 0 };
  const text = formatStamp(stampAfter(previous, officerId, nowMillis));
  run(db, sql`INSERT INTO meta (key, value) VALUES (${CLOCK_KEY}, ${text}) ON CONFLICT (key) DO UPDATE SET value = excluded.value`);
  return text;
}

/** Moves the clock past a stamp received from another officer (one that passed checkStamp). */
export function observeStamp(db: Db, stamp: string, officerId: string): void {
  const seen = parseStamp(stamp);
  const last = get<{ value: string }>(db, sql`SELECT value FROM meta WHERE key = ${CLOCK_KEY}`);
  if (last && formatStamp({ ...parseStamp(last.value), officerId: '' }) >= formatStamp({ ...seen, officerId: '' })) return;
  run(
    db,
    sql`INSERT INTO meta (key, value) VALUES (${CLOCK_KEY}, ${formatStamp({ ...seen, officerId })})
        ON CONFLICT (key) DO UPDATE SET value = excluded.value`,
  );
}

/** What an incoming stamp is checked against. */
export interface IncomingStampRules {
  /** The importing computer's clock, in milliseconds. */
  now: number;
  /** Officer ids this vault knows (its officers, and the file's signer). */
  knownOfficers: ReadonlySet<string>;
  /** The name of the officer whose file it is, for the sentence. */
  fileOwner: string;
}

/** The rules for a file from `fileOwner`: this vault's officers and the signer are known. */
export function incomingStampRules(db: Db, now: number, fileOwner: { officerId: string; name: string }): IncomingStampRules {
  const known = new Set(all<{ id: string }>(db, sql`SELECT id FROM officers`).map((row) => row.id));
  known.add(fileOwner.officerId);
  return { now, knownOfficers: known, fileOwner: fileOwner.name };
}

/** "73 years", "3 days", "5 hours": how far, roughly, for a sentence. */
export function roughDuration(millis: number): string {
  const units: [string, number][] = [
    ['year', 365.25 * 24 * 3600_000],
    ['day', 24 * 3600_000],
    ['hour', 3600_000],
    ['minute', 60_000],
  ];
  for (const [name, size] of units) {
    const count = Math.floor(millis / size);
    if (count >= 1) return `${count} ${name}${count === 1 ? '' : 's'}`;
  }
  return 'less than a minute';
}

/**
 * Checks one stamp from a file. Returns null when it is a well-formed stamp, by an officer this
 * vault knows, not further ahead of this computer's clock than MAX_DRIFT_MILLIS; otherwise one
 * plain sentence saying why the file is refused.
 */
export function checkStamp(text: unknown, rules: IncomingStampRules): string | null {
  const match = typeof text === 'string' ? STAMP_PATTERN.exec(text) : null;
  if (!match) {
    return `${rules.fileOwner}'s file holds a change with a damaged clock stamp, so nothing of it was imported.`;
  }
  const officerId = match[3]!;
  if (!rules.knownOfficers.has(officerId)) {
    return `${rules.fileOwner}'s file holds a change by an officer this vault does not know (${officerId}), so nothing of it was imported. Add that officer's contact card first if the change is genuine.`;
  }
  const ahead = parseInt(match[1]!, 36) - rules.now;
  if (ahead > MAX_DRIFT_MILLIS) {
    return `${rules.fileOwner}'s clock is ${roughDuration(ahead)} ahead of this computer's, so nothing of the file was imported. Ask ${rules.fileOwner} to set the computer's date and time, then send a new file.`;
  }
  return null;
}
