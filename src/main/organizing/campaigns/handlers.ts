/** The campaigns' IPC handlers: thin adapters from the contract to the campaign modules. */
import type { ChannelName } from '../../../shared/contract';
import type { HandlerHost } from '../../roll/handlers';
import { readOnly, type HandlerMap } from '../../service/registry';
import { rollBreakdown } from './breakdown';
import { closeCampaign, createCampaign, deleteCampaign, updateCampaign } from './campaigns';
import { chartFileName, renderUnsignedPdf, renderWallChartPdf } from './print';
import { campaignMembers, campaignProgress, campaignSummaries } from './progress';
import { memberResponses, recordResponse } from './responses';
import { wallChart } from './wall-chart';

type CampaignsChannel = Extract<ChannelName, `campaigns:${string}`>;
export type CampaignsHandlers = HandlerMap<CampaignsChannel>;

const base64 = (bytes: Uint8Array): string => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64');

export function campaignsHandlers(host: HandlerHost): CampaignsHandlers {
  return {
    'campaigns:list': readOnly(async () => campaignSummaries(host.context())),
    'campaigns:create': async (input) => createCampaign(host.context(), input),
    'campaigns:update': async ({ id, fields }) => updateCampaign(host.context(), id, fields),
    'campaigns:close': async ({ id, open }) => closeCampaign(host.context(), id, open),
    'campaigns:delete': async ({ id, confirmResponses }) => ({ responses: deleteCampaign(host.context(), id, confirmResponses) }),
    'campaigns:progress': readOnly(async ({ id, by }) => campaignProgress(host.context(), id, by)),
    'campaigns:members': readOnly(async ({ id, ...options }) => campaignMembers(host.context(), id, options)),
    'campaigns:record': async (input) => recordResponse(host.context(), input),
    'campaigns:memberResponses': readOnly(async ({ memberId }) => memberResponses(host.context(), memberId)),
    'campaigns:wallChart': readOnly(async (input) => wallChart(host.context(), input)),
    'campaigns:printWallChart': readOnly(async ({ language, ...request }) => {
      const context = host.context();
      return { fileName: chartFileName(context, 'wall-chart'), pdfBase64: base64(await renderWallChartPdf(context, { ...request, language })) };
    }),
    'campaigns:printUnsigned': readOnly(async ({ id, language }) => {
      const context = host.context();
      return { fileName: chartFileName(context, 'unsigned'), pdfBase64: base64(await renderUnsignedPdf(context, id, language)) };
    }),
    'campaigns:breakdown': readOnly(async ({ query, by }) => rollBreakdown(host.context(), query, by)),
  };
}
