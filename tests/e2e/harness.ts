/**
 * The e2e fixture: each test gets a fresh temp folder, a real ChapterService over it (real
 * SQLCipher, real Argon2id), and `app`, a Chromium page showing the built renderer with
 * `window.chapter` bridged to that service exactly as the preload bridges it to Electron IPC.
 * `openOfficer` gives a test more officers, each on their own "laptop": another service over
 * another vaults folder, shown in another browser context, wired the same way.
 *
 * The test fails if any page logs an error, throws, or tries to reach the network.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base, expect, type BrowserContext, type Page } from '@playwright/test';
import { createService, type ChapterService } from '../../src/main/service';
import { APP_URL, connectToService, serveRenderer } from './support/page-bridge';

export { expect };

/** Another officer: their own service and vaults folder, and the app wired to it in its own browser context. */
export interface OtherOfficer {
  page: Page;
  service: ChapterService;
  vaultsDir: string;
}

interface ChapterFixtures {
  /** A temp folder for this test only; removed afterwards. Vaults live in `<workDir>/vaults`. */
  workDir: string;
  vaultsDir: string;
  service: ChapterService;
  /** The app, loaded and wired to `service`. */
  app: Page;
  /**
   * Opens another officer's app (for exchanges between vaults). `name` only names their folder,
   * `<workDir>/officer-<name>/vaults`. Everything is closed, and checked like `app`, after the test.
   */
  openOfficer: (name: string) => Promise<OtherOfficer>;
}

/**
 * Loads the app into `page` with `window.chapter` wired to `service`. The returned function stops
 * the wiring and lists what went wrong in the page: errors logged or thrown, network requests.
 */
async function openApp(context: BrowserContext, page: Page, service: ChapterService): Promise<() => string[]> {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught in page: ${error.message}`));
  await serveRenderer(context, (url) => problems.push(`network request outside the app: ${url}`));
  const disconnect = await connectToService(context, service);
  await page.goto(APP_URL);
  return () => {
    disconnect();
    return problems;
  };
}

export const test = base.extend<ChapterFixtures>({
  workDir: async ({}, use) => {
    const dir = mkdtempSync(join(tmpdir(), 'chapterhouse-e2e-'));
    await use(dir);
    rmSync(dir, { recursive: true, force: true });
  },

  vaultsDir: async ({ workDir }, use) => {
    await use(join(workDir, 'vaults'));
  },

  service: async ({ vaultsDir }, use) => {
    const service = createService({ vaultsDir });
    await use(service);
    service.dispose();
  },

  app: async ({ context, page, service }, use) => {
    const close = await openApp(context, page, service);
    await use(page);
    expect(close(), 'the page logged errors or reached for the network').toEqual([]);
  },

  openOfficer: async ({ browser, workDir }, use) => {
    const opened: { name: string; context: BrowserContext; service: ChapterService; close: () => string[] }[] = [];
    await use(async (name) => {
      const vaultsDir = join(workDir, `officer-${name.replace(/[^A-Za-z0-9]+/g, '-')}`, 'vaults');
      const service = createService({ vaultsDir });
      const context = await browser.newContext();
      // Registered before anything can fail, so the teardown below always closes it.
      const officer = { name, context, service, close: (): string[] => [] };
      opened.push(officer);
      const page = await context.newPage();
      officer.close = await openApp(context, page, service);
      return { page, service, vaultsDir };
    });
    const problems: string[] = [];
    for (const officer of opened) {
      problems.push(...officer.close().map((problem) => `${officer.name}: ${problem}`));
      await officer.context.close();
      officer.service.dispose();
    }
    expect(problems, "another officer's page logged errors or reached for the network").toEqual([]);
  },
});

/** Passes the strength check (four unrelated words). */
export const STRONG_PASSPHRASE = 'granite lantern orchard velvet';
export const OTHER_STRONG_PASSPHRASE = 'copper heron tundra mosaic';
/** Refused by the strength check for its length alone. */
export const SHORT_PASSPHRASE = 'abc123';

export interface NewVault {
  chapterName: string;
  officerName: string;
  passphrase: string;
}

export const RIVERSIDE: NewVault = {
  chapterName: 'Riverside Tenants Union',
  officerName: 'Ana Reyes',
  passphrase: STRONG_PASSPHRASE,
};

/** On the first run (no vault yet) the welcome screen comes first: go on to the create screen. */
export async function leaveWelcome(page: Page): Promise<void> {
  const welcome = page.getByRole('heading', { name: 'Welcome to Chapterhouse' });
  const create = page.getByRole('heading', { name: "Create your chapter's vault" });
  await expect(welcome.or(create)).toBeVisible();
  if (await welcome.isVisible()) await page.getByRole('button', { name: 'Create a vault' }).click();
  await expect(create).toBeVisible();
}

/** Fills in the create screen (reached from the welcome screen if need be) and submits it; leaves the page on the recovery code screen. */
export async function submitCreateVault(page: Page, vault: NewVault = RIVERSIDE): Promise<void> {
  await leaveWelcome(page);
  await page.getByLabel('Chapter name').fill(vault.chapterName);
  await page.getByLabel('Your name').fill(vault.officerName);
  await page.getByLabel('Passphrase', { exact: true }).fill(vault.passphrase);
  await page.getByLabel('Confirm passphrase').fill(vault.passphrase);
  const create = page.getByRole('button', { name: 'Create vault' });
  await expect(create).toBeEnabled();
  await create.click();
  await expect(page.getByRole('heading', { name: 'Write down your recovery code' })).toBeVisible();
}

/** Reads the recovery code off its screen, confirms it is written down and continues into the app. */
export async function acknowledgeRecoveryCode(page: Page): Promise<string> {
  const recoveryCode = (await page.getByTestId('recovery-code').textContent())?.trim() ?? '';
  expect(recoveryCode).toMatch(/^([0-9A-Z]{4}-){5}[0-9A-Z]{4}$/);
  await page.getByLabel('I have written down the recovery code').check();
  await page.getByRole('button', { name: 'Continue' }).click();
  return recoveryCode;
}

/** Creates a vault through the UI, from an empty vaults folder into the unlocked app. */
export async function createVaultThroughUi(page: Page, vault: NewVault = RIVERSIDE): Promise<{ recoveryCode: string }> {
  await submitCreateVault(page, vault);
  const recoveryCode = await acknowledgeRecoveryCode(page);
  await expectUnlocked(page, vault);
  return { recoveryCode };
}

export async function expectUnlocked(page: Page, vault: Pick<NewVault, 'chapterName'> = RIVERSIDE): Promise<void> {
  await expect(page.getByTestId('chapter-name')).toHaveText(vault.chapterName);
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
}

export async function expectLocked(page: Page): Promise<void> {
  await expect(page.getByRole('heading', { name: 'Unlock your vault' })).toBeVisible();
}

export async function lockThroughUi(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Lock' }).click();
  await expectLocked(page);
}

export async function unlockThroughUi(page: Page, passphrase: string, vault: Pick<NewVault, 'chapterName'> = RIVERSIDE): Promise<void> {
  await page.getByLabel('Passphrase', { exact: true }).fill(passphrase);
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expectUnlocked(page, vault);
}

/** The whole page's text: for asserting that something (the chapter's name) is gone from the DOM. */
export async function pageText(page: Page): Promise<string> {
  return page.locator('body').evaluate((body) => body.textContent ?? '');
}
