/** Copied text leaves the clipboard after 30 s if it is still ours; driven by fake timers. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CLEAR_AFTER_MS, createClipboardGuard, type ClipboardGuardDeps } from '../../src/shared/clipboard-guard';

function fakes() {
  const state = { text: 'what the officer had before', focused: true, canRead: true };
  const focusListeners = new Set<() => void>();
  const clipboard = {
    writeText: vi.fn(async (text: string) => {
      if (!state.focused) throw new Error('Document is not focused.');
      state.text = text;
    }),
    readText: vi.fn(async () => {
      if (!state.focused || !state.canRead) throw new Error('Document is not focused.');
      return state.text;
    }),
  };
  const deps: ClipboardGuardDeps = {
    clipboard,
    copyCommand: vi.fn(() => false),
    focusEvents: {
      addEventListener: (_type, listener) => focusListeners.add(listener),
      removeEventListener: (_type, listener) => focusListeners.delete(listener),
    },
    setTimeout: (callback, ms) => setTimeout(callback, ms),
    clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
  };
  const focus = async () => {
    state.focused = true;
    for (const listener of [...focusListeners]) listener();
    await vi.runAllTimersAsync();
  };
  return { state, clipboard, deps, focus, focusListeners };
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('the clipboard guard', () => {
  it('clears what it copied after 30 seconds, not before', async () => {
    const { state, deps } = fakes();
    const guard = createClipboardGuard(deps);
    expect(await guard.copy('+1 555 123 4567')).toBe(true);
    expect(state.text).toBe('+1 555 123 4567');
    await vi.advanceTimersByTimeAsync(CLEAR_AFTER_MS - 1);
    expect(state.text).toBe('+1 555 123 4567');
    await vi.advanceTimersByTimeAsync(1);
    expect(state.text).toBe('');
    expect(CLEAR_AFTER_MS).toBe(30_000);
  });

  it('leaves the clipboard alone when the officer copied something else since', async () => {
    const { state, deps, clipboard } = fakes();
    const guard = createClipboardGuard(deps);
    await guard.copy('ana@example.org');
    state.text = 'copied in another app';
    await vi.advanceTimersByTimeAsync(CLEAR_AFTER_MS);
    expect(state.text).toBe('copied in another app');
    expect(clipboard.writeText).toHaveBeenCalledTimes(1);
  });

  it('a second copy restarts the 30 seconds and only the latest text is cleared', async () => {
    const { state, deps } = fakes();
    const guard = createClipboardGuard(deps);
    await guard.copy('first');
    await vi.advanceTimersByTimeAsync(20_000);
    await guard.copy('second');
    await vi.advanceTimersByTimeAsync(20_000);
    expect(state.text).toBe('second');
    await vi.advanceTimersByTimeAsync(10_000);
    expect(state.text).toBe('');
  });

  it('when the window is in the background at 30 s, clears as soon as it comes back', async () => {
    const { state, deps, focus, focusListeners } = fakes();
    const guard = createClipboardGuard(deps);
    await guard.copy('12 Maple Court, apt 4');
    state.focused = false;
    await vi.advanceTimersByTimeAsync(CLEAR_AFTER_MS * 3);
    expect(state.text).toBe('12 Maple Court, apt 4');
    expect(focusListeners.size).toBe(1);
    await focus();
    expect(state.text).toBe('');
    expect(focusListeners.size).toBe(0);
  });

  it('clears at once when asked (on lock), and then not again', async () => {
    const { state, deps, clipboard } = fakes();
    const guard = createClipboardGuard(deps);
    await guard.copy('Bo Li');
    await guard.clearNow();
    expect(state.text).toBe('');
    state.text = 'later, from elsewhere';
    await vi.advanceTimersByTimeAsync(CLEAR_AFTER_MS);
    expect(state.text).toBe('later, from elsewhere');
    expect(clipboard.writeText).toHaveBeenCalledTimes(2);
  });

  it('falls back to the copy command, and says so when nothing could copy', async () => {
    const { deps } = fakes();
    const copyCommand = vi.fn(() => true);
    const guard = createClipboardGuard({ ...deps, clipboard: undefined, copyCommand });
    expect(await guard.copy('x')).toBe(true);
    expect(copyCommand).toHaveBeenCalledWith('x');
    const none = createClipboardGuard({ ...deps, clipboard: undefined, copyCommand: () => false });
    expect(await none.copy('x')).toBe(false);
  });
});
