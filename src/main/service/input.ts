/** Checks a channel name and parses its input with the contract's zod schema, for every entry point. */
import { channels, type ChannelName } from '../../shared/contract';
import { UserError } from '../errors';
import type { ParsedInput } from './registry';

const MAX_ISSUES_SHOWN = 3;

export function isChannelName(value: unknown): value is ChannelName {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(channels, value);
}

export function parseInput<C extends ChannelName>(channel: C, rawInput: unknown): ParsedInput<C> {
  const parsed = channels[channel].input.safeParse(rawInput);
  if (!parsed.success) {
    const detail = parsed.error.issues
      .slice(0, MAX_ISSUES_SHOWN)
      .map((issue) => `${issue.path.join('.') || 'input'}: ${issue.message}`)
      .join('; ');
    throw new UserError('INVALID_INPUT', `The request was not valid (${detail}).`);
  }
  return parsed.data as ParsedInput<C>;
}
