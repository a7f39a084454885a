/**
 * The renderer's one way to read through `window.chapter`: a cache keyed by channel and input,
 * kept fresh by main's change events (roll:changed, meetings:changed, officers:changed; see
 * src/main/changes.ts) instead of version counters threaded by hand and a re-read after every save.
 *
 * - `useChapterData('roll:get', { id })` reads once, shares the answer with every component that
 *   asks the same question, and reads again when main says the roll changed (for an input with an
 *   `id`, only when that id is among the ones changed). An answer that arrives after a newer read
 *   began is dropped.
 * - `{ onDemand: true }` for costly reads (a pass over the whole roll): read when `want()` is
 *   called, and after a change only when wanted again.
 * - `update(fn)` puts a write's answer into the cache at once (e.g. the member a save returned),
 *   so the screen does not wait for the refresh to show it.
 * - `useChapterChanges('roll:changed', fn)` for data that is not one read (the roll's pages).
 *
 * The cache lives in ChapterDataProvider's state, under the unlocked shell: locking unmounts it,
 * and everything it held goes with it.
 */
import { createContext, useCallback, useContext, useEffect, useState, useSyncExternalStore, type ReactNode } from 'react';
import type { ChangeEvent, ChannelInput, ChannelName, ChannelOutput } from '../../../shared/contract';
import { errorMessage } from './errors';

const CHANGE_EVENTS: readonly ChangeEvent[] = ['roll:changed', 'meetings:changed', 'officers:changed'];

/** Which reads each change makes stale: the channels of that group. */
const STALE_AFTER: Record<ChangeEvent, (channel: ChannelName) => boolean> = {
  'roll:changed': (channel) => channel.startsWith('roll:'),
  'meetings:changed': (channel) => channel.startsWith('meetings:'),
  // This officer's own card does not change with the officers they know.
  'officers:changed': (channel) => channel.startsWith('officers:') && channel !== 'officers:card',
};

export interface ChapterRead<T> {
  /** The latest answer; kept on screen while a refresh is on its way. */
  data: T | undefined;
  /** The officer-facing sentence for a failed read, until a read succeeds. */
  error: string | null;
}

interface Entry {
  channel: ChannelName;
  input: unknown;
  snapshot: ChapterRead<unknown>;
  /** Changed since the last answer: read again when next wanted. */
  stale: boolean;
  /** Bumped by every read, so only the newest answer lands. */
  generation: number;
  inFlight: boolean;
  listeners: Set<() => void>;
}

type Read = (channel: ChannelName, input: unknown) => Promise<unknown>;

function readThroughBridge(channel: ChannelName, input: unknown): Promise<unknown> {
  const [group, method] = channel.split(':') as [string, string];
  const api = window.chapter as unknown as Record<string, Record<string, (input: unknown) => Promise<unknown>>>;
  return api[group]![method]!(input);
}

export class ChapterCache {
  private readonly entries = new Map<string, Entry>();
  private readonly changeListeners = new Set<(event: ChangeEvent, ids: string[] | null) => void>();

  constructor(private readonly read: Read = readThroughBridge) {}

  static key(channel: ChannelName, input: unknown): string {
    return `${channel} ${JSON.stringify(input)}`;
  }

  entry(channel: ChannelName, input: unknown): Entry {
    const key = ChapterCache.key(channel, input);
    let entry = this.entries.get(key);
    if (!entry) {
      entry = { channel, input, snapshot: { data: undefined, error: null }, stale: true, generation: 0, inFlight: false, listeners: new Set() };
      this.entries.set(key, entry);
    }
    return entry;
  }

  subscribe(entry: Entry, listener: () => void): () => void {
    entry.listeners.add(listener);
    return () => entry.listeners.delete(listener);
  }

  /** Reads `entry` unless a fresh answer is there or on its way. */
  want(entry: Entry): void {
    if (!entry.stale || entry.inFlight) return;
    void this.fetch(entry);
  }

  /** Reads `entry` again now, whatever is cached. */
  async fetch(entry: Entry): Promise<void> {
    const generation = ++entry.generation;
    entry.stale = false;
    entry.inFlight = true;
    try {
      const data = await this.read(entry.channel, entry.input);
      if (generation === entry.generation) this.publish(entry, { data, error: null });
    } catch (failure) {
      if (generation !== entry.generation) return;
      // Asking again (the next want, the next change) may work.
      entry.stale = true;
      this.publish(entry, { data: entry.snapshot.data, error: errorMessage(failure) });
    } finally {
      if (generation === entry.generation) entry.inFlight = false;
    }
  }

  update(entry: Entry, change: (data: unknown) => unknown): void {
    if (entry.snapshot.data === undefined) return;
    this.publish(entry, { data: change(entry.snapshot.data), error: entry.snapshot.error });
  }

  /** Main says `event` happened: live reads of that data are read again, on-demand ones marked stale. */
  changed(event: ChangeEvent, ids: string[] | null, live: (entry: Entry) => boolean): void {
    for (const [key, entry] of this.entries) {
      if (!STALE_AFTER[event](entry.channel) || !touches(entry.input, ids)) continue;
      // Nobody shows it any more: forget it rather than keep an old answer.
      if (entry.listeners.size === 0) {
        this.entries.delete(key);
        continue;
      }
      entry.stale = true;
      // A read already on its way may have been answered before the write: read again.
      entry.inFlight = false;
      if (live(entry)) void this.fetch(entry);
    }
    for (const listener of this.changeListeners) listener(event, ids);
  }

  onChange(listener: (event: ChangeEvent, ids: string[] | null) => void): () => void {
    this.changeListeners.add(listener);
    return () => this.changeListeners.delete(listener);
  }

  private publish(entry: Entry, snapshot: ChapterRead<unknown>): void {
    entry.snapshot = snapshot;
    for (const listener of entry.listeners) listener();
  }
}

/** A read of one record (`{ id }`) is touched only by a change naming it; any other read by every change. */
function touches(input: unknown, ids: string[] | null): boolean {
  if (ids === null) return true;
  const id = (input as { id?: unknown } | null)?.id;
  return typeof id !== 'string' || ids.includes(id);
}

interface Shared {
  cache: ChapterCache;
  /** Entries read only when wanted (`onDemand`), which a change marks stale without reading. */
  onDemand: WeakSet<Entry>;
}

const ChapterDataContext = createContext<Shared | null>(null);

/** Holds the cache for everything under it and follows main's change events. */
export function ChapterDataProvider({ children }: { children: ReactNode }) {
  const [shared] = useState<Shared>(() => ({ cache: new ChapterCache(), onDemand: new WeakSet() }));
  useEffect(() => {
    const live = (entry: Entry) => entry.listeners.size > 0 && !shared.onDemand.has(entry);
    const stops = CHANGE_EVENTS.map((event) => window.chapter.on(event, ({ ids }) => shared.cache.changed(event, ids, live)));
    return () => stops.forEach((stop) => stop());
  }, [shared]);
  return <ChapterDataContext.Provider value={shared}>{children}</ChapterDataContext.Provider>;
}

function useShared(): Shared {
  const shared = useContext(ChapterDataContext);
  if (!shared) throw new Error('useChapterData needs a ChapterDataProvider above it (the unlocked shell has one).');
  return shared;
}

export interface ChapterData<T> extends ChapterRead<T> {
  /** Puts a write's answer into the cache at once. */
  update(change: (data: T) => T): void;
  /** With `onDemand`: read now if there is no fresh answer. */
  want(): void;
}

/** `channel(input)`, cached and refreshed by main's change events (see the top of this file). */
export function useChapterData<C extends ChannelName>(
  channel: C,
  input: ChannelInput<C>,
  options: { onDemand?: boolean; enabled?: boolean } = {},
): ChapterData<ChannelOutput<C>> {
  const { cache, onDemand } = useShared();
  const { onDemand: lazy = false, enabled = true } = options;
  // The same object for as long as anything shows it (the cache forgets only entries nobody shows).
  const current = cache.entry(channel, input);
  if (lazy) onDemand.add(current);

  const subscribe = useCallback((listener: () => void) => (enabled ? cache.subscribe(current, listener) : () => undefined), [cache, current, enabled]);
  const snapshot = useSyncExternalStore(subscribe, () => current.snapshot);
  useEffect(() => {
    if (enabled && !lazy) cache.want(current);
  }, [cache, current, enabled, lazy]);

  const update = useCallback((change: (data: ChannelOutput<C>) => ChannelOutput<C>) => cache.update(current, change as (data: unknown) => unknown), [cache, current]);
  const want = useCallback(() => cache.want(current), [cache, current]);
  return { data: enabled ? (snapshot.data as ChannelOutput<C> | undefined) : undefined, error: enabled ? snapshot.error : null, update, want };
}

/** Calls `listener` after main announces `event` (for data that is not one read, such as the roll's pages). */
export function useChapterChanges(event: ChangeEvent, listener: (ids: string[] | null) => void): void {
  const { cache } = useShared();
  useEffect(
    () =>
      cache.onChange((happened, ids) => {
        if (happened === event) listener(ids);
      }),
    [cache, event, listener],
  );
}
