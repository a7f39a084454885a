/** The places' IPC handlers: thin adapters from the contract to the places modules. */
import type { ChannelName } from '../../../shared/contract';
import type { HandlerHost } from '../../roll/handlers';
import { readOnly, type HandlerMap } from '../../service/registry';
import { listPlaces, placeDetail } from './building-page';
import { readCategories, saveCategories } from './categories';
import { demandLetter, demandPdf, saveDemand } from './demands';
import { addIssue, listIssues, overdueGrievances, setStatus, setStep, updateIssue } from './issues';
import { placeByNameOrRefuse, savePlace } from './places';
import { deleteTarget, endLink, linkTarget, listTargets, saveTarget } from './targets';

type PlacesChannel = Extract<ChannelName, `places:${string}`>;
export type PlacesHandlers = HandlerMap<PlacesChannel>;

const base64 = (bytes: Uint8Array): string => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64');

export function placesHandlers(host: HandlerHost): PlacesHandlers {
  return {
    // Not read-only: the first read gives a record to every place typed on a member (ensurePlaces).
    'places:list': async () => listPlaces(host.context()),
    'places:get': async ({ id }) => placeDetail(host.context(), id),
    'places:find': async ({ name }) => placeByNameOrRefuse(host.context(), name),
    'places:save': async (input) => savePlace(host.context(), input),
    'places:targets': readOnly(async () => listTargets(host.context())),
    'places:saveTarget': async (input) => saveTarget(host.context(), input),
    'places:deleteTarget': async ({ id }) => deleteTarget(host.context(), id),
    'places:linkTarget': async (input) => linkTarget(host.context(), input),
    'places:endLink': async ({ id, until }) => endLink(host.context(), id, until),
    'places:issues': readOnly(async (filter) => listIssues(host.context(), filter)),
    'places:addIssue': async (input) => addIssue(host.context(), input),
    'places:setStatus': async ({ id, status, date, note }) => setStatus(host.context(), id, status, date, note),
    'places:setStep': async ({ id, step, deadline, date }) => setStep(host.context(), id, step, deadline, date),
    'places:updateIssue': async ({ id, ...changes }) => updateIssue(host.context(), id, changes),
    'places:overdue': readOnly(async () => overdueGrievances(host.context())),
    'places:categories': readOnly(async () => readCategories(host.context().db)),
    'places:saveCategories': async (categories) => saveCategories(host.context().db, categories),
    'places:saveDemand': async (input) => saveDemand(host.context(), input),
    'places:demandLetter': readOnly(async ({ id }) => ({ markdown: demandLetter(host.context(), id) })),
    'places:demandPdf': async ({ id, sent }) => {
      const { fileName, pdf } = await demandPdf(host.context(), id, sent);
      return { fileName, pdfBase64: base64(pdf) };
    },
  };
}
