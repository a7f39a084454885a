import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createVaultThroughUi, expect, pageText, test } from './harness';
import { shot } from './fixtures/roll-tools';
import { addMembers } from './service-helpers';

test('in Spanish, Settings (backups, screen capture, passphrase advice), the duplicates and the meetings page read in Spanish', async ({
  app,
  service,
  vaultsDir,
}) => {
  await createVaultThroughUi(app);
  await addMembers(service, [
    { first_name: 'José', last_name: 'García', email: 'jose@example.org' },
    { first_name: 'Jose', last_name: 'Garcia', email: 'jose@example.org' },
  ]);
  await app.getByRole('button', { name: 'Settings' }).click();
  await app.getByRole('radio', { name: 'Español' }).check();
  await expect(app.getByRole('heading', { name: 'Ajustes', level: 1 })).toBeVisible();

  // Screen capture.
  await expect(app.getByRole('heading', { name: 'Capturas de pantalla' })).toBeVisible();
  await app.getByRole('checkbox', { name: 'Ocultar esta ventana en capturas de pantalla y al compartir pantalla' }).check();
  await expect(app.getByRole('status').filter({ hasText: 'Las capturas y la pantalla compartida' })).toBeVisible();

  // Backups: the section, a backup taken by hand, its row and the restore dialog.
  const backups = app.getByRole('region', { name: 'Copias de seguridad' });
  await expect(backups.getByLabel('Copias que se conservan')).toBeVisible();
  await backups.getByRole('button', { name: 'Hacer una copia ahora' }).click();
  await expect(backups.getByRole('status')).toHaveText(/^Copia hecha el \d{1,2} [a-z]+\.? \d{4}/);
  const table = backups.getByRole('table', { name: 'Copias de seguridad, la más reciente primero' });
  await expect(table.getByRole('columnheader', { name: 'Motivo' })).toBeVisible();
  await expect(table.getByRole('row').filter({ hasText: 'Hecha a mano' })).toHaveCount(1);
  await expect(table.getByRole('row').filter({ hasText: /\d+ KB/ }).first()).toBeVisible();
  // Damaged on disk: main refuses it in English, the dialog says so in Spanish.
  // The language choice is kept next to the vault folders; the vault is the one folder.
  const vaultDir = readdirSync(vaultsDir, { withFileTypes: true }).find((entry) => entry.isDirectory())!.name;
  const backupsDir = join(vaultsDir, vaultDir, 'backups');
  for (const backup of readdirSync(backupsDir)) {
    const file = join(backupsDir, backup, 'vault.db');
    const bytes = readFileSync(file);
    bytes[5000] = bytes[5000]! ^ 0xff;
    writeFileSync(file, bytes);
  }
  await table.getByRole('row').filter({ hasText: 'Hecha a mano' }).getByRole('button', { name: /^Restaurar la copia del / }).click();
  const dialog = app.getByRole('dialog', { name: /^¿Restaurar la copia del .+\?$/ });
  await expect(dialog).toContainText(/Se perderá todo lo cambiado desde el .+: afiliados añadidos o editados/);
  await shot(app, 'es-restore-dialog');
  await dialog.getByRole('button', { name: 'Restaurar esta copia' }).click();
  await expect(dialog.getByRole('alert')).toHaveText(
    /^La copia del .+ está dañada, incompleta o es de otra bóveda, así que no se restauró\. La bóveda no cambió; elija otra copia\.$/,
  );
  await dialog.getByRole('button', { name: 'Cancelar' }).click();
  await expect(dialog).toBeHidden();

  // The strength advice comes from main as codes, worded here in Spanish.
  const newPassphrase = app.getByLabel('Nueva frase de contraseña', { exact: true });
  await newPassphrase.fill('abc123');
  await expect(app.getByText('Use al menos 10 caracteres; cuatro o cinco palabras sin relación entre sí son fáciles de recordar.')).toBeVisible();
  await newPassphrase.fill('password1234');
  await expect(app.getByText(/Demasiado fácil de adivinar\. .+ Añada una o dos palabras poco comunes más\.$/)).toBeVisible();
  await newPassphrase.fill('');

  const settingsText = await pageText(app);
  for (const english of ['Backups', 'Back up now', 'Screen capture', 'screenshots', 'Too easy', 'Restore']) {
    expect(settingsText, `"${english}" left in English`).not.toMatch(new RegExp(`\\b${english}\\b`));
  }

  // The duplicates' reasons come from main as codes too.
  await app.getByRole('button', { name: 'Padrón' }).click();
  await app.getByRole('tab', { name: 'Duplicados' }).click();
  await expect(app.getByRole('list', { name: 'Por qué pueden ser la misma persona' }).getByRole('listitem')).toHaveText([
    'mismo correo',
    'mismo nombre',
  ]);

  // The meetings page.
  await app.getByRole('button', { name: 'Reuniones' }).click();
  await expect(app.getByRole('heading', { name: 'Reuniones', level: 1 })).toBeVisible();
  await expect(app.getByText('Todavía no hay reuniones')).toBeVisible();
  await app.locator('header').getByRole('button', { name: 'Nueva reunión' }).click();
  const create = app.getByRole('dialog', { name: 'Nueva reunión' });
  await expect(create).toBeVisible();
  await shot(app, 'es-new-meeting');
  const meetingText = await create.innerText();
  for (const english of ['Title', 'Date and time', 'Place', 'Chair', 'Create meeting', 'Cancel']) {
    expect(meetingText, `"${english}" left in English`).not.toMatch(new RegExp(`\\b${english}\\b`));
  }
});
