/**
 * Shared by the roll-*.spec.ts files: a vault with members in it, seeded straight through the
 * service (the UI under test is the Roll screen, not how the members got there).
 */
import type { Page } from '@playwright/test';
import type { Settings } from '../../src/shared/contract';
import type { MemberInput } from '../../src/shared/roll';
import type { ChapterService } from '../../src/main/service';
import { createVaultThroughUi, expect } from './harness';
import { addMembers, call } from './service-helpers';

const FIRST = ['Ana', 'Luis', 'Fatima', 'Wei', 'Olga', 'Kwame', 'Aisha', 'Dmitri', 'Priya', 'Sam', 'Rosa', 'Mei', 'Hassan', 'Grace'];
const LAST = ['Okafor', 'Kowalski', 'Chen', 'Haddad', 'Smith', 'Mensah', 'Patel', 'Kim', 'Silva', 'Ivanova', 'Tanaka', 'Novak', 'Brown'];
export const BUILDINGS = ['Maple Court', 'Riverside Towers', 'Cedar Gardens'];

/**
 * `count` members with predictable names and places: member i is FIRST[i % 14] LAST[i % 13] with
 * a number, in BUILDINGS[i % 3]. None is called José or Josefina: tests add those themselves.
 */
export function syntheticMembers(count: number): MemberInput[] {
  return Array.from({ length: count }, (_, index) => ({
    first_name: FIRST[index % FIRST.length]!,
    last_name: `${LAST[index % LAST.length]!} ${String(index).padStart(5, '0')}`,
    phone: `(212) 555-${String(1000 + (index % 9000)).padStart(4, '0')}`,
    building: BUILDINGS[index % BUILDINGS.length]!,
    unit: `${1 + (index % 12)}${'ABCD'[index % 4]}`,
  }));
}

/** A new vault, opened in the UI, set up as `settings` says, with these members; the Roll page showing them. */
export async function openRollWith(
  app: Page,
  service: ChapterService,
  members: MemberInput[],
  settings: Partial<Settings> = { chapterKind: 'tenant' },
): Promise<string[]> {
  await createVaultThroughUi(app);
  await call(service, 'settings:update', settings);
  const ids = await addMembers(service, members);
  // The Roll page read the empty roll when the vault opened; open it afresh.
  await app.getByRole('button', { name: 'Settings' }).click();
  await app.getByRole('button', { name: 'Roll', exact: true }).click();
  if (members.length > 0) await expect(rollGrid(app)).toBeVisible();
  else await expect(app.getByRole('heading', { name: 'No members yet' })).toBeVisible();
  return ids;
}

export function rollGrid(app: Page) {
  return app.getByRole('grid', { name: 'Members' });
}

/** Rows of the table body (the header row has aria-rowindex 1). */
export function bodyRows(app: Page) {
  return rollGrid(app).locator('[role="row"]:not([aria-rowindex="1"])');
}

export function memberRow(app: Page, name: string | RegExp) {
  return rollGrid(app).getByRole('row', { name });
}

export function rollCount(app: Page) {
  return app.getByTestId('roll-count');
}

/** The body row at 0-based position `index` in the roll's current order. */
export function rowAt(app: Page, index: number) {
  return rollGrid(app).locator(`[role="row"][aria-rowindex="${index + 2}"]`);
}

export function memberPanel(app: Page, name: string | RegExp) {
  return app.getByRole('complementary', { name });
}

export async function openFilter(app: Page, category: string) {
  await app.getByRole('button', { name: /^Filters/ }).click();
  await app.getByRole('dialog', { name: 'Filters' }).getByRole('tab', { name: new RegExp(`^${category}`) }).click();
  return app.getByRole('dialog', { name: 'Filters' });
}
