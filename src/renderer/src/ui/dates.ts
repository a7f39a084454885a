import { currentLanguage } from '../i18n';

/**
 * Dates and numbers written the way the chosen language writes them ("27 November 2026",
 * "27 de noviembre de 2026"; "2,400" / "2400"). The formatter follows the app's language, not
 * the system's, so a Spanish screen never shows an English month.
 */
function locale(): string {
  return currentLanguage() === 'es' ? 'es' : 'en-US';
}

/** "27 November 2026"; an unreadable date says so instead of "Invalid Date". */
export function formatDate(iso: string): string | null {
  const date = new Date(iso);
  if (!iso || Number.isNaN(date.getTime())) return null;
  return date.toLocaleDateString(locale(), { year: 'numeric', month: 'long', day: 'numeric' });
}

/** "Mar 5, 2024" for a YYYY-MM-DD date, read as a calendar day (not shifted by time zone). */
export function formatCalendarDate(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return iso;
  const date = new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
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
