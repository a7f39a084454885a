import { formatTimestamp } from '../ui/dates';

/** A meeting's local 'YYYY-MM-DDTHH:mm' as the officer reads it ("Mar 14, 2026, 07:00 PM"). */
export function formatMeetingDate(local: string): string {
  return formatTimestamp(local);
}

const pad = (value: number) => String(value).padStart(2, '0');

/** Now, rounded up to the next half hour, as a datetime-local input wants it: the likely start of a meeting being set up. */
export function nextHalfHour(now = new Date()): string {
  const date = new Date(now);
  date.setSeconds(0, 0);
  date.setMinutes(date.getMinutes() <= 30 ? 30 : 60);
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}
