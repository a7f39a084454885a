/** Likely duplicates on the Roll page, and a field-by-field merge of one pair. */
import { createVaultThroughUi, expect, test } from './harness';
import { addMember, members, shot } from './fixtures/roll-tools';

test('merges two records of the same person, field by field', async ({ app, service }) => {
  await createVaultThroughUi(app);
  // The fuller record is kept by default; the other brings a newer phone and another tag.
  await addMember(service, {
    first_name: 'José',
    last_name: 'García',
    email: 'jose.garcia@example.org',
    phone: '(212) 555-0111',
    building: 'Edificio Sol',
    unit: '3C',
    tags: 'tenant council',
    join_date: '2023-05-01',
  });
  await addMember(service, {
    first_name: 'Jose',
    last_name: 'Garcia',
    email: 'jose.garcia@example.org',
    phone: '(212) 555-0122',
    tags: 'rent strike',
  });
  await addMember(service, { first_name: 'Ana', last_name: 'Reyes', email: 'ana.reyes@example.org' });

  await app.getByRole('tab', { name: 'Duplicates' }).click();
  const list = app.getByRole('list', { name: 'Likely duplicates' });
  const pair = list.getByRole('listitem', { name: 'José García and Jose Garcia' });
  await expect(pair).toBeVisible();
  await expect(pair.getByRole('list', { name: 'Why they may be the same person' }).getByRole('listitem')).toHaveText([
    'same e-mail',
    'same name',
  ]);
  await expect(list.getByText('Ana Reyes')).toHaveCount(0);
  await shot(app, 'duplicates');

  await pair.getByRole('button', { name: 'Merge José García and Jose Garcia…' }).click();
  const dialog = app.getByRole('dialog', { name: 'Merge two records' });
  await expect(dialog.getByRole('radio', { name: /^José García/ })).toBeChecked();
  // Only what differs is asked about: the shared e-mail is not.
  await expect(dialog.getByRole('radiogroup', { name: 'Email' })).toHaveCount(0);
  await expect(dialog.getByRole('radiogroup', { name: 'First name' }).getByRole('radio', { name: 'José' })).toBeChecked();
  // Where the kept record is empty, the other's value is taken unless told otherwise.
  await expect(dialog.getByRole('radiogroup', { name: 'Building' }).getByRole('radio', { name: 'Edificio Sol' })).toBeChecked();
  // A name cannot be "both"; a phone can.
  await expect(dialog.getByRole('radiogroup', { name: 'First name' }).getByRole('radio', { name: 'Both' })).toHaveCount(0);

  await dialog.getByRole('radiogroup', { name: 'Phone' }).getByRole('radio', { name: '(212) 555-0122' }).check();
  await dialog.getByRole('radiogroup', { name: 'Tags' }).getByRole('radio', { name: 'Both' }).check();
  await shot(app, 'merge-dialog');
  await dialog.getByRole('button', { name: 'Merge into José García' }).click();

  await expect(dialog).toHaveCount(0);
  await expect(app.getByRole('status')).toContainText('Merged Jose Garcia into José García');
  await expect(app.getByText('No likely duplicates.')).toBeVisible();
  await shot(app, 'duplicates-empty');

  const roll = await members(service);
  expect(roll).toHaveLength(2);
  const jose = roll.find((member) => member.email === 'jose.garcia@example.org');
  expect(jose).toMatchObject({ first_name: 'José', last_name: 'García', phone: '(212) 555-0122', building: 'Edificio Sol', unit: '3C' });
  expect(jose?.tags.split(/,\s*/).sort()).toEqual(['rent strike', 'tenant council']);

  // A merge can be undone until the vault locks: both records come back as they were.
  await app.getByRole('button', { name: 'Undo merge' }).click();
  await expect(app.getByRole('status')).toContainText('Merge undone');
  await expect(list.getByRole('listitem', { name: 'José García and Jose Garcia' })).toBeVisible();
  expect(await members(service)).toHaveLength(3);
});
