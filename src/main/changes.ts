/**
 * Which writes change which data, so the window can read again only what it shows of it.
 * After a write succeeds, the service announces each change (see ChapterService.run); the
 * renderer's data cache (renderer/src/ui/chapter-data.tsx) refreshes the reads that depend on it.
 * `ids` names the records touched when the write says which; null means "any may have changed"
 * (an import, an exchange, a merge of whole files).
 */
import type { ChangeEvent, ChannelName } from '../shared/contract';

type Ids = (input: Record<string, unknown>, output: Record<string, unknown>) => string[] | null;

const EVERYTHING: Ids = () => null;
/** The ids if every one is there; otherwise "anything may have changed", never a made-up id. */
function named(...values: unknown[]): string[] | null {
  const ids = values.flat();
  return ids.length > 0 && ids.every((id) => typeof id === 'string') ? (ids as string[]) : null;
}
const inputId: Ids = (input) => named(input['id']);
const inputIds: Ids = (input) => named(input['ids']);
const outputId: Ids = (_input, output) => named(output['id']);
/** A meeting write answers with the meeting's detail; the meeting is what changed. */
const meetingOfOutput: Ids = (_input, output) => {
  const meeting = output['meeting'] as { id?: unknown } | undefined;
  return named(meeting?.id);
};

const ROLL: Partial<Record<ChannelName, Ids>> = {
  'roll:add': outputId,
  'roll:update': inputId,
  'roll:delete': inputIds,
  // Which members an undo brings back is held in memory with its token: any may have changed.
  'roll:undo': EVERYTHING,
  'roll:bulkUpdate': inputIds,
  'roll:addConversation': (input) => named(input['memberId']),
  'roll:merge': (input) => named(input['keepId'], input['otherId']),
  'roll:notDuplicate': (input) => named(input['a'], input['b']),
  'roll:importApply': EVERYTHING,
  'roll:defineCustomField': EVERYTHING,
  // A walk-in is added to the roll as well as to the meeting.
  'meetings:walkIn': EVERYTHING,
  'exchange:apply': EVERYTHING,
};

const MEETINGS: Partial<Record<ChannelName, Ids>> = {
  'meetings:saveType': EVERYTHING,
  'meetings:deleteType': EVERYTHING,
  'meetings:create': meetingOfOutput,
  'meetings:update': meetingOfOutput,
  'meetings:delete': inputId,
  'meetings:addAgendaItem': meetingOfOutput,
  'meetings:updateAgendaItem': meetingOfOutput,
  'meetings:moveAgendaItem': meetingOfOutput,
  'meetings:removeAgendaItem': meetingOfOutput,
  'meetings:saveNotes': meetingOfOutput,
  'meetings:checkIn': meetingOfOutput,
  'meetings:checkOut': meetingOfOutput,
  'meetings:walkIn': meetingOfOutput,
  'meetings:addGuest': meetingOfOutput,
  'meetings:removeGuest': meetingOfOutput,
  'meetings:addMotion': meetingOfOutput,
  'meetings:recordVote': meetingOfOutput,
  'meetings:updateMotion': meetingOfOutput,
  'meetings:addAction': meetingOfOutput,
  'meetings:updateAction': meetingOfOutput,
  'meetings:circulate': meetingOfOutput,
  'meetings:correct': meetingOfOutput,
  'exchange:apply': EVERYTHING,
};

const OFFICERS: Partial<Record<ChannelName, Ids>> = {
  'officers:add': outputId,
  'officers:verify': inputId,
  'officers:revoke': inputId,
  // "Last file from them" moves on.
  'exchange:apply': EVERYTHING,
};

const CHANGES: [ChangeEvent, Partial<Record<ChannelName, Ids>>][] = [
  ['roll:changed', ROLL],
  ['meetings:changed', MEETINGS],
  ['officers:changed', OFFICERS],
];

/** The changes a successful `channel` call made, to announce; none for reads and trial runs. */
export function changesAfter(channel: ChannelName, input: unknown, output: unknown): [ChangeEvent, { ids: string[] | null }][] {
  const given = (input ?? {}) as Record<string, unknown>;
  if (given['dryRun'] === true) return [];
  const answer = (output ?? {}) as Record<string, unknown>;
  const changes: [ChangeEvent, { ids: string[] | null }][] = [];
  for (const [event, writes] of CHANGES) {
    const ids = writes[channel];
    if (ids) changes.push([event, { ids: ids(given, answer) }]);
  }
  return changes;
}
