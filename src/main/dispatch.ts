/**
 * The one door into the service from outside the process: runs the channel through the service
 * (which checks the name, parses the input with its zod schema and applies the handler's policy)
 * and turns every failure into `{ code, message }`. Electron's IPC handlers and the e2e bridge
 * both go through here.
 */
import type { Envelope } from '../shared/contract';
import { toErrorShape } from './errors';
import type { ChapterService } from './service';

export async function dispatch(service: ChapterService, channel: unknown, rawInput: unknown): Promise<Envelope<unknown>> {
  try {
    return { ok: true, value: await service.call(channel, rawInput) };
  } catch (error) {
    const shape = toErrorShape(error);
    if (shape.code === 'INTERNAL') {
      // The stack helps a developer; the message may quote data, so it stays out of the log.
      console.error(`[chapterhouse] internal error on ${String(channel)}:`, (error as Error)?.stack?.split('\n').slice(1, 6).join('\n'));
    }
    return { ok: false, error: shape };
  }
}
