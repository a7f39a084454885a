/**
 * Electron's security checklist, applied in one place: a sandboxed, isolated renderer with no
 * Node, an in-memory session, every permission refused, no navigation, no new windows, no
 * webviews, and a strict Content-Security-Policy on every response.
 */
import { app, session, type BrowserWindow, type Session, type WebFrameMain } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../../shared/csp';

const CLIPBOARD_PERMISSIONS: ReadonlySet<string> = new Set(['clipboard-sanitized-write', 'clipboard-read']);

/** Before `ready`: every renderer sandboxed, and nothing cached to disk. */
export function hardenProcess(): void {
  app.enableSandbox();
  app.commandLine.appendSwitch('disk-cache-size', '0');
}

/** A partition without the `persist:` prefix lives in memory only: no cookies, cache or storage on disk. */
export function createEphemeralSession(): Session {
  const ephemeral = session.fromPartition('chapterhouse-ephemeral', { cache: false });
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
