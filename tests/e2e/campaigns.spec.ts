/**
 * Campaigns as an organizer uses them: create a card drive, record signatures on the wall chart
 * and from a member's panel, watch a building's bar cross its goal, print the wall chart and
 * read it back; the same in Spanish. Screenshots go to CAMPAIGN_SHOTS=DIR when it is set.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Download, Page } from '@playwright/test';
import { extractText } from 'unpdf';
import type { MemberInput } from '../../src/shared/roll';
import { expect, test } from './harness';
import { openRollWith } from './roll-helpers';

const ROLL: MemberInput[] = [
  { first_name: 'Ana', last_name: 'Alvarez', building: 'Elm Court', unit: '1A', assessment: 1 },
  { first_name: 'Bo', last_name: 'Baker', building: 'Elm Court', unit: '1B', assessment: 2 },
  { first_name: 'Cy', last_name: 'Chen', building: 'Elm Court', unit: '2A', assessment: 3 },
  { first_name: 'Di', last_name: 'Diaz', building: 'Elm Court', unit: '2B' },
  { first_name: 'Ed', last_name: 'Evans', building: 'Oak Tower', unit: '10A', assessment: 4 },
  { first_name: 'Flo', last_name: 'Fox', building: 'Oak Tower', unit: '10B', status: 'former' },
];

async function shot(page: Page, name: string): Promise<void> {
  const dir = process.env['CAMPAIGN_SHOTS'];
  if (dir) await page.screenshot({ path: join(dir, `${name}.png`), fullPage: true });
}

async function pdfText(download: Download): Promise<string> {
  const { text } = await extractText(new Uint8Array(readFileSync(await download.path())), { mergePages: true });
  return text;
}

test('a card drive: record on the wall chart and the member panel, Elm Court crosses its goal, the chart prints', async ({ app, service }) => {
  await openRollWith(app, service, ROLL);
  // The roll shows the floor read from the unit, and breaks any view down by building → floor.
  await expect(app.getByRole('columnheader', { name: /Floor/ })).toBeVisible();
  await expect(app.getByRole('row', { name: /Ed Evans/ }).getByRole('gridcell', { name: '10', exact: true })).toBeVisible();
  await app.getByRole('button', { name: 'Breakdown' }).click();
  const breakdown = app.getByRole('dialog', { name: 'Breakdown by structure' });
  await expect(breakdown.getByRole('row')).toHaveText([/Building.*Floor.*Members/, /^Elm Court1.*2/, /^Elm Court2.*2/, /^Oak Tower10.*2/, /^Total6/]);
  await expect(breakdown.getByRole('row').nth(1)).toContainText('1 (50%)');
  await shot(app, 'roll-breakdown');
  await breakdown.getByRole('button', { name: 'Close' }).click();

  await app.getByRole('button', { name: 'Campaigns' }).click();
  await expect(app.getByRole('heading', { name: 'No campaigns yet' })).toBeVisible();

  await app.getByRole('button', { name: 'New campaign' }).click();
  const dialog = app.getByRole('dialog', { name: 'New campaign' });
  await dialog.getByLabel('Name').fill('Card drive');
  await dialog.getByLabel('Kind').selectOption({ label: 'Union card' });
  await dialog.getByLabel(/^Goal/).fill('50');
  await expect(dialog.getByRole('checkbox', { name: 'former' })).not.toBeChecked();
  await dialog.getByRole('button', { name: 'Create campaign' }).click();
  await expect(dialog).toHaveCount(0);

  const elmBar = app.getByRole('img', { name: /^Elm Court: / });
  await expect(elmBar).toHaveAccessibleName('Elm Court: 0% said yes, goal 50%, Below goal');
  await expect(app.getByRole('row', { name: /Whole universe/ })).toContainText('0% · 0/5');

  // On the wall chart: every card is a button whose name says its state.
  await app.getByRole('tab', { name: 'Wall chart' }).click();
  const wall = app.getByRole('group', { name: 'Wall chart' });
  await expect(wall.getByRole('heading', { name: /Elm Court/ })).toBeVisible();
  await expect(wall.getByRole('button', { name: /Flo Fox/ })).toHaveCount(0);
  const ana = wall.getByRole('button', { name: /^Ana Alvarez, unit 1A, Assessment 1, Not reached, Leader/ });
  await expect(ana).toBeVisible();
  await shot(app, 'wall-chart');
  // Arrow keys move down the column; Enter opens the card.
  await ana.focus();
  await app.keyboard.press('ArrowDown');
  await expect(wall.getByRole('button', { name: /^Bo Baker/ })).toBeFocused();
  await app.keyboard.press('ArrowUp');
  await app.keyboard.press('Enter');
  const record = app.getByRole('dialog', { name: 'Ana Alvarez' });
  await record.getByRole('radio', { name: 'Signed' }).check();
  await record.getByRole('button', { name: 'Save response' }).click();
  await expect(app.getByRole('status').filter({ hasText: 'Recorded: Ana Alvarez, Signed.' })).toBeVisible();
  await expect(wall.getByRole('button', { name: /^Ana Alvarez, unit 1A, Assessment 1, Signed, Leader/ })).toBeVisible();

  await app.getByRole('tab', { name: 'Progress' }).click();
  await expect(elmBar).toHaveAccessibleName('Elm Court: 25% said yes, goal 50%, Below goal');

  // From the member panel: Bo signs, and Elm Court reaches 2 of 4 = 50%, exactly the goal.
  await app.getByRole('button', { name: 'Roll', exact: true }).click();
  await app.getByRole('grid', { name: 'Members' }).getByRole('row', { name: /Bo Baker/ }).click();
  const response = app.getByRole('combobox', { name: 'Response: Card drive' });
  await expect(response).toHaveValue('none');
  await response.selectOption({ label: 'Signed' });
  await expect(response).toHaveValue('yes');

  await app.getByRole('button', { name: 'Campaigns' }).click();
  await expect(elmBar).toHaveAccessibleName('Elm Court: 50% said yes, goal 50%, Goal met');
  await expect(app.getByRole('img', { name: /^Oak Tower: / })).toHaveAccessibleName('Oak Tower: 0% said yes, goal 50%, Below goal');
  // The names behind a number.
  await app.getByRole('button', { name: '2 Not reached in Elm Court: show names' }).click();
  const names = app.getByRole('dialog', { name: 'Not reached — Elm Court' });
  await expect(names.getByRole('listitem')).toHaveText([/Cy Chen/, /Di Diaz/]);
  await names.getByRole('button', { name: 'Close' }).click();
  await expect(app.getByRole('figure')).toContainText('How fast responses came in');
  await shot(app, 'campaign-progress');

  const [chart] = await Promise.all([app.waitForEvent('download'), app.getByRole('button', { name: 'Print wall chart' }).click()]);
  expect(chart.suggestedFilename()).toMatch(/^wall-chart-\d{4}-\d{2}-\d{2}\.pdf$/);
  const text = await pdfText(chart);
  for (const expected of ['Wall chart — Card drive', 'Elm Court', 'Oak Tower', 'Ana Alvarez · 1A', 'Signed', 'Not reached', 'leader', 'Floor 1']) expect(text).toContain(expected);
  expect(text).not.toContain('Flo Fox');

  const [unsigned] = await Promise.all([app.waitForEvent('download'), app.getByRole('button', { name: 'Print unsigned by unit' }).click()]);
  const list = await pdfText(unsigned);
  expect(list).toContain('Not yet signed, by unit — Card drive');
  expect(list).toContain('Cy Chen');
  expect(list).not.toContain('Ana Alvarez');
});

test('the same in Spanish: words of the campaign on screen and on paper', async ({ app, service }) => {
  await openRollWith(app, service, ROLL);
  await app.getByRole('button', { name: 'Settings' }).click();
  await app.getByRole('radio', { name: 'Español' }).check();
  await app.getByRole('button', { name: 'Campañas' }).click();
  await app.getByRole('button', { name: 'Nueva campaña' }).click();
  const dialog = app.getByRole('dialog', { name: 'Nueva campaña' });
  await dialog.getByLabel('Nombre').fill('Compromiso de huelga');
  await dialog.getByLabel('Tipo').selectOption({ label: 'Compromiso' });
  await dialog.getByLabel(/^Meta/).fill('75');
  await dialog.getByRole('button', { name: 'Crear la campaña' }).click();
  await expect(app.getByRole('img', { name: /^Elm Court: / })).toHaveAccessibleName('Elm Court: 0 % dijo que sí, meta 75 %, Por debajo de la meta');

  await app.getByRole('tab', { name: 'Mapa de la pared' }).click();
  const wall = app.getByRole('group', { name: 'Mapa de la pared' });
  await wall.getByRole('button', { name: /^Ed Evans, vivienda 10A, Evaluación 4, Sin contactar/ }).click();
  const record = app.getByRole('dialog', { name: 'Ed Evans' });
  await record.getByRole('radio', { name: 'Se comprometió' }).check();
  await record.getByRole('button', { name: 'Guardar la respuesta' }).click();
  await expect(wall.getByRole('button', { name: /^Ed Evans, vivienda 10A, Evaluación 4, Se comprometió/ })).toBeVisible();
  await shot(app, 'wall-chart-es');

  await app.getByRole('tab', { name: 'Avance' }).click();
  await expect(app.getByRole('img', { name: /^Oak Tower: / })).toHaveAccessibleName('Oak Tower: 100 % dijo que sí, meta 75 %, Meta alcanzada');
  const [chart] = await Promise.all([app.waitForEvent('download'), app.getByRole('button', { name: 'Imprimir el mapa de la pared' }).click()]);
  const text = await pdfText(chart);
  for (const expected of ['Mapa de la pared — Compromiso de huelga', 'Se comprometió', 'Sin contactar', 'Piso 10', 'líder', 'meta 75 %']) expect(text).toContain(expected);
});
