/**
 * Hybrid logical clock stamps: wall-clock milliseconds, a counter for events in the same
 * millisecond (or when the wall clock goes backwards), and the officer who wrote. Stamps
 * compare as strings, so "last writer wins, ties broken by officer id" is one comparison.
 */
import type { Db } from '../db/connection';
import { get, run, sql } from '../db/sql';

const CLOCK_KEY = 'hlc_last';

export interface Stamp {
  millis: number;
  counter: number;
  officerId: string;
}

export function formatStamp({ millis, counter, officerId }: Stamp): string {
  return `${millis.toString(36).padStart(10, '0')}.${counter.toString(36).padStart(4, '0')}.${officerId}`;
}

export function parseStamp(text: string): Stamp {
  const [millis = '0', counter = '0', ...rest] = text.split('.');
  return { millis: parseInt(millis, 36), counter: parseInt(counter, 36), officerId: rest.join('.') };
}

/** The next stamp: later than every stamp this vault has issued or seen. */
export function nextStamp(db: Db, officerId: string, nowMillis: number): string {
  const last = get<{ value: string }>(db, sql`SELECT value FROM meta WHERE key = ${CLOCK_KEY}`);
  const previous = last ? parseStamp(last.value) : { millis: 0, counter: 0 };
  const stamp =
    nowMillis > previous.millis
      ? { millis: nowMillis, counter: 0, officerId }
      : { millis: previous.millis, counter: previous.counter + 1, officerId };
  const text = formatStamp(stamp);
  run(db, sql`INSERT INTO meta (key, value) VALUES (${CLOCK_KEY}, ${text}) ON CONFLICT (key) DO UPDATE SET value = excluded.value`);
  return text;
}

/** Moves the clock past a stamp received from another officer. */
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
