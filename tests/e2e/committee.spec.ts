/**
 * The organizing committee's page: assign a floor to an OC member, print the walk list and read
 * its text, enter the walk's outcomes with the keyboard only, see the follow-up queue change,
 * and draw a member's network.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Download, Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { extractText } from 'unpdf';
import { expect, test } from './harness';
import { openRollWith } from './roll-helpers';
import { call } from './service-helpers';

async function pdfText(download: Download): Promise<string> {
  const { text } = await extractText(new Uint8Array(await readFile((await download.path())!)), { mergePages: true });
  return text;
}

/** A screenshot to look at, and axe's serious and critical findings on the same screen (none allowed). */
async function shoot(app: Page, name: string) {
  await app.screenshot({ path: test.info().outputPath(`committee-${name}.png`), fullPage: true });
  const results = await new AxeBuilder({ page: app }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const bad = results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id} (${violation.impact}): ${violation.nodes.map((node) => node.target.join(' ')).slice(0, 5).join(' | ')}`);
  expect(bad, `axe violations on the committee's ${name} screen`).toEqual([]);
}

const tab = (app: Page, name: string) => app.getByRole('tab', { name, exact: true });

test('turf, walk list, keyboard outcome entry, the queue and the network', async ({ app, service }) => {
  // Five screens, each checked with axe, and a PDF read back: more than the default minute on a busy machine.
  test.slow();
  await app.setViewportSize({ width: 1360, height: 900 });
  const [ana, ben, carla, dev, eve] = await openRollWith(app, service, [
    { first_name: 'Ana', last_name: 'Ruiz', building: 'Oak Tower', unit: '3A', organizing_committee: 'yes', assessment: 1 },
    { first_name: 'Ben', last_name: 'Cho', building: 'Oak Tower', unit: '3B', languages: 'Korean' },
    { first_name: 'Carla', last_name: 'Mendes', preferred_name: 'Cacá', building: 'Oak Tower', unit: '3C', assessment: 2 },
    { first_name: 'Dev', last_name: 'Patel', building: 'Oak Tower', unit: '4A' },
    { first_name: 'Eve', last_name: 'Novak', building: 'Oak Tower', unit: '10A' },
  ]);
  await call(service, 'committee:addRelationship', { memberId: ben!, otherId: carla!, kind: 'neighbour' });
  await call(service, 'committee:addRelationship', { memberId: ana!, otherId: ben!, kind: 'influences' });
  await call(service, 'committee:addRelationship', { memberId: dev!, otherId: eve!, kind: 'carpool' });

  await app.getByRole('button', { name: 'Committee' }).click();
  await expect(app.getByRole('heading', { name: 'Organizing committee', level: 1 })).toBeVisible();

  // Turf: floor 3 of Oak Tower to Ana; she lives there but is never her own organizer.
  await tab(app, 'Turf and coverage').click();
  await app.getByLabel('Building').selectOption('Oak Tower');
  await app.getByLabel('Floor').selectOption('3');
  await app.getByRole('button', { name: 'Assign', exact: true }).click();
  await expect(app.getByRole('status')).toHaveText('Assigned 2 members.');
  const coverage = app.getByRole('table', { name: 'Turf and coverage' });
  await expect(coverage.getByRole('row', { name: /Oak Tower · 3/ })).toContainText('1 : 3');
  await expect(app.getByRole('list').filter({ hasText: 'Oak Tower · 10' })).toBeVisible();
  await shoot(app, 'coverage');
  expect((await call(service, 'roll:get', { id: ben! })).member.organizer).toBe(ana);

  // The walk list of floor 3: on screen, then as a PDF whose text reads in door order.
  await tab(app, 'Walk list').click();
  await app.getByLabel('Building').selectOption('Oak Tower');
  await app.getByLabel('Floor').selectOption('3');
  await expect(app.getByText('3 doors on this list')).toBeVisible();
  const [download] = await Promise.all([app.waitForEvent('download'), app.getByRole('button', { name: 'Print walk list' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^walk-list-\d{4}-\d{2}-\d{2}\.pdf$/);
  const text = await pdfText(download);
  expect(text).toContain('Oak Tower — Floor 3');
  expect(text).toContain('Korean');
  expect(text).toContain('Cacá');
  expect(text.indexOf('Ruiz, Ana')).toBeLessThan(text.indexOf('Cho, Ben'));
  expect(text.indexOf('Cho, Ben')).toBeLessThan(text.indexOf('Mendes, Carla'));
  expect(text).not.toContain('Patel');
  await shoot(app, 'walk-list');

  // After the walk: keyboard only. Ana talked (T), Ben not home (N), Carla moved (X).
  await app.getByRole('button', { name: 'Enter outcomes' }).click();
  const first = app.getByRole('combobox', { name: 'Outcome for Ruiz, Ana' });
  await expect(first).toBeFocused();
  await app.getByLabel('Follow up those not reached on').fill('2020-01-10');
  await first.focus();
  await app.keyboard.press('t');
  await expect(app.getByRole('combobox', { name: 'Outcome for Cho, Ben' })).toBeFocused();
  await app.keyboard.press('n');
  await app.keyboard.press('x');
  await expect(first).toHaveValue('talked');
  await expect(app.getByRole('combobox', { name: 'Outcome for Cho, Ben' })).toHaveValue('not-home');
  await expect(app.getByRole('combobox', { name: 'Outcome for Mendes, Carla' })).toHaveValue('moved');
  await shoot(app, 'outcome-entry');
  await app.getByRole('button', { name: /Save the sheet/ }).focus();
  await app.keyboard.press('Enter');
  await expect(app.getByRole('status')).toHaveText('Saved 3 outcomes.');
  expect((await call(service, 'roll:get', { id: carla! })).member.status).toBe('former');

  // The queue now has Ben, overdue since the follow-up date set on the sheet; Ana and Carla are no longer "never contacted".
  await tab(app, 'Follow-ups').click();
  const due = app.getByRole('table', { name: /Due for follow-up/ });
  await expect(due.getByRole('row', { name: /Ben Cho/ })).toContainText('Overdue');
  await expect(due.getByRole('row')).toHaveCount(2);
  const never = app.getByRole('table', { name: /Never contacted/ });
  await expect(never).toContainText('Dev Patel');
  await expect(never).not.toContainText('Ana Ruiz');
  await shoot(app, 'queue');

  // The social map: Ben's network, drawn, with its ties listed in words.
  await tab(app, 'Social map').click();
  await app.getByLabel('Find a member').fill('Ben');
  await app.getByRole('list', { name: 'Matching members' }).getByRole('button', { name: 'Ben Cho' }).click();
  await expect(app.getByRole('img', { name: "Picture of Ben Cho's ties" })).toBeVisible();
  await expect(app.getByTestId('network-canvas').locator('canvas').first()).toBeVisible();
  const ties = app.getByRole('list', { name: 'Network of Ben Cho' });
  await expect(ties.getByRole('listitem')).toHaveCount(2);
  await expect(ties).toContainText('Ben Cho — Neighbour — Cacá Mendes');
  await expect(app.getByRole('heading', { name: 'Oak Tower' })).toBeVisible();
  await shoot(app, 'network');
});
