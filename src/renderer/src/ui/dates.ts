import { currentLanguage } from '../i18n';

/**
 * Dates and numbers written the way the chosen language writes them ("27 November 2026",
 * "27 de noviembre de 2026"; "2,400" / "2400"). The formatter follows the app's language, not
 * the system's, so a Spanish screen never shows an English month.
 */
function locale(): string {
  return currentLanguage() === 'es' ? 'es' : 'en-US';
}

const CALENDAR_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * A bare YYYY-MM-DD is a calendar day, read at local midnight: `new Date('2026-05-10')` is UTC
 * midnight, which west of Greenwich is still May 9.
 */
function parseDate(iso: string): Date {
  const day = CALENDAR_DAY.exec(iso);
  return day ? new Date(Number(day[1]), Number(day[2]) - 1, Number(day[3])) : new Date(iso);
}

/** "27 November 2026"; an unreadable date says so instead of "Invalid Date". */
export function formatDate(iso: string): string | null {
  const date = parseDate(iso);
  if (!iso || Number.isNaN(date.getTime())) return null;
  return date.toLocaleDateString(locale(), { year: 'numeric', month: 'long', day: 'numeric' });
}

/** "Mar 5, 2024" for a YYYY-MM-DD date, read as a calendar day (not shifted by time zone). */
export function formatCalendarDate(iso: string): string {
  if (!CALENDAR_DAY.test(iso)) return iso;
  const date = parseDate(iso);
  return date.toLocaleDateString(locale(), { year: 'numeric', month: 'short', day: 'numeric' });
}

/** "Mar 5, 2024, 02:05 PM" for a timestamp. */
export function formatTimestamp(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleString(locale(), { year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' });
}

export function formatCount(count: number): string {
  return count.toLocaleString(locale());
}
