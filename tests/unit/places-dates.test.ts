/**
 * Grievance deadlines are days on the chapter's calendar: met until that day ends where the
 * chapter is, across time zones and daylight-saving changes.
 */
import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, isCalendarDate, isPastDeadline, localDay } from '../../src/main/organizing/places/dates';

describe('grievance deadlines', () => {
  it('read "today" in the chapter’s time zone, not in UTC', () => {
    const instant = new Date('2026-06-16T03:30:00Z');
    expect(localDay(instant, 'UTC')).toBe('2026-06-16');
    expect(localDay(instant, 'America/Los_Angeles')).toBe('2026-06-15');
    expect(localDay(instant, 'Pacific/Auckland')).toBe('2026-06-16');
    // Los Angeles is still on the deadline day: not overdue there; in UTC it is.
    expect(isPastDeadline('2026-06-15', instant, 'America/Los_Angeles')).toBe(false);
    expect(isPastDeadline('2026-06-15', instant, 'UTC')).toBe(true);
  });

  it('end at local midnight on the days daylight saving starts and ends', () => {
    // New York springs forward on 2026-03-08 (02:00 EST → 03:00 EDT) and falls back on 2026-11-01.
    expect(isPastDeadline('2026-03-08', new Date('2026-03-09T03:59:00Z'), 'America/New_York')).toBe(false); // 23:59 EDT
    expect(isPastDeadline('2026-03-08', new Date('2026-03-09T04:00:00Z'), 'America/New_York')).toBe(true); // 00:00 EDT
    expect(isPastDeadline('2026-11-01', new Date('2026-11-02T04:59:00Z'), 'America/New_York')).toBe(false); // 23:59 EST
    expect(isPastDeadline('2026-11-01', new Date('2026-11-02T05:00:00Z'), 'America/New_York')).toBe(true);
    // Europe changes on other days: on 2026-03-29 Madrid's day is 23 hours long.
    expect(isPastDeadline('2026-03-29', new Date('2026-03-29T21:59:00Z'), 'Europe/Madrid')).toBe(false);
    expect(isPastDeadline('2026-03-29', new Date('2026-03-29T22:00:00Z'), 'Europe/Madrid')).toBe(true);
  });

  it('count calendar days, so "10 days" across a clock change is still 10 days', () => {
    expect(addDays('2026-03-01', 10)).toBe('2026-03-11');
    expect(addDays('2026-10-28', 10)).toBe('2026-11-07');
    expect(addDays('2026-12-28', 5)).toBe('2027-01-02');
    expect(addDays('2028-02-27', 2)).toBe('2028-02-29');
    expect(daysBetween('2026-03-01', '2026-03-11')).toBe(10);
    expect(daysBetween('2026-11-07', '2026-10-28')).toBe(-10);
  });

  it('are real calendar days', () => {
    expect(isCalendarDate('2026-02-28')).toBe(true);
    expect(isCalendarDate('2026-02-30')).toBe(false);
    expect(isCalendarDate('2026-2-3')).toBe(false);
    expect(isPastDeadline('', new Date(), 'UTC')).toBe(false);
  });
});
