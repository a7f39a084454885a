import { expect, test } from './harness';
import { memberPanel, memberRow, openRollWith, syntheticMembers } from './roll-helpers';
import { call } from './service-helpers';

interface Detail {
  member: { email: string; phone: string; assessment: number | null };
}

test('edits a member in the panel: the phone is formatted, a bad e-mail is refused and not saved', async ({ app, service }) => {
  const [joseId] = await openRollWith(app, service, [
    { first_name: 'José', last_name: 'García', phone: '(212) 555-0000', email: 'jose@example.org', building: 'Maple Court' },
    ...syntheticMembers(5),
  ]);
  await memberRow(app, /José García/).click();
  const panel = memberPanel(app, 'José García');
  await expect(panel).toBeVisible();
  await expect(panel.getByText('Unknown', { exact: true })).toBeVisible();

  const phone = panel.getByRole('textbox', { name: 'Phone' });
  await expect(phone).toHaveValue('(212) 555-0000');
  await phone.fill('555.123.4567');
  await phone.press('Tab');
  await expect(phone).toHaveValue('(555) 123-4567');
  await expect(memberRow(app, /José García/)).toContainText('(555) 123-4567');
  await expect(panel.getByText('All changes saved.')).toBeVisible();

  const email = panel.getByRole('textbox', { name: 'Email' });
  await email.fill('jose@@example');
  await email.press('Tab');
  await expect(panel.getByRole('alert')).toHaveText('Not saved: "jose@@example" is not an e-mail address.');
  await expect(email).toHaveAttribute('aria-invalid', 'true');
  // What was typed stays in the field; nothing reached the vault.
  await expect(email).toHaveValue('jose@@example');
  const stored = await call<Detail>(service, 'roll:get', { id: joseId });
  expect(stored.member).toMatchObject({ email: 'jose@example.org', phone: '(555) 123-4567' });

  // Esc does not throw the typing away silently: it says so, and offers to close without it.
  await email.press('Escape');
  await expect(panel.getByText('Some changes were not saved.')).toBeVisible();
  await panel.getByRole('button', { name: 'Close without saving' }).click();
  await expect(panel).toBeHidden();

  await memberRow(app, /José García/).click();
  await expect(panel.getByRole('textbox', { name: 'Email' })).toHaveValue('jose@example.org');

  // Fixing the value saves it; Esc then closes at once.
  await panel.getByRole('textbox', { name: 'Email' }).fill('jose.garcia@example.org');
  await panel.getByRole('textbox', { name: 'Email' }).press('Escape');
  await expect(panel).toBeHidden();
  expect((await call<Detail>(service, 'roll:get', { id: joseId })).member.email).toBe('jose.garcia@example.org');

  // Every change is in the history, with who made it, before and after.
  await memberRow(app, /José García/).click();
  await panel.getByRole('tab', { name: /History/ }).click();
  const history = panel.getByRole('list', { name: 'Change history' });
  await expect(history.getByRole('listitem').first()).toContainText('Ana Reyes');
  await expect(history.getByRole('listitem').first()).toContainText('jose@example.org → jose.garcia@example.org');
  await expect(history).toContainText('(212) 555-0000 → (555) 123-4567');
  await expect(history).toContainText('Added to the roll');
});

test('adds a conversation that changes the assessment', async ({ app, service }) => {
  const [id] = await openRollWith(app, service, [{ first_name: 'Rosa', last_name: 'Parks', assessment: 3, building: 'Maple Court' }]);
  await expect(memberRow(app, /Rosa Parks/)).toContainText('3');
  await memberRow(app, /Rosa Parks/).click();
  const panel = memberPanel(app, 'Rosa Parks');
  await panel.getByRole('tab', { name: /Conversations/ }).click();
  await expect(panel.getByText('No conversations logged yet.')).toBeVisible();

  await panel.getByRole('button', { name: 'Add conversation' }).click();
  const form = panel.getByRole('form', { name: 'Add conversation' });
  // Today, by the officer who is signed in, unless they say otherwise.
  const today = new Date();
  const iso = `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}-${String(today.getDate()).padStart(2, '0')}`;
  await expect(form.getByLabel('Date')).toHaveValue(iso);
  await expect(form.getByLabel('Talked with them')).toHaveValue('Ana Reyes');
  await form.getByLabel('Notes').fill('Talked at the laundry room about the rent strike. Will bring two neighbours.');
  await form.getByRole('radio', { name: '2 · Supportive' }).check();
  await form.getByRole('button', { name: 'Save conversation' }).click();

  const log = panel.getByRole('list', { name: 'Conversations' });
  await expect(log.getByRole('listitem')).toHaveCount(1);
  await expect(log).toContainText('Talked at the laundry room');
  await expect(log).toContainText('Assessment 3 → 2');
  await expect(panel.getByRole('tab', { name: /Conversations/ })).toContainText('1');

  await panel.getByRole('tab', { name: 'Details' }).click();
  await expect(panel.getByRole('radio', { name: '2 · Supportive' })).toBeChecked();
  await expect(memberRow(app, /Rosa Parks/).getByRole('gridcell').last()).toHaveText('2');
  expect((await call<Detail>(service, 'roll:get', { id })).member.assessment).toBe(2);

  await panel.getByRole('tab', { name: /History/ }).click();
  await expect(panel.getByRole('list', { name: 'Change history' })).toContainText('Assessment from a conversation');
});

test('choices are saved at once, and every field can be edited', async ({ app, service }) => {
  const [id] = await openRollWith(app, service, [{ first_name: 'Kwame', last_name: 'Mensah' }]);
  await memberRow(app, /Kwame Mensah/).click();
  const panel = memberPanel(app, 'Kwame Mensah');
  await panel.getByLabel('Status').selectOption('former');
  await panel.getByRole('radio', { name: '1 · Leader' }).check();
  await panel.getByLabel('Dues paid through').fill('2020-01-31');
  await panel.getByLabel('Dues paid through').blur();
  await expect(panel.getByText('Lapsed', { exact: true })).toBeVisible();
  await panel.getByLabel('Unit').fill('4B');
  await panel.getByLabel('Unit').press('Enter');
  await panel.getByRole('textbox', { name: 'Notes' }).fill('Prefers Twi; call after 6pm.');
  await panel.getByRole('textbox', { name: 'Notes' }).blur();
  await panel.getByLabel('Preferred name').fill('Kojo');
  await panel.getByLabel('Preferred name').press('Enter');
  // The preferred name is the name the roll uses.
  await expect(app.getByRole('complementary', { name: 'Kojo Mensah' })).toBeVisible();
  await expect(memberRow(app, /Kojo Mensah/)).toContainText('4B');
  const stored = await call<{ member: Record<string, unknown> }>(service, 'roll:get', { id });
  expect(stored.member).toMatchObject({ status: 'former', assessment: 1, dues_paid_through: '2020-01-31', unit: '4B', notes: 'Prefers Twi; call after 6pm.', standing: 'lapsed' });
});
