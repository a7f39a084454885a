/**
 * What Chapterhouse copies does not stay on the clipboard: 30 seconds later it is cleared, if
 * it is still what we put there (the officer may have copied something else since). Browsers
 * let a page touch the clipboard only while its window has the focus, so when the window is in
 * the background at that moment, the check waits for the window to come back.
 *
 * In shared/ (like the bridge) because it has no DOM types: the clipboard, the focus events and
 * the clock are handed in, so it runs and is tested under plain Node; the renderer's
 * ui/clipboard.ts wires it to the real window.
 */
export const CLEAR_AFTER_MS = 30_000;

export interface ClipboardPort {
  writeText(text: string): Promise<void>;
  readText(): Promise<string>;
}

export interface ClipboardGuardDeps {
  /** The async clipboard, when the page has one. */
  clipboard: ClipboardPort | undefined;
  /** The older copy command, for when the async clipboard refuses. */
  copyCommand(text: string): boolean;
  /** Where 'focus' fires when the window comes back. */
  focusEvents: {
    addEventListener(type: 'focus', listener: () => void): void;
    removeEventListener(type: 'focus', listener: () => void): void;
  };
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface ClipboardGuard {
  /** Copies `text`; true when it reached the clipboard. Clears it after CLEAR_AFTER_MS if still ours. */
  copy(text: string): Promise<boolean>;
  /** Clears now what we copied, if it is still there (on lock). */
  clearNow(): Promise<void>;
}

export function createClipboardGuard(deps: ClipboardGuardDeps): ClipboardGuard {
  let ours: string | null = null;
  let timer: unknown;
  let waitingForFocus = false;

  const stopWaiting = () => {
    if (timer !== undefined) deps.clearTimeout(timer);
    timer = undefined;
    if (waitingForFocus) deps.focusEvents.removeEventListener('focus', onFocus);
    waitingForFocus = false;
  };

  /** True when done (cleared, or no longer ours); false when the clipboard could not be reached. */
  async function clearIfOurs(): Promise<boolean> {
    if (ours === null || !deps.clipboard) return true;
    try {
      const current = await deps.clipboard.readText();
      if (current === ours) await deps.clipboard.writeText('');
      ours = null;
      return true;
    } catch {
      return false;
    }
  }

  async function onFocus(): Promise<void> {
    if (await clearIfOurs()) stopWaiting();
  }

  async function onTimer(): Promise<void> {
    timer = undefined;
    if (await clearIfOurs()) return;
    if (!waitingForFocus) {
      waitingForFocus = true;
      deps.focusEvents.addEventListener('focus', onFocus);
    }
  }

  return {
    async copy(text) {
      let copied = false;
      try {
        if (deps.clipboard) {
          await deps.clipboard.writeText(text);
          copied = true;
        }
      } catch {
        // Fall through to the copy command.
      }
      if (!copied) copied = deps.copyCommand(text);
      if (!copied) return false;
      stopWaiting();
      ours = text;
      timer = deps.setTimeout(() => void onTimer(), CLEAR_AFTER_MS);
      return true;
    },
    async clearNow() {
      if (await clearIfOurs()) stopWaiting();
    },
  };
}
