/**
 * Electron's side of the security checklist (src/main/electron/security.ts), with the electron
 * module replaced by recording fakes, since the runtime is not installed here: new windows
 * denied, navigation and webviews prevented, permissions refused but the clipboard, every
 * request outside the app's files cancelled, the CSP header on every response, and IPC answered
 * only for the app's own top-level frame.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../src/shared/csp';

// Fakes stand in for Electron objects of many shapes; their arguments are checked by the assertions.
type Handler = (...args: any[]) => unknown;
const recorded = vi.hoisted(() => ({
  session: {} as Record<string, (...args: any[]) => unknown>,
  switches: [] as string[][],
  sandboxed: false,
  paths: {} as Record<string, string>,
  spellchecker: [] as { session: string; enabled?: boolean; url?: string }[],
}));

vi.mock('electron', () => {
  const spell = (name: string) => ({
    setSpellCheckerEnabled: (enabled: boolean) => recorded.spellchecker.push({ session: name, enabled }),
    setSpellCheckerDictionaryDownloadURL: (url: string) => recorded.spellchecker.push({ session: name, url }),
  });
  const ephemeral = {
    ...spell('ephemeral'),
    setPermissionRequestHandler: (handler: Handler) => (recorded.session.permissionRequest = handler),
    setPermissionCheckHandler: (handler: Handler) => (recorded.session.permissionCheck = handler),
    webRequest: {
      onHeadersReceived: (handler: Handler) => (recorded.session.headers = handler),
      onBeforeRequest: (handler: Handler) => (recorded.session.request = handler),
    },
  };
  return {
    app: {
      enableSandbox: () => (recorded.sandboxed = true),
      commandLine: { appendSwitch: (...args: string[]) => recorded.switches.push(args) },
      getPath: (name: string) => `/home/officer/.config/Chapterhouse${name === 'userData' ? '' : `/${name}`}`,
      setPath: (name: string, path: string) => (recorded.paths[name] = path),
    },
    session: {
      fromPartition: (partition: string) => ((recorded.session.partition = (() => partition) as Handler), ephemeral),
      defaultSession: spell('default'),
    },
  };
});

const security = await import('../../src/main/electron/security');

function fakeWindow() {
  const listeners = new Map<string, Handler>();
  let openHandler: Handler | undefined;
  return {
    webContents: {
      on: (event: string, listener: Handler) => listeners.set(event, listener),
      setWindowOpenHandler: (handler: Handler) => (openHandler = handler),
    },
    fire(event: string) {
      const prevented = { value: false };
      listeners.get(event)?.({ preventDefault: () => (prevented.value = true) }, 'https://example.org/');
      return prevented.value;
    },
    open: (url: string) => openHandler?.({ url }),
  };
}

describe('the Electron window and session', () => {
  beforeEach(() => {
    recorded.session = {};
  });

  it('denies new windows and prevents navigation, redirects and webviews', () => {
    const window = fakeWindow();
    security.lockDownWindow(window as never);
    expect(window.open('https://example.org/')).toEqual({ action: 'deny' });
    expect(window.open('file:///app/index.html')).toEqual({ action: 'deny' });
    for (const event of ['will-navigate', 'will-redirect', 'will-attach-webview']) expect(window.fire(event), event).toBe(true);
  });

  it('sandboxes every renderer and caches nothing on disk', () => {
    security.hardenProcess();
    expect(recorded.sandboxed).toBe(true);
    expect(recorded.switches).toContainEqual(['disk-cache-size', '0']);
  });

  it('writes no crash dumps, and points their folder away from the vaults', () => {
    security.hardenProcess();
    expect(recorded.switches).toContainEqual(['disable-crash-reporter']);
    expect(recorded.switches).toContainEqual(['disable-breakpad']);
    expect(recorded.paths.crashDumps).toBe(`/home/officer/.config/Chapterhouse/${security.CRASH_DUMPS_FOLDER}`);
    expect(recorded.paths.crashDumps).not.toContain('vaults');
  });

  it('turns the spellchecker off on every session, with a dictionary URL that leads nowhere', () => {
    security.createEphemeralSession();
    for (const name of ['ephemeral', 'default']) {
      expect(recorded.spellchecker).toContainEqual({ session: name, enabled: false });
      expect(recorded.spellchecker).toContainEqual({ session: name, url: 'http://0.0.0.0/' });
    }
  });

  it('honours CHAPTERHOUSE_NATIVE_BINDING only when the app is not packaged', () => {
    const env = { CHAPTERHOUSE_NATIVE_BINDING: '/tmp/evil.node' };
    expect(security.nativeBindingOverride(env, true)).toBeUndefined();
    expect(security.nativeBindingOverride(env, false)).toBe('/tmp/evil.node');
    expect(security.nativeBindingOverride({}, false)).toBeUndefined();
  });

  it('uses an in-memory session that refuses every permission except the clipboard', () => {
    security.createEphemeralSession();
    expect(recorded.session.partition!()).not.toMatch(/^persist:/);
    const answer = (permission: string) => {
      let granted: boolean | undefined;
      recorded.session.permissionRequest!(null, permission, (value: boolean) => (granted = value));
      expect(recorded.session.permissionCheck!(null, permission)).toBe(granted);
      return granted;
    };
    for (const permission of ['media', 'geolocation', 'notifications', 'openExternal', 'fullscreen', 'pointerLock', 'midi', 'hid', 'serial', 'usb']) {
      expect(answer(permission), permission).toBe(false);
    }
    expect(answer('clipboard-sanitized-write')).toBe(true);
    expect(answer('clipboard-read')).toBe(true);
  });

  it('cancels every request that is not one of the app files, and sets the CSP header on every response', () => {
    security.createEphemeralSession();
    const cancelled = (url: string) => {
      let result: { cancel: boolean } | undefined;
      recorded.session.request!({ url }, (value: { cancel: boolean }) => (result = value));
      return result?.cancel;
    };
    expect(cancelled('file:///opt/Chapterhouse/resources/app.asar/out/renderer/index.html')).toBe(false);
    expect(cancelled('blob:file:///4f6c')).toBe(false);
    for (const url of ['https://example.org/', 'http://127.0.0.1:9222/json', 'ws://localhost/', 'data:text/html,hi', 'ftp://x/']) {
      expect(cancelled(url), url).toBe(true);
    }
    let headers: Record<string, string[]> = {};
    recorded.session.headers!({ responseHeaders: { 'Content-Type': ['text/html'] } }, (value: { responseHeaders: Record<string, string[]> }) => (headers = value.responseHeaders));
    expect(headers['Content-Security-Policy']).toEqual([CONTENT_SECURITY_POLICY]);
    expect(headers['Content-Type']).toEqual(['text/html']);
  });

  it("answers IPC only for the app's own top-level page", () => {
    const app = 'file:///opt/Chapterhouse/resources/app.asar/out/renderer/index.html';
    const frame = (url: string, parent: object | null = null) => ({ url, parent }) as never;
    expect(security.isTrustedFrame(frame(app), app)).toBe(true);
    expect(security.isTrustedFrame(frame(`${app}#/roll`), app)).toBe(true);
    expect(security.isTrustedFrame(frame(app, {}), app)).toBe(false);
    expect(security.isTrustedFrame(frame('file:///tmp/evil.html'), app)).toBe(false);
    expect(security.isTrustedFrame(frame('https://example.org/index.html'), app)).toBe(false);
    expect(security.isTrustedFrame(null, app)).toBe(false);
    expect(security.isTrustedFrame(frame('not a url'), app)).toBe(false);
  });
});
