/**
 * The one implementation of "the built renderer in Chromium, wired to a real ChapterService",
 * shared by the e2e fixture (tests/e2e/harness.ts) and `npm run ui` (scripts/ui.ts):
 *
 * - serveRenderer: answers http://chapterhouse.test/** from out/renderer with page.route-style
 *   interception (no server); every other request is refused and reported.
 * - connectToService: `window.chapter` is built in the page by the same `buildChapterApi` as the
 *   preload, its invoke goes through `dispatch` (exactly what Electron's IPC handler returns),
 *   and the service's events are delivered to `chapter.on(...)` listeners.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';
import type { BrowserContext } from '@playwright/test';
import type { Envelope, EventName } from '../../../src/shared/contract';
import { CONTENT_SECURITY_POLICY } from '../../../src/shared/csp';
import { dispatch } from '../../../src/main/dispatch';
import type { ChapterService } from '../../../src/main/service';

const SUPPORT_DIR = fileURLToPath(new URL('.', import.meta.url));
export const REPO_ROOT = resolve(SUPPORT_DIR, '../../..');
/** CHAPTERHOUSE_OUT lets parallel work build and test its own copy of the app (see electron.vite.config.ts). */
export const RENDERER_DIR = join(resolve(REPO_ROOT, process.env.CHAPTERHOUSE_OUT ?? 'out'), 'renderer');

/** A made-up origin that only exists inside the browser context, so nothing can reach the network. */
export const APP_ORIGIN = 'http://chapterhouse.test';
export const APP_URL = `${APP_ORIGIN}/index.html`;

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

export function isRendererBuilt(): boolean {
  return existsSync(join(RENDERER_DIR, 'index.html'));
}

/** For the scripts (`npm run ui`, `npm run screenshots`): builds the app once if it is not built yet. */
export function buildRendererIfMissing(): void {
  if (isRendererBuilt()) return;
  console.log(`Building the renderer (${RENDERER_DIR})…`);
  const build = spawnSync('npx', ['electron-vite', 'build'], { cwd: REPO_ROOT, stdio: 'inherit' });
  if (build.status !== 0) throw new Error('The build failed; see above.');
}

export function assertRendererBuilt(): void {
  if (!isRendererBuilt()) {
    throw new Error(`The renderer is not built (${RENDERER_DIR} has no index.html). Run: npx electron-vite build`);
  }
}

/** The file under out/renderer that `url` names, or null when there is none (or it tries to leave the folder). */
function rendererFileFor(url: URL): string | null {
  const path = decodeURIComponent(url.pathname);
  const file = resolve(RENDERER_DIR, `.${path === '/' ? '/index.html' : path}`);
  if (!file.startsWith(RENDERER_DIR + sep)) return null;
  if (!existsSync(file) || !statSync(file).isFile()) return null;
  return file;
}

/**
 * Serves the built renderer at APP_ORIGIN. The app must make no other request: each one is
 * aborted and passed to `onForeignRequest`, so tests can fail on it.
 */
export async function serveRenderer(
  context: BrowserContext,
  onForeignRequest: (url: string) => void = () => undefined,
): Promise<void> {
  assertRendererBuilt();
  // Routes registered later win: this catch-all only sees what the app route below does not match.
  await context.route(
    (url) => url.origin !== APP_ORIGIN,
    async (route) => {
      onForeignRequest(route.request().url());
      await route.abort('blockedbyclient');
    },
  );
  await context.route(`${APP_ORIGIN}/**`, async (route) => {
    const file = rendererFileFor(new URL(route.request().url()));
    if (!file) {
      await route.fulfill({ status: 404, contentType: 'text/plain; charset=utf-8', body: 'Not found' });
      return;
    }
    await route.fulfill({
      status: 200,
      contentType: CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
      // The header Electron's session adds to every response, from the same constant.
      headers: { 'Content-Security-Policy': CONTENT_SECURITY_POLICY },
      body: readFileSync(file),
    });
  });
}

let bridgeScriptCache: string | undefined;

/** bridge-in-page.ts and everything it imports (the contract, zod) as one classic script. */
export function bridgeScript(): string {
  bridgeScriptCache ??= buildSync({
    entryPoints: [join(SUPPORT_DIR, 'bridge-in-page.ts')],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    write: false,
    logLevel: 'silent',
  }).outputFiles[0]!.text;
  return bridgeScriptCache;
}

/** What Electron's IPC layer answers to a frame other than the app's own page. */
const FORBIDDEN: Envelope<never> = {
  ok: false,
  error: { code: 'FORBIDDEN', message: 'This request did not come from the Chapterhouse window.' },
};

/** Like isTrustedFrame in src/main/electron/security.ts: only the app's top-level page may call. */
function isAppFrame(frameUrl: string, isMainFrame: boolean): boolean {
  if (!isMainFrame) return false;
  try {
    const url = new URL(frameUrl);
    return url.origin === APP_ORIGIN && url.pathname === new URL(APP_URL).pathname;
  } catch {
    return false;
  }
}

type EmitGlobals = { __chapterEmit: (event: EventName, payload: unknown) => void };

/**
 * Gives every page of `context` a `window.chapter` wired to `service`. Returns a function that
 * stops forwarding the service's events (call it before disposing of the service).
 */
export async function connectToService(context: BrowserContext, service: ChapterService): Promise<() => void> {
  await context.exposeBinding('__chapterInvoke', ({ frame, page }, channel: unknown, input: unknown) =>
    isAppFrame(frame.url(), frame === page.mainFrame()) ? dispatch(service, channel, input) : FORBIDDEN,
  );
  await context.addInitScript({ content: bridgeScript() });
  return service.on((event, payload) => {
    for (const page of context.pages()) {
      page
        .evaluate(([name, data]) => (globalThis as unknown as EmitGlobals).__chapterEmit(name, data), [event, payload] as const)
        // A page that is closing or between documents has no listener left to tell.
        .catch(() => undefined);
    }
  });
}
