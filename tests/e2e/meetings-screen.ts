/**
 * The Meetings screens as the specs drive them (a page object per screen): the list, one meeting,
 * an agenda item on it, the check-in box. Role and label locators only, so a spec reads as what
 * the secretary does.
 */
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { expect } from './harness';

/** The Meetings page from the main navigation, showing the list. */
export async function openMeetings(app: Page): Promise<void> {
  await app.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Meetings' }).click();
  await expect(app.getByRole('heading', { name: 'Meetings', level: 1 })).toBeVisible();
}

/** A meeting from the list; its title takes focus, as it does for the secretary. */
export async function openMeeting(app: Page, title: string): Promise<void> {
  await app.getByRole('table', { name: 'Meetings' }).getByRole('button', { name: title }).click();
  await expect(app.getByRole('heading', { name: title, level: 1 })).toBeFocused();
}

/** One agenda item of the open meeting, found by its title. */
export function agendaItem(app: Page, title: string | RegExp): Locator {
  return app.locator('li.mtg-item').filter({ has: app.getByRole('heading', { name: title, level: 3 }) });
}

/** Checks `name` in by typing `letters` and Enter, as at the door; the box is ready for the next. */
export async function checkIn(app: Page, letters: string, name: string): Promise<void> {
  const box = app.getByRole('combobox', { name: 'Check in' });
  await box.fill(letters);
  await box.press('Enter');
  await expect(app.getByRole('status').filter({ hasText: `Checked in ${name}.` })).toBeVisible();
  await expect(box).toHaveValue('');
  await expect(box).toBeFocused();
}

/** With MEETINGS_SHOTS=DIR set, a picture of the screen as `<prefix>-<name>.png` in DIR. */
export async function shot(page: Page, prefix: string, name: string): Promise<void> {
  const dir = process.env['MEETINGS_SHOTS'];
  if (dir) await page.screenshot({ path: join(dir, `${prefix}-${name}.png`), fullPage: false });
}
