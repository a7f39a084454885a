/**
 * Electron's security checklist, applied in one place: a sandboxed, isolated renderer with no
 * Node, an in-memory session, every permission refused, no navigation, no new windows, no
 * webviews, and a strict Content-Security-Policy on every response.
 */
import { join } from 'node:path';
import { app, session, type BrowserWindow, type Session, type WebFrameMain } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../../shared/csp';

const CLIPBOARD_PERMISSIONS: ReadonlySet<string> = new Set(['clipboard-sanitized-write', 'clipboard-read']);

/** Where crash dumps would go: a folder of its own in the app's data, never a vault folder. */
export const CRASH_DUMPS_FOLDER = 'crash-dumps-disabled';

/**
 * Before `ready`: every renderer sandboxed, nothing cached to disk, and no crash dumps. A dump
 * of the main process holds whatever was in memory (decrypted members, keys): the crash
 * reporter is off, and the dump folder is pointed away from the vaults all the same.
 */
export function hardenProcess(): void {
  app.enableSandbox();
  app.commandLine.appendSwitch('disk-cache-size', '0');
  app.commandLine.appendSwitch('disable-crash-reporter');
  app.commandLine.appendSwitch('disable-breakpad');
  app.setPath('crashDumps', join(app.getPath('userData'), CRASH_DUMPS_FOLDER));
}

/**
 * The native SQLite addon to load instead of the bundled one: honoured only in a development
 * run. In the packaged app an environment variable must not be able to swap the code that
 * holds the vault's key.
 */
export function nativeBindingOverride(env: NodeJS.ProcessEnv, isPackaged: boolean): string | undefined {
  return isPackaged ? undefined : env.CHAPTERHOUSE_NATIVE_BINDING || undefined;
}

/**
 * The spellchecker sends words to a dictionary service and keeps a custom dictionary on disk:
 * off on every session, and its download URL pointed at an address that answers nothing.
 */
export function disableSpellchecker(target: Session): void {
  target.setSpellCheckerEnabled(false);
  target.setSpellCheckerDictionaryDownloadURL('http://0.0.0.0/');
}

/** A partition without the `persist:` prefix lives in memory only: no cookies, cache or storage on disk. */
export function createEphemeralSession(): Session {
  const ephemeral = session.fromPartition('chapterhouse-ephemeral', { cache: false });
  disableSpellchecker(ephemeral);
  disableSpellchecker(session.defaultSession);
  // Everything is refused except the clipboard: writing what the officer copies, and reading it
  // back 30 s later to clear it only if it is still ours (ui/clipboard-guard.ts). Only the app's
  // own code runs in this page (no remote content, no inline script), and it cannot reach a network.
  ephemeral.setPermissionRequestHandler((_webContents, permission, callback) => callback(CLIPBOARD_PERMISSIONS.has(permission)));
  ephemeral.setPermissionCheckHandler((_webContents, permission) => CLIPBOARD_PERMISSIONS.has(permission));
  ephemeral.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] },
    });
  });
  // The app never talks to the network; anything but its own files is refused.
  ephemeral.webRequest.onBeforeRequest((details, callback) => {
    // blob: carries files the page builds itself (a CSV or PDF the officer saves).
    const allowed = ['file://', 'devtools://', 'blob:'].some((scheme) => details.url.startsWith(scheme));
    callback({ cancel: !allowed });
  });
  return ephemeral;
}

export function lockDownWindow(window: BrowserWindow): void {
  const contents = window.webContents;
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

/** IPC is answered only for the app's own top-level page. */
export function isTrustedFrame(frame: WebFrameMain | null, rendererUrl: string): boolean {
  if (!frame || frame.parent !== null) return false;
  try {
    const url = new URL(frame.url);
    const expected = new URL(rendererUrl);
    return url.protocol === expected.protocol && url.host === expected.host && url.pathname === expected.pathname;
  } catch {
    return false;
  }
}
