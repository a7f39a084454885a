/** The meetings' IPC handlers: thin adapters from the contract to the minutes modules. */
import type { ChannelName } from '../../shared/contract';
import type { HandlerHost } from '../roll/handlers';
import { readOnly, type HandlerMap } from '../service/registry';
import { loadSodium } from '../core/sodium';
import { addAction, listActions, updateAction } from './actions';
import { addAgendaItem, createMeeting, moveAgendaItem, removeAgendaItem, saveNotes, updateAgendaItem } from './agenda';
import { addGuest, checkIn, checkOut, removeGuest, walkIn } from './attendance';
import { addCorrection, circulate, verifyMinutes } from './lifecycle';
import { detailMarkdown, minutesFileName } from './markdown';
import { deleteMeetingType, listMeetingTypes, saveMeetingType } from './meeting-types';
import { memberRecord } from './member-record';
import { addMotion, recordVote, updateMotion } from './motions';
import { renderMinutesPdf, renderSignInSheet } from './print';
import { searchMinutes } from './search';
import { deleteMeeting, listMeetings, readMeeting, updateMeeting } from './store';

type MeetingsChannel = Extract<ChannelName, `meetings:${string}`>;
export type MinutesHandlers = HandlerMap<MeetingsChannel>;

const base64 = (bytes: Uint8Array): string => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64');

export function minutesHandlers(host: HandlerHost): MinutesHandlers {
  return {
    'meetings:types': readOnly(async () => listMeetingTypes(host.context())),
    'meetings:saveType': async (input) => saveMeetingType(host.context(), input),
    'meetings:deleteType': async ({ id }) => deleteMeetingType(host.context(), id),
    'meetings:list': readOnly(async (filter) => listMeetings(host.context(), filter)),
    'meetings:create': async (input) => createMeeting(host.context(), input),
    'meetings:get': readOnly(async ({ id }) => readMeeting(host.context(), id)),
    'meetings:update': async ({ id, fields }) => updateMeeting(host.context(), id, fields),
    'meetings:delete': async ({ id }) => ({ count: deleteMeeting(host.context(), id) }),
    'meetings:addAgendaItem': async ({ meetingId, title, index }) => addAgendaItem(host.context(), meetingId, title, index),
    'meetings:updateAgendaItem': async ({ id, ...changes }) => updateAgendaItem(host.context(), id, changes),
    'meetings:moveAgendaItem': async ({ id, index }) => moveAgendaItem(host.context(), id, index),
    'meetings:removeAgendaItem': async ({ id }) => removeAgendaItem(host.context(), id),
    'meetings:saveNotes': async ({ agendaItemId, notes }) => saveNotes(host.context(), agendaItemId, notes),
    'meetings:checkIn': async ({ meetingId, memberId }) => checkIn(host.context(), meetingId, memberId),
    'meetings:checkOut': async ({ meetingId, memberId }) => checkOut(host.context(), meetingId, memberId),
    'meetings:walkIn': async ({ meetingId, ...person }) => walkIn(host.context(), meetingId, person),
    'meetings:addGuest': async ({ meetingId, name, note }) => addGuest(host.context(), meetingId, name, note),
    'meetings:removeGuest': async ({ id }) => removeGuest(host.context(), id),
    'meetings:addMotion': async (input) => addMotion(host.context(), input),
    'meetings:recordVote': async (input) => recordVote(host.context(), await loadSodium(), input),
    'meetings:updateMotion': async ({ id, ...changes }) => updateMotion(host.context(), await loadSodium(), id, changes),
    'meetings:addAction': async (input) => addAction(host.context(), input),
    'meetings:updateAction': async ({ id, ...changes }) => updateAction(host.context(), id, changes),
    'meetings:actions': readOnly(async ({ status }) => listActions(host.context(), status)),
    'meetings:circulate': async ({ id }) => circulate(host.context(), id),
    'meetings:correct': async ({ meetingId, text }) => addCorrection(host.context(), meetingId, text),
    'meetings:verify': async ({ id }) => verifyMinutes(host.context(), await loadSodium(), id),
    'meetings:search': readOnly(async ({ q }) => searchMinutes(host.context(), q)),
    'meetings:exportMarkdown': readOnly(async ({ id }) => {
      const context = host.context();
      const detail = readMeeting(context, id);
      return { fileName: minutesFileName(detail, 'md'), markdown: detailMarkdown(context, detail) };
    }),
    'meetings:printPdf': readOnly(async ({ id }) => {
      const { detail, pdf } = await renderMinutesPdf(host.context(), id);
      return { fileName: minutesFileName(detail, 'pdf'), pdfBase64: base64(pdf) };
    }),
    'meetings:signInSheet': readOnly(async ({ id }) => {
      const { detail, pdf } = await renderSignInSheet(host.context(), id);
      return { fileName: minutesFileName(detail, 'pdf').replace(/^minutes-/, 'sign-in-'), pdfBase64: base64(pdf) };
    }),
    'meetings:memberRecord': readOnly(async ({ memberId }) => memberRecord(host.context(), memberId)),
  };
}
