/** The committee's IPC handlers: thin adapters from the contract to the committee modules. */
import type { ChannelName } from '../../../shared/contract';
import type { HandlerHost } from '../../roll/handlers';
import type { Handlers } from '../../service/registry';
import { addAttempt, addAttempts, listAttempts, setFollowUp } from '../../roll/contact-attempts';
import { calendarDay } from '../../../shared/calendar';
import { followUpQueue } from './followups';
import { addRelationship, deleteRelationship, listRelationships, memberNetwork, mostTied } from './relationships';
import { assignOrganizer, coverage, listOrganizers } from './turf';
import { renderCallList, renderWalkList, walkRows } from './walklist';

type CommitteeChannel = Extract<ChannelName, `committee:${string}`>;
export type CommitteeHandlers = Pick<Handlers, CommitteeChannel>;

const base64 = (bytes: Uint8Array): string => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64');

export function committeeHandlers(host: HandlerHost): CommitteeHandlers {
  return {
    'committee:attempts': async ({ memberId }) => listAttempts(host.context(), memberId),
    'committee:addAttempt': async (input) => addAttempt(host.context(), input),
    'committee:addAttempts': async ({ attempts }) => ({ saved: addAttempts(host.context(), attempts) }),
    'committee:setFollowUp': async ({ memberId, next, reason }) => {
      setFollowUp(host.context(), memberId, next, reason);
      return null;
    },
    'committee:queue': async (request) => followUpQueue(host.context(), request),
    'committee:organizers': async () => listOrganizers(host.context()),
    'committee:assign': async ({ organizer, memberIds, filter }) => ({
      assigned: assignOrganizer(host.context(), organizer, { ...(memberIds ? { memberIds } : {}), ...(filter ? { filter } : {}) }),
    }),
    'committee:coverage': async ({ by }) => coverage(host.context(), by),
    'committee:walkRows': async (request) => walkRows(host.context(), request),
    'committee:walkListPdf': async (request) => {
      const context = host.context();
      const { pdf } = await renderWalkList(context, request);
      return { fileName: `walk-list-${calendarDay(context.now())}.pdf`, pdfBase64: base64(pdf) };
    },
    'committee:callListPdf': async (request) => {
      const context = host.context();
      return { fileName: `call-list-${calendarDay(context.now())}.pdf`, pdfBase64: base64(await renderCallList(context, request)) };
    },
    'committee:relationships': async ({ memberId }) => listRelationships(host.context(), memberId),
    'committee:addRelationship': async (input) => addRelationship(host.context(), input),
    'committee:deleteRelationship': async ({ id }) => {
      deleteRelationship(host.context(), id);
      return null;
    },
    'committee:network': async ({ memberId, depth }) => memberNetwork(host.context(), memberId, depth),
    'committee:mostTied': async ({ by, limit }) => mostTied(host.context(), by, limit),
  };
}
