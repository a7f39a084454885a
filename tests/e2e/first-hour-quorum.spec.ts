/**
 * Issue #16, quorum and good standing mean one thing: a former or lapsed member checked in is
 * listed but not counted (the quorum box says who and why), and a vote without quorum asks
 * first and is shown as "Carried without quorum".
 */
import { createVaultThroughUi, expect, test } from './harness';
import { call } from './service-helpers';

test('the quorum counts members in good standing only, and a vote without quorum says so', async ({ app, service }) => {
  await createVaultThroughUi(app);
  const add = async (first: string, status: string, dues: string) =>
    (await call(service, 'roll:add', { fields: { first_name: first, last_name: 'Okafor', status, dues_paid_through: dues, building: 'Maple Court', unit: '2A' } })).id;
  await add('Ana', 'member', '2099-12-31');
  await add('Sam', 'former', '2099-12-31');
  await add('Omar', 'member', '2020-01-31');
  const types = await call(service, 'meetings:types', {});
  const board = types.find((type) => type.quorum.kind === 'count')!;
  const meeting = await call(service, 'meetings:create', { typeId: board.id, title: 'Board', startsAt: '2026-11-12T19:00' });

  await app.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Meetings' }).click();
  await app.getByRole('table', { name: 'Meetings' }).getByRole('button', { name: 'Board' }).click();
  const box = app.getByRole('combobox', { name: 'Check in' });
  for (const letters of ['sam', 'omar']) {
    await box.fill(letters);
    await expect(app.getByRole('option').first()).toContainText('Maple Court · 2A');
    await box.press('Enter');
    await expect(box).toHaveValue('');
  }
  const quorum = app.getByTestId('quorum');
  await expect(quorum).toContainText('0 present of');
  await expect(quorum).toContainText('2 present are not counted towards quorum: Omar Okafor (dues lapsed), Sam Okafor (former, not a member)');
  await expect(app.getByRole('list', { name: /^Present/ }).getByRole('listitem').first()).toContainText('Maple Court · 2A');

  const firstItem = meeting.agenda[0]!.title;
  await app.getByRole('button', { name: `Add motion under ${firstItem}` }).click();
  await app.getByRole('form', { name: 'Add motion' }).getByLabel('Motion').fill('To paint the lobby.');
  await app.getByRole('form', { name: 'Add motion' }).getByRole('button', { name: 'Add motion' }).click();
  await app.getByRole('button', { name: 'Record vote' }).click();
  const vote = app.getByRole('dialog', { name: 'Record the vote' });
  await expect(vote.getByRole('alert')).toContainText('Quorum is not present.');
  await vote.getByLabel('For', { exact: true }).fill('2');
  await expect(vote.getByRole('status')).toHaveText('2 for, 0 against, 0 abstaining → Carried without quorum');
  await app.screenshot({ path: test.info().outputPath('vote-without-quorum.png') });
  await vote.getByRole('button', { name: 'Record vote without quorum' }).click();
  await expect(vote).toBeHidden();
  const motion = app.getByRole('article', { name: 'Motion' });
  await expect(motion).toContainText('Carried without quorum');
  await expect(motion).toContainText('0 present, no quorum');
  await app.screenshot({ path: test.info().outputPath('quorum-box.png') });
});
