import { dispatch } from '../../src/main/dispatch';
import { createVaultThroughUi, expect, RIVERSIDE, test, unlockThroughUi } from './harness';
import { addMembers } from './service-helpers';

test('switches to Spanish in Settings: every screen follows, the lock screen too, and the choice survives a restart', async ({
  app,
  service,
}) => {
  // The harness's Chromium runs in en-US, so the app starts in English.
  expect(await app.evaluate(() => (globalThis as unknown as { navigator: { language: string } }).navigator.language)).toBe('en-US');
  await createVaultThroughUi(app);
  await addMembers(service, [{ first_name: 'José', last_name: 'García', dues_paid_through: '2026-03-05' }]);

  await app.getByRole('button', { name: 'Settings' }).click();
  await app.getByRole('radio', { name: 'Español' }).check();
  await expect(app.getByRole('heading', { name: 'Ajustes', level: 1 })).toBeVisible();
  await expect(app.locator('html')).toHaveAttribute('lang', 'es');
  await expect(app.getByRole('heading', { name: 'Cambiar la frase de contraseña' })).toBeVisible();
  // Kept outside the vault, for the lock screen.
  expect(await dispatch(service, 'app:state', {})).toMatchObject({ ok: true, value: { language: 'es' } });

  // The roll, its count and a member's dates, in Spanish.
  await app.getByRole('button', { name: 'Padrón' }).click();
  await expect(app.getByRole('heading', { name: 'Padrón', level: 1 })).toBeVisible();
  await expect(app.getByTestId('roll-count')).toHaveText('1 afiliado');
  await expect(app.getByRole('button', { name: 'Añadir afiliado' })).toBeVisible();
  await app.getByRole('grid', { name: 'Afiliados' }).getByRole('row', { name: /José García/ }).click();
  await expect(app.getByText(/Cuotas pagadas hasta el 5 mar 2026/)).toBeVisible();

  // Locked: the lock screen speaks Spanish, with the vault's date written the Spanish way.
  await app.getByRole('button', { name: 'Bloquear', exact: true }).click();
  await expect(app.getByRole('heading', { name: 'Desbloquee su bóveda' })).toBeVisible();
  await expect(app.getByRole('status')).toHaveText('Bloqueada.');
  await expect(app.getByText(/^Creada el \d{1,2} de [a-z]+ de \d{4}$/)).toBeVisible();

  // A wrong passphrase is refused in Spanish (the error code is translated here).
  await app.getByLabel('Frase de contraseña', { exact: true }).fill('not the passphrase at all');
  await app.getByRole('button', { name: 'Desbloquear' }).click();
  await expect(app.getByRole('alert')).toHaveText(/Esa frase de contraseña no abre esta bóveda/);

  // A restart (a fresh page on the same service) starts in Spanish, before any vault is open.
  await app.reload();
  await expect(app.getByRole('heading', { name: 'Desbloquee su bóveda' })).toBeVisible();
  await app.getByLabel('Frase de contraseña', { exact: true }).fill(RIVERSIDE.passphrase);
  await app.getByRole('button', { name: 'Desbloquear' }).click();
  await expect(app.getByTestId('chapter-name')).toHaveText(RIVERSIDE.chapterName);

  // And back to English.
  await app.getByRole('button', { name: 'Ajustes' }).click();
  await app.getByRole('radio', { name: 'English' }).check();
  await expect(app.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible();
  await expect(app.locator('html')).toHaveAttribute('lang', 'en');
  await app.getByRole('button', { name: 'Lock', exact: true }).click();
  await expect(app.getByRole('heading', { name: 'Unlock your vault' })).toBeVisible();
  await expect(app.getByText(/^Created [A-Z][a-z]+ \d{1,2}, \d{4}$/)).toBeVisible();
  await unlockThroughUi(app, RIVERSIDE.passphrase);
  expect(await dispatch(service, 'app:state', {})).toMatchObject({ ok: true, value: { language: 'en' } });
});
