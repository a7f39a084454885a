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

/** The error the renderer catches: `code` is stable, `message` is for people. */
export class ChapterError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ChapterError';
  }
}

export function buildChapterApi(invoke: Invoke, subscribe: Subscribe): ChapterApi {
  const api: Record<string, unknown> = {};
  for (const channel of channelNames) {
    const [group, method] = channel.split(':') as [string, string];
    const target = (api[group] ??= {}) as Record<string, unknown>;
    target[method] = async (input: unknown) => {
      const envelope = await invoke(channel, input ?? {});
      if (envelope.ok) return envelope.value;
      throw new ChapterError(envelope.error.code, envelope.error.message);
    };
  }
  api.on = (event: EventName, listener: (payload: unknown) => void) => {
    if (!eventNames.includes(event)) throw new Error(`Unknown event ${String(event)}`);
    return subscribe(event, listener);
  };
  return Object.freeze(api) as unknown as ChapterApi;
}
