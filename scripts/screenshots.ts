/**
 * `npm run screenshots` — the README's pictures, taken from the real UI over the demo vault.
 *
 * The same wiring as the e2e tests and `npm run ui` (tests/e2e/support/page-bridge.ts): the built
 * renderer in Debian's Chromium, `window.chapter` bridged to a real ChapterService over a demo
 * vault of synthetic people. The date is fixed, so re-running it changes a picture only when
 * the screen itself changed.
 *
 * Writes docs/screenshots/*.png. Run `npx electron-vite build` first if the renderer is stale.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { DEMO_CHAPTER, createDemoVault } from '../src/main/demo/demo-vault';
import { dispatch } from '../src/main/dispatch';
import { createService, type ChapterService } from '../src/main/service';
import { chromiumLaunchOptions } from '../tests/e2e/support/chromium';
import { APP_URL, REPO_ROOT, buildRendererIfMissing, connectToService, serveRenderer } from '../tests/e2e/support/page-bridge';

const OUT_DIR = join(REPO_ROOT, 'docs/screenshots');
const PASSPHRASE = 'demo passphrase for screenshots';
/** A fixed "today", so dues standing and meeting dates look the same on every run. */
const TODAY = new Date('2026-11-20T18:00:00Z');
const VIEWPORT = { width: 1280, height: 800 };

async function call(service: ChapterService, channel: string, input: unknown): Promise<unknown> {
  const result = await dispatch(service, channel as never, input);
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
  return result.value;
}

async function shoot(page: Page, name: string): Promise<void> {
  // Let virtualized lists and fonts settle on their final layout before the picture.
  await page.evaluate(() => (globalThis as unknown as { document: { fonts: { ready: Promise<unknown> } } }).document.fonts.ready);
  await page.screenshot({ path: join(OUT_DIR, `${name}.png`) });
  console.log(`  docs/screenshots/${name}.png`);
}

/** Nav items by their position, so the same steps work in every language. */
async function goTo(page: Page, index: number): Promise<void> {
  await page.getByRole('navigation').first().getByRole('button').nth(index).click();
}

async function main(): Promise<void> {
  buildRendererIfMissing();
  mkdirSync(OUT_DIR, { recursive: true });
  const workDir = mkdtempSync(join(tmpdir(), 'chapterhouse-screenshots-'));
  const vaultsDir = join(workDir, 'vaults');
  mkdirSync(vaultsDir);
  const now = () => TODAY;
  console.log('Creating the demo vault…');
  const { vault } = await createDemoVault(join(vaultsDir, 'riverside'), PASSPHRASE, { members: 500, now });
  vault.close();

  const service = createService({ vaultsDir, now });
  const browser = await chromium.launch(chromiumLaunchOptions);
  try {
    const context = await browser.newContext({ viewport: VIEWPORT, locale: 'en-US', timezoneId: 'UTC' });
    await serveRenderer(context, (url) => console.warn(`Blocked a request outside the app: ${url}`));
    const disconnect = await connectToService(context, service);
    const page = await context.newPage();
    await page.goto(APP_URL);

    await page.getByLabel('Passphrase', { exact: true }).waitFor();
    await shoot(page, 'unlock');
    await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
    await page.keyboard.press('Enter');
    await page.getByTestId('chapter-name').filter({ hasText: DEMO_CHAPTER.chapterName }).waitFor();

    await page.getByRole('grid').getByRole('row').nth(5).waitFor();
    await shoot(page, 'roll');
    await page.getByRole('grid').getByRole('row').nth(3).click();
    await page.getByRole('complementary').first().waitFor();
    await shoot(page, 'member');
    await page.keyboard.press('Escape');

    await goTo(page, 1);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await shoot(page, 'meetings');
    const meetings = (await call(service, 'meetings:list', {})) as { id: string; status: string }[];
    const draft = meetings.find((meeting) => meeting.status === 'draft');
    if (draft) {
      await page.locator(`[data-meeting-id="${draft.id}"]`).click();
      await page.getByRole('heading', { level: 1 }).waitFor();
      await shoot(page, 'meeting');
    }

    await goTo(page, 2);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await shoot(page, 'officers');
    await goTo(page, 3);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await shoot(page, 'settings');

    await call(service, 'app:setLanguage', { language: 'es' });
    await page.reload();
    await page.getByRole('grid').getByRole('row').nth(5).waitFor();
    await shoot(page, 'roll-es');
    await call(service, 'app:setLanguage', { language: 'en' });
    disconnect();
  } finally {
    service.dispose();
    await browser.close();
    rmSync(workDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
