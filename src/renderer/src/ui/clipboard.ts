/**
 * Copies text for the officer, and takes it off the clipboard again after 30 seconds (see
 * ./clipboard-guard.ts). The async clipboard API needs a secure context and, in Electron, the
 * permissions main grants to the app's own page; the older copy command only needs the click
 * that asked for it.
 */
import { createClipboardGuard, type ClipboardGuard } from '../../../shared/clipboard-guard';

function copyCommand(text: string): boolean {
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  area.style.pointerEvents = 'none';
  const active = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  // Inside an open modal dialog the rest of the page is inert: put the helper where focus is.
  (active?.closest('dialog') ?? document.body).append(area);
  area.select();
  let copied = false;
  try {
    copied = document.execCommand('copy');
  } catch {
    copied = false;
  }
  area.remove();
  active?.focus();
  return copied;
}

let guard: ClipboardGuard | undefined;

function windowGuard(): ClipboardGuard {
  guard ??= createClipboardGuard({
    clipboard: navigator.clipboard,
    copyCommand,
    focusEvents: window,
    setTimeout: (callback, ms) => window.setTimeout(callback, ms),
    clearTimeout: (handle) => window.clearTimeout(handle as number),
  });
  // Locking drops everything the window showed; what was copied from it goes too.
  const current = guard;
  window.chapter.on('vault:locked', () => void current.clearNow());
  return guard;
}

/** Copies `text`; true when it reached the clipboard. Cleared 30 s later if it is still ours. */
export function copyText(text: string): Promise<boolean> {
  return windowGuard().copy(text);
}

