import { useEffect, useRef } from 'react';
import type { SavedView } from '../../../shared/roll';

/**
 * Requests from the command palette (or a shortcut) to whichever page can carry them out. The
 * shell navigates first; the page may mount only afterwards, so a request nobody listens to yet
 * waits for its first listener. Pages subscribe with `useAppCommand`, e.g. the Meetings page:
 * `useAppCommand('new-meeting', () => setDialog('new'))`.
 */
export interface AppCommands {
  'search-members': undefined;
  'new-member': undefined;
  'new-meeting': undefined;
  'apply-view': SavedView;
  /** Open one member's panel (the palette found them by name). */
  'open-member': { id: string };
  /** An export file opened from the file manager, as main handed it over. */
  'open-export': { fileName: string; contentBase64: string };
}
export type AppCommandName = keyof AppCommands;

type Listener<C extends AppCommandName> = (payload: AppCommands[C]) => void;

const listeners = new Map<AppCommandName, Set<Listener<never>>>();
const waiting = new Map<AppCommandName, unknown>();

export function requestCommand<C extends AppCommandName>(
  ...[command, payload]: AppCommands[C] extends undefined ? [C] : [C, AppCommands[C]]
): void {
  const current = listeners.get(command);
  if (current && current.size > 0) {
    for (const listener of current) (listener as Listener<C>)(payload as AppCommands[C]);
  } else {
    waiting.set(command, payload);
  }
}

/** Runs `handler` for each request of `command`, and once on mount for a request that was waiting. */
export function useAppCommand<C extends AppCommandName>(command: C, handler: Listener<C>): void {
  const latest = useRef(handler);
  latest.current = handler;
  useEffect(() => {
    const listener: Listener<C> = (payload) => latest.current(payload);
    let set = listeners.get(command);
    if (!set) listeners.set(command, (set = new Set()));
    set.add(listener as Listener<never>);
    if (waiting.has(command)) {
      const payload = waiting.get(command) as AppCommands[C];
      waiting.delete(command);
      listener(payload);
    }
    return () => {
      set.delete(listener as Listener<never>);
    };
  }, [command]);
}

/** Drops requests nobody took (e.g. the vault locked before the page mounted). */
export function forgetWaitingCommands(): void {
  waiting.clear();
}
