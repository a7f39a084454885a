/**
 * Follow-ups are calendar days, not instants: "call back on the 14th" means the 14th where the
 * organizer is. Today is therefore read in the officer's time zone, never as UTC, so a queue
 * opened at 8 pm in Los Angeles (already tomorrow in UTC) does not show tomorrow's follow-ups.
 */

/** The IANA time zone this process runs in (the officer's machine). */
export function localTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/** The calendar day (YYYY-MM-DD) that `instant` falls on in `timeZone`. */
export function calendarDay(instant: Date, timeZone: string = localTimeZone()): string {
  let parts: Intl.DateTimeFormatPart[];
  try {
    parts = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(instant);
  } catch {
    // An unknown zone name (a hand-edited setting, a hostile caller): the machine's own.
    parts = new Intl.DateTimeFormat('en-US', { year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(instant);
  }
  const part = (type: string): string => parts.find((candidate) => candidate.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/** `day` moved by `days` calendar days (negative: earlier). */
export function addDays(day: string, days: number): string {
  const date = new Date(`${day}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}
