/**
 * Calendar days for issues and grievance deadlines. A deadline is a day on the chapter's wall
 * calendar: it is met until that day ends where the chapter is, whatever the UTC offset and
 * however daylight saving moves it. Days are counted on the calendar, never as 24-hour spans.
 */

/** The time zone the chapter's days are read in: this computer's. */
export function chapterTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/** The calendar day it is at `now` in `timeZone`, as YYYY-MM-DD. */
export function localDay(now: Date, timeZone = chapterTimeZone()): string {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(now);
  const part = (type: string) => parts.find((candidate) => candidate.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/** `day` plus `days` calendar days (negative goes back). */
export function addDays(day: string, days: number): string {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, date + days)).toISOString().slice(0, 10);
}

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  const utc = (day: string) => {
    const [year, month, date] = day.split('-').map(Number) as [number, number, number];
    return Date.UTC(year, month - 1, date);
  };
  return Math.round((utc(to) - utc(from)) / 86_400_000);
}

/** A deadline has passed once its day is over in the chapter's time zone. */
export function isPastDeadline(deadline: string, now: Date, timeZone = chapterTimeZone()): boolean {
  return deadline !== '' && localDay(now, timeZone) > deadline;
}

export function isCalendarDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  return addDays(text, 0) === text;
}
