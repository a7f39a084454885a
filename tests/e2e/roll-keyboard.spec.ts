import { expect, test } from './harness';
import { memberPanel, openRollWith, rollGrid, rowAt, syntheticMembers } from './roll-helpers';

test('↓ ↓ Enter opens the third row; Space, Shift+↓ and Ctrl+A select; Esc closes and clears', async ({ app, service }) => {
  await openRollWith(app, service, syntheticMembers(20));
  const grid = rollGrid(app);
  const third = rowAt(app, 2);
  const thirdName = (await third.getByRole('gridcell').nth(1).textContent())!.trim();

  await grid.focus();
  await expect(rowAt(app, 0)).toHaveClass(/roll-row-active/);
  await app.keyboard.press('ArrowDown');
  await app.keyboard.press('ArrowDown');
  await expect(grid).toHaveAttribute('aria-activedescendant', 'roll-row-2');
  await app.keyboard.press('Enter');
  const panel = memberPanel(app, thirdName);
  await expect(panel).toBeVisible();
  await expect(panel.getByRole('heading', { name: thirdName })).toBeFocused();
  await app.keyboard.press('Escape');
  await expect(panel).toBeHidden();
  await expect(grid).toBeFocused();

  await app.keyboard.press(' ');
  await expect(third).toHaveAttribute('aria-selected', 'true');
  await app.keyboard.press('Shift+ArrowDown');
  await app.keyboard.press('Shift+ArrowDown');
  const bar = app.getByRole('region', { name: 'Selected members' });
  await expect(bar).toContainText('3 members selected');
  await expect(rowAt(app, 4)).toHaveAttribute('aria-selected', 'true');
  await app.keyboard.press('Shift+ArrowUp');
  await expect(bar).toContainText('2 members selected');
  await expect(rowAt(app, 4)).toHaveAttribute('aria-selected', 'false');

  await app.keyboard.press('ControlOrMeta+a');
  await expect(bar).toContainText('20 members selected');
  await app.keyboard.press('Escape');
  await expect(bar).toBeHidden();

  // ↓ from the search goes into the results.
  await app.getByRole('searchbox', { name: 'Search the roll' }).focus();
  await app.keyboard.press('ArrowDown');
  await expect(grid).toBeFocused();
  await app.keyboard.press('End');
  await expect(grid).toHaveAttribute('aria-activedescendant', 'roll-row-19');
});
