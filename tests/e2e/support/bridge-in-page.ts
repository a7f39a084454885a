/**
 * Runs inside the page (bundled by esbuild, injected with addInitScript before any page
 * script): builds `window.chapter` with the same `buildChapterApi` the preload uses, wired to
 * the harness instead of Electron IPC.
 *
 * - invoke: `__chapterInvoke`, a Playwright binding that calls `dispatch(service, …)` in Node.
 * - events: the harness calls `__chapterEmit(name, payload)` for every service event.
 *
 * This file is compiled in the Node tsconfig project, so it speaks of the page as `globalThis`.
 */
import { buildChapterApi, type Invoke } from '../../../src/shared/bridge';
import type { EventName } from '../../../src/shared/contract';

type Listener = (payload: unknown) => void;
type PageGlobals = { __chapterInvoke: Invoke };

const page = globalThis as unknown as PageGlobals;
const listeners = new Map<EventName, Set<Listener>>();

function emit(event: EventName, payload: unknown): void {
  for (const listener of [...(listeners.get(event) ?? [])]) {
    try {
      listener(payload);
    } catch (error) {
      // Like an IPC listener: one failing listener must not stop the others, but it must be seen.
      queueMicrotask(() => {
        throw error;
      });
    }
  }
}

const api = buildChapterApi(
  // Looked up on each call: the binding is installed by Playwright, not by this script.
  (channel, input) => page.__chapterInvoke(channel, input),
  (event, listener) => {
    const set = listeners.get(event) ?? new Set<Listener>();
    listeners.set(event, set);
    set.add(listener);
    return () => set.delete(listener);
  },
);

/** Frozen all the way down, like the copy contextBridge hands to the page. */
function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

Object.defineProperty(globalThis, 'chapter', {
  value: deepFreeze(api),
  writable: false,
  configurable: false,
  enumerable: true,
});
Object.defineProperty(globalThis, '__chapterEmit', {
  value: emit,
  writable: false,
  configurable: false,
  enumerable: false,
});
