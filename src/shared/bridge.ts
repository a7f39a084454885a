/**
 * Builds `window.chapter` from the channel list. The preload (real Electron IPC) and the e2e
 * bridge (Playwright exposeBinding) both call this, so the page under test is wired exactly
 * like the shipped app.
 */
import {
  channelNames,
  eventNames,
  type ChannelName,
  type ChapterApi,
  type Envelope,
  type ErrorCode,
  type EventName,
} from './contract';

export type Invoke = (channel: ChannelName, input: unknown) => Promise<Envelope<unknown>>;
export type Subscribe = (event: EventName, listener: (payload: unknown) => void) => () => void;

/**
 * What a failed call rejects with: `code` is stable, `message` is for people. A plain object,
 * not an Error subclass, because Electron's contextBridge copies rejected plain objects whole
 * but strips every custom property from an Error — the page would lose `code`.
 */
export interface ChapterFailure {
  readonly name: 'ChapterError';
  readonly code: ErrorCode;
  readonly message: string;
}

export function isChapterFailure(value: unknown): value is ChapterFailure {
  return typeof value === 'object' && value !== null && (value as { name?: unknown }).name === 'ChapterError';
}

export function buildChapterApi(invoke: Invoke, subscribe: Subscribe): ChapterApi {
  const api: Record<string, unknown> = {};
  for (const channel of channelNames) {
    const [group, method] = channel.split(':') as [string, string];
    const target = (api[group] ??= {}) as Record<string, unknown>;
    target[method] = async (input: unknown) => {
      const envelope = await invoke(channel, input ?? {});
      if (envelope.ok) return envelope.value;
      const failure: ChapterFailure = { name: 'ChapterError', code: envelope.error.code, message: envelope.error.message };
      throw failure;
    };
  }
  api.on = (event: EventName, listener: (payload: unknown) => void) => {
    if (!eventNames.includes(event)) throw new Error(`Unknown event ${String(event)}`);
    return subscribe(event, listener);
  };
  return Object.freeze(api) as unknown as ChapterApi;
}
