/**
 * `npm run ui -- [--vault DIR] [--demo] [--headed] [--cdp PORT]`
 *
 * Opens the real UI in Debian's Chromium, wired to the real service, for anyone without the
 * Electron runtime: to try it, to take screenshots, or to drive it from another Playwright
 * process over CDP. It is the e2e harness's wiring (tests/e2e/support/page-bridge.ts), so what
 * a person sees here is what the tests see.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { DEMO_CHAPTER, createDemoVault } from '../src/main/demo/demo-vault';
import { dispatch } from '../src/main/dispatch';
import { createService } from '../src/main/service';
import { isVaultDir } from '../src/main/vault/vault';
import { chromiumLaunchOptions } from '../tests/e2e/support/chromium';
import { APP_URL, buildRendererIfMissing, connectToService, serveRenderer } from '../tests/e2e/support/page-bridge';

const USAGE = `Usage: npm run ui -- [--vault DIR] [--demo] [--headed] [--cdp PORT]

  --vault DIR   a vault folder to offer, or a folder of vaults (default: a fresh temp folder)
  --demo        if there is no vault yet, create a demo vault and print its passphrase
  --headed      show the browser window (the default when DISPLAY is set)
  --cdp PORT    let another Playwright process connect: chromium.connectOverCDP('http://127.0.0.1:PORT')`;

/** Printed for the person running the demo; the demo vault holds only synthetic people. */
const DEMO_PASSPHRASE = 'demo passphrase for riverside';

function usageError(message: string): never {
  console.error(`${message}\n\n${USAGE}`);
  process.exit(2);
}

function readOptions() {
  try {
    const { values } = parseArgs({
      options: {
        vault: { type: 'string' },
        demo: { type: 'boolean', default: false },
        headed: { type: 'boolean', default: false },
        cdp: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
      strict: true,
      allowPositionals: false,
    });
    if (values.help) {
      console.log(USAGE);
      process.exit(0);
    }
    const cdpPort = values.cdp === undefined ? null : Number(values.cdp);
    if (cdpPort !== null && !(Number.isInteger(cdpPort) && cdpPort > 0 && cdpPort < 65536)) {
      usageError(`--cdp needs a port number, not "${values.cdp}".`);
    }
    return {
      vault: values.vault === undefined ? null : resolve(values.vault),
      demo: values.demo,
      headed: values.headed || Boolean(process.env.DISPLAY),
      cdpPort,
    };
  } catch (error) {
    usageError((error as Error).message);
  }
}

/** Where vaults are listed and created: `--vault DIR` as given, or a temp folder removed on exit. */
function chooseVaultFolders(vault: string | null): { vaultsDir: string; extraVaults: string[]; temporary: string | null } {
  if (vault && isVaultDir(vault)) {
    // One vault folder: offer it; anything created now goes to a temp folder beside it in the list.
    const temporary = mkdtempSync(resolve(tmpdir(), 'chapterhouse-ui-'));
    return { vaultsDir: temporary, extraVaults: [vault], temporary };
  }
  if (vault) {
    mkdirSync(vault, { recursive: true });
    return { vaultsDir: vault, extraVaults: [], temporary: null };
  }
  const temporary = mkdtempSync(resolve(tmpdir(), 'chapterhouse-ui-'));
  return { vaultsDir: temporary, extraVaults: [], temporary };
}

async function devtoolsEndpoint(port: number): Promise<string> {
  const response = await fetch(`http://127.0.0.1:${port}/json/version`);
  const { webSocketDebuggerUrl } = (await response.json()) as { webSocketDebuggerUrl: string };
  return webSocketDebuggerUrl;
}

async function main(): Promise<void> {
  const options = readOptions();

  buildRendererIfMissing();

  const folders = chooseVaultFolders(options.vault);
  const service = createService({ vaultsDir: folders.vaultsDir, extraVaults: folders.extraVaults });

  if (options.demo) {
    const state = await dispatch(service, 'app:state', {});
    if (state.ok && (state.value as { vaults: unknown[] }).vaults.length === 0) {
      console.log('Creating the demo vault (500 synthetic members)…');
      const { vault } = await createDemoVault(join(folders.vaultsDir, 'demo'), DEMO_PASSPHRASE, { members: 500 });
      // The person unlocks it themselves, as they would in the app.
      vault.close();
      console.log(`Demo vault "${DEMO_CHAPTER.chapterName}" created. Passphrase: ${DEMO_PASSPHRASE}`);
    } else {
      console.log(`--demo: a vault already exists; the demo passphrase, if it is the demo vault: ${DEMO_PASSPHRASE}`);
    }
  }

  const browser = await chromium.launch({
    ...chromiumLaunchOptions,
    headless: !options.headed,
    args: [
      ...(chromiumLaunchOptions.args ?? []),
      ...(options.cdpPort ? [`--remote-debugging-port=${options.cdpPort}`] : []),
      ...(options.headed ? ['--window-size=1200,800'] : []),
    ],
  });
  // Headed, the page follows the window's size; headless, it gets the app window's default size.
  const context = await browser.newContext({ viewport: options.headed ? null : { width: 1200, height: 800 } });
  await serveRenderer(context, (url) => console.warn(`Blocked a request outside the app: ${url}`));
  const disconnect = await connectToService(context, service);
  const page = await context.newPage();
  await page.goto(APP_URL);

  console.log(`Chapterhouse is open (${options.headed ? 'headed' : 'headless'}) at ${APP_URL}`);
  console.log(`New vaults go to ${folders.vaultsDir}${folders.temporary ? ' (temporary: removed on exit)' : ''}`);
  for (const vault of folders.extraVaults) console.log(`Also offered: ${vault}`);
  if (options.cdpPort) {
    console.log(`CDP endpoint: ${await devtoolsEndpoint(options.cdpPort)}`);
    console.log(`  connect with chromium.connectOverCDP('http://127.0.0.1:${options.cdpPort}'); the app is contexts()[0].pages()[0]`);
    console.log('  (browser.close() there only disconnects; Chapterhouse keeps running.)');
  } else if (!options.headed) {
    console.log('Headless: pass --cdp PORT to drive it from another process, or --headed to see it.');
  }
  console.log('Press Ctrl+C to stop.');

  let stopping = false;
  const stop = async (why: string): Promise<void> => {
    if (stopping) return;
    stopping = true;
    console.log(`\nStopping (${why}): locking the vault.`);
    disconnect();
    service.dispose();
    await browser.close().catch(() => undefined);
    if (folders.temporary) rmSync(folders.temporary, { recursive: true, force: true });
    process.exit(0);
  };
  process.once('SIGINT', () => void stop('Ctrl+C'));
  process.once('SIGTERM', () => void stop('terminated'));
  browser.once('disconnected', () => void stop('browser closed'));
  page.once('close', () => void stop('window closed'));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
