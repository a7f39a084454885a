/** "27 November 2026" in the officer's own locale; an unreadable date says so instead of "Invalid Date". */
export function formatDate(iso: string): string | null {
  const date = new Date(iso);
  if (!iso || Number.isNaN(date.getTime())) return null;
  return date.toLocaleDateString(undefined, { year: 'numeric', month: 'long', day: 'numeric' });
}
