/**
 * The one door into the service from outside the process: checks the channel exists, parses
 * the input with its zod schema, runs the handler, and turns every failure into
 * `{ code, message }`. Electron's IPC handlers and the e2e bridge both go through here.
 */
import { channels, type ChannelName, type Envelope } from '../shared/contract';
import { toErrorShape, UserError } from './errors';
import type { ChapterService } from './service';

const MAX_ISSUES_SHOWN = 3;

export function isChannelName(value: unknown): value is ChannelName {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(channels, value);
}

export async function dispatch(service: ChapterService, channel: unknown, rawInput: unknown): Promise<Envelope<unknown>> {
  try {
    if (!isChannelName(channel)) throw new UserError('INVALID_INPUT', 'Unknown request.');
    const parsed = channels[channel].input.safeParse(rawInput);
    if (!parsed.success) {
      const detail = parsed.error.issues
        .slice(0, MAX_ISSUES_SHOWN)
        .map((issue) => `${issue.path.join('.') || 'input'}: ${issue.message}`)
        .join('; ');
      throw new UserError('INVALID_INPUT', `The request was not valid (${detail}).`);
    }
    if (channel !== 'app:state') service.touch();
    const handler = service.handlers[channel] as (input: unknown) => Promise<unknown>;
    return { ok: true, value: await service.run(channel, () => handler(parsed.data), parsed.data) };
  } catch (error) {
    const shape = toErrorShape(error);
    if (shape.code === 'INTERNAL') {
      // The stack helps a developer; the message may quote data, so it stays out of the log.
      console.error(`[chapterhouse] internal error on ${String(channel)}:`, (error as Error)?.stack?.split('\n').slice(1, 6).join('\n'));
    }
    return { ok: false, error: shape };
  }
}
