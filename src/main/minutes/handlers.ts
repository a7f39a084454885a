/** The meetings' IPC handlers: thin adapters from the contract to the minutes modules. */
import type { ChannelName } from '../../shared/contract';
import { UserError } from '../errors';
import type { RollHost } from '../roll/handlers';
import type { Handlers } from '../service';

type MeetingsChannel = Extract<ChannelName, `meetings:${string}`>;
export type MinutesHandlers = Pick<Handlers, MeetingsChannel>;

const notYet = async (): Promise<never> => {
  throw new UserError('INTERNAL', 'Meetings are not ready yet.');
};

export function minutesHandlers(_host: RollHost): MinutesHandlers {
  return {
    'meetings:types': notYet,
    'meetings:saveType': notYet,
    'meetings:deleteType': notYet,
    'meetings:list': notYet,
    'meetings:create': notYet,
    'meetings:get': notYet,
    'meetings:update': notYet,
    'meetings:delete': notYet,
    'meetings:addAgendaItem': notYet,
    'meetings:updateAgendaItem': notYet,
    'meetings:moveAgendaItem': notYet,
    'meetings:removeAgendaItem': notYet,
    'meetings:saveNotes': notYet,
    'meetings:checkIn': notYet,
    'meetings:checkOut': notYet,
    'meetings:walkIn': notYet,
    'meetings:addGuest': notYet,
    'meetings:removeGuest': notYet,
    'meetings:addMotion': notYet,
    'meetings:recordVote': notYet,
    'meetings:updateMotion': notYet,
    'meetings:addAction': notYet,
    'meetings:updateAction': notYet,
    'meetings:actions': notYet,
    'meetings:circulate': notYet,
    'meetings:correct': notYet,
    'meetings:verify': notYet,
    'meetings:search': notYet,
    'meetings:exportMarkdown': notYet,
    'meetings:printPdf': notYet,
    'meetings:signInSheet': notYet,
    'meetings:memberRecord': notYet,
  };
}
