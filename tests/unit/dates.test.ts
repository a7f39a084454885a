// @vitest-environment jsdom
/**
 * The renderer's date formatting, west of Greenwich: a calendar day stays on its day whichever
 * way it reaches the formatter.
 */
import { beforeAll, describe, expect, it } from 'vitest';

let dates: typeof import('../../src/renderer/src/ui/dates');
beforeAll(async () => {
  // Node reads TZ when it changes; set before any date is formatted.
  (globalThis as unknown as { process: { env: Record<string, string> } }).process.env.TZ = 'America/Los_Angeles';
  dates = await import('../../src/renderer/src/ui/dates');
});

describe('dates in Los Angeles', () => {
  it('a bare YYYY-MM-DD is that calendar day, not the day before', () => {
    expect(dates.formatDate('2026-05-10')).toBe('May 10, 2026');
    expect(dates.formatCalendarDate('2026-05-10')).toBe('May 10, 2026');
  });

  it('a local date and time, and a timestamp, keep their day; nonsense says so', () => {
    expect(dates.formatDate('2026-05-10T19:00')).toBe('May 10, 2026');
    expect(dates.formatDate('2026-05-11T01:00:00Z')).toBe('May 10, 2026');
    expect(dates.formatDate('not a date')).toBeNull();
    expect(dates.formatCalendarDate('05/10/2026')).toBe('05/10/2026');
  });
});
