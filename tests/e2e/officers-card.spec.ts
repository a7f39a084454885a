import { cardTextOnScreen, decodeQrOnScreen, downloadedBytes, fingerprintOnScreen, gotoOfficers, officerRow, openVault, ANA } from './officers-helpers';
import { expect, test } from './harness';
import { call } from './service-helpers';

test('your card shows a QR code holding the card, and the fingerprint to read aloud', async ({ app, service }) => {
  await openVault(service, ANA, app);
  await gotoOfficers(app);
  const expected = await call(service, 'officers:card', {});

  await expect(app.getByRole('heading', { name: 'Your card' })).toBeVisible();
  expect(await fingerprintOnScreen(app)).toBe(expected.fingerprint);
  expect(expected.fingerprint).toMatch(/^[0-9A-Z]{4}( [0-9A-Z]{4}){3}$/);
  await expect(app.getByText('Show this to the other officer in person, and compare fingerprints aloud')).toBeVisible();
  await app.screenshot({ path: '/tmp/shots/officers-card.png' });

  // The QR code is an image of the card line (without the post-quantum key, too long for any QR code), readable by any QR reader.
  const qr = app.getByRole('img', { name: 'QR code of your contact card' });
  await expect(qr).toHaveAttribute('src', /^data:image\/svg\+xml;base64,/);
  expect(await decodeQrOnScreen(qr)).toBe(expected.qrCard);
  expect(await cardTextOnScreen(app)).toBe(expected.card);

  // Saved as a text file, for handing over on a stick or by message.
  const downloading = app.waitForEvent('download');
  await app.getByRole('button', { name: 'Save card as file' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('ana-reyes-chapterhouse-card.txt');
  expect((await downloadedBytes(download)).toString('utf8').trim()).toBe(expected.card);

  // The list starts with this officer, marked as such in words.
  await expect(officerRow(app, 'Ana Reyes').getByTestId('officer-status')).toHaveText('You');
  await expect(officerRow(app, 'Ana Reyes')).toContainText(expected.fingerprint);
});

test('refuses a pasted text that is not a card, and your own card', async ({ app, service }) => {
  await openVault(service, ANA, app);
  await gotoOfficers(app);
  await app.getByRole('button', { name: 'Add an officer' }).click();
  const dialog = app.getByRole('dialog', { name: 'Add an officer' });
  await dialog.getByLabel('Paste their card').fill('hello, this is Bo');
  await dialog.getByRole('button', { name: 'Continue' }).click();
  await expect(dialog.getByRole('alert')).toHaveText(/not a Chapterhouse contact card/);

  await dialog.getByLabel('Paste their card').fill((await call(service, 'officers:card', {})).card);
  await dialog.getByRole('button', { name: 'Continue' }).click();
  await expect(dialog.getByRole('alert')).toHaveText(/your own contact card/);
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  expect(await call(service, 'officers:list', {})).toHaveLength(1);
});
