/**
 * Seeding and reading a vault straight through the service, for specs whose subject is a
 * screen, not how the data got there. The one `call` and `addMembers` every e2e spec uses.
 */
import { dispatch } from '../../src/main/dispatch';
import type { ChapterService } from '../../src/main/service';
import type { ChannelInput, ChannelName, ChannelOutput } from '../../src/shared/contract';
import type { MemberInput } from '../../src/shared/roll';

/** A channel's value, called as the renderer would (validated, through dispatch); fails the test with the service's own message. */
export async function call<C extends ChannelName>(service: ChapterService, channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>>;
/** The same, for a caller that names the shape of the value it reads. */
export async function call<T>(service: ChapterService, channel: string, input: unknown): Promise<T>;
export async function call(service: ChapterService, channel: string, input: unknown): Promise<unknown> {
  const envelope = await dispatch(service, channel, input);
  if (!envelope.ok) throw new Error(`${channel} failed: ${envelope.error.code} ${envelope.error.message}`);
  return envelope.value;
}

/** Adds the members one by one, as officers would; returns their ids in order. */
export async function addMembers(service: ChapterService, members: MemberInput[]): Promise<string[]> {
  const ids: string[] = [];
  for (const fields of members) ids.push((await call(service, 'roll:add', { fields })).id);
  return ids;
}
