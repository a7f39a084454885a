import { ipcMain, type BrowserWindow } from 'electron';
import { channelNames, type Envelope } from '../../shared/contract';
import { dispatch } from '../dispatch';
import type { ChapterService } from '../service';
import { isTrustedFrame } from './security';

export const EVENT_CHANNEL = 'chapter:event';

const forbidden: Envelope<never> = {
  ok: false,
  error: { code: 'FORBIDDEN', message: 'This request did not come from the Chapterhouse window.' },
};

export function registerIpc(service: ChapterService, rendererUrl: string): () => void {
  for (const channel of channelNames) {
    ipcMain.handle(channel, (event, input: unknown) =>
      isTrustedFrame(event.senderFrame, rendererUrl) ? dispatch(service, channel, input) : forbidden,
    );
  }
  return () => channelNames.forEach((channel) => ipcMain.removeHandler(channel));
}

export function forwardEvents(service: ChapterService, window: BrowserWindow): () => void {
  return service.on((event, payload) => {
    if (!window.isDestroyed()) window.webContents.send(EVENT_CHANNEL, event, payload);
  });
}
