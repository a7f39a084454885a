/**
 * What the page itself guarantees, in Chromium under the app's Content-Security-Policy (the
 * harness sends the header from src/shared/csp.ts, as Electron's session does, and index.html
 * carries the <meta> tag): no Node globals, no inline script or event handler, no javascript:
 * URLs, no network, and only the app's own top-level page can call the service.
 *
 * Denying new windows and navigation is Electron's job (setWindowOpenHandler, will-navigate in
 * src/main/electron/security.ts, tested with fakes in tests/unit/electron-security.test.ts);
 * here, where Chromium opens what it is asked to, the tests check that whatever opens or
 * navigates reaches no network and gets nothing from the service.
 *
 * These tests provoke CSP violations, which Chromium logs as console errors, so they open the
 * app themselves instead of using the `app` fixture (which fails on any console error).
 */
import type { Browser, Page } from '@playwright/test';
import { createService } from '../../src/main/service';
import { CONTENT_SECURITY_POLICY, META_CONTENT_SECURITY_POLICY } from '../../src/shared/csp';
import { APP_URL, connectToService, serveRenderer } from './support/page-bridge';
import { createVaultThroughUi, expect, test } from './harness';

interface Opened {
  page: Page;
  foreignRequests: string[];
  errors: string[];
  close: () => Promise<void>;
}

async function openApp(browser: Browser, vaultsDir: string): Promise<Opened> {
  const service = createService({ vaultsDir });
  const context = await browser.newContext();
  const foreignRequests: string[] = [];
  const errors: string[] = [];
  await serveRenderer(context, (url) => foreignRequests.push(url));
  const disconnect = await connectToService(context, service);
  const page = await context.newPage();
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(APP_URL);
  return {
    page,
    foreignRequests,
    errors,
    close: async () => {
      disconnect();
      await context.close();
      service.dispose();
    },
  };
}

/** Runs `code` in the page and collects the CSP violations it causes. */
async function violationsOf(page: Page, code: string): Promise<{ directives: string[]; flag: unknown }> {
  return page.evaluate(async (source) => {
    const page = globalThis as unknown as {
      addEventListener: (type: string, listener: (event: { effectiveDirective: string }) => void) => void;
      __xssRan?: unknown;
      setTimeout: (callback: () => void, ms: number) => void;
    };
    const directives: string[] = [];
    page.addEventListener('securitypolicyviolation', (event) => directives.push(event.effectiveDirective));
    // Playwright's evaluate is exempt from the page's eval rule, so the test's own code can run here.
    new Function(source)();
    // Violation events are queued as tasks; wait for a couple of them to be delivered.
    for (let i = 0; i < 5 && directives.length === 0; i++) await new Promise<void>((resolve) => page.setTimeout(resolve, 50));
    return { directives, flag: page.__xssRan };
  }, code);
}

test('no Node in the page, only window.chapter; served with the app policy as header and <meta>', async ({ browser, vaultsDir }) => {
  const opened = await openApp(browser, vaultsDir);
  try {
    const { page } = opened;
    const globals = await page.evaluate(() => {
      const scope = globalThis as unknown as Record<string, unknown>;
      return {
        process: typeof scope.process,
        require: typeof scope.require,
        module: typeof scope.module,
        Buffer: typeof scope.Buffer,
        chapter: Object.keys(scope.chapter as object).sort(),
      };
    });
    expect(globals).toMatchObject({ process: 'undefined', require: 'undefined', module: 'undefined', Buffer: 'undefined' });
    expect(globals.chapter).toContain('on');
    expect(globals.chapter).not.toContain('ipcRenderer');

    const response = await page.reload();
    expect(response?.headers()['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    const meta = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(meta).toBe(META_CONTENT_SECURITY_POLICY);
  } finally {
    await opened.close();
  }
});

test('an inline script, an inline event handler and a javascript: URL are all blocked by the CSP', async ({ browser, vaultsDir }) => {
  const opened = await openApp(browser, vaultsDir);
  try {
    const { page } = opened;
    await expect(page.getByRole('heading', { name: /Create|Welcome/ }).first()).toBeVisible();

    const inline = await violationsOf(
      page,
      `const s = document.createElement('script'); s.textContent = 'window.__xssRan = "inline script"'; document.body.append(s);`,
    );
    // Both policies (header and <meta>) report it.
    expect(inline.directives).toContain('script-src-elem');
    expect(inline.flag).toBeUndefined();

    const handler = await violationsOf(
      page,
      `const d = document.createElement('div'); d.innerHTML = '<img src="data:," onerror="window.__xssRan = 1">'; document.body.append(d);`,
    );
    expect(handler.directives).toContain('script-src-attr');
    expect(handler.flag).toBeUndefined();

    const url = await violationsOf(page, `const a = document.createElement('a'); a.href = 'javascript:window.__xssRan = 2'; document.body.append(a); a.click();`);
    expect(url.flag).toBeUndefined();
    expect(url.directives).toContain('script-src-elem');
  } finally {
    await opened.close();
  }
});

test('navigating away or opening a window reaches no network, and a popup cannot call the service', async ({ browser, vaultsDir }) => {
  const opened = await openApp(browser, vaultsDir);
  try {
    const { page } = opened;
    await createVaultThroughUi(page);

    const popupState = await page.evaluate(async () => {
      const scope = globalThis as unknown as { open: (url: string) => { chapter?: { app: { state: (input: object) => Promise<unknown> } } } | null };
      const popup = scope.open('about:blank');
      if (!popup) return 'no window';
      try {
        await popup.chapter?.app.state({});
        return 'answered';
      } catch (error) {
        return (error as { code?: string }).code ?? 'refused';
      }
    });
    expect(['no window', 'FORBIDDEN']).toContain(popupState);

    await page.evaluate(() => (globalThis as unknown as { open: (url: string) => unknown }).open('https://example.org/popup'));
    await expect.poll(() => opened.foreignRequests).toContain('https://example.org/popup');

    await page.evaluate(() => {
      (globalThis as unknown as { location: { href: string } }).location.href = 'https://example.org/away';
    });
    await expect.poll(() => opened.foreignRequests).toContain('https://example.org/away');
    // Refused before it left the machine: the harness aborts every request outside the app.
    expect(opened.foreignRequests.every((url) => url.startsWith('https://example.org/'))).toBe(true);
  } finally {
    await opened.close();
  }
});
