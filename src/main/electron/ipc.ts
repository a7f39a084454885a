import { ipcMain, type BrowserWindow } from 'electron';
import { channelNames, type Envelope } from '../../shared/contract';
import type { ServiceHost } from '../service/host';
import { isTrustedFrame } from './security';

export const EVENT_CHANNEL = 'chapter:event';

const forbidden: Envelope<never> = {
  ok: false,
  error: { code: 'FORBIDDEN', message: 'This request did not come from the Chapterhouse window.' },
};

/** Main checks the sender frame and relays the envelope to the service's worker; nothing else. */
export function registerIpc(service: Pick<ServiceHost, 'invoke'>, rendererUrl: string): () => void {
  for (const channel of channelNames) {
    ipcMain.handle(channel, (event, input: unknown) =>
      isTrustedFrame(event.senderFrame, rendererUrl) ? service.invoke(channel, input) : forbidden,
    );
  }
  return () => channelNames.forEach((channel) => ipcMain.removeHandler(channel));
}

export function forwardEvents(service: Pick<ServiceHost, 'on'>, window: BrowserWindow): () => void {
  return service.on((event, payload) => {
    if (!window.isDestroyed()) window.webContents.send(EVENT_CHANNEL, event, payload);
  });
}
