/**
 * Builds `window.chapter` from the contract's channel list. The page gets only these
 * functions: no ipcRenderer, no process, no event objects.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { buildChapterApi } from '../shared/bridge';
import type { Envelope } from '../shared/contract';

const EVENT_CHANNEL = 'chapter:event';

const api = buildChapterApi(
  (channel, input) => ipcRenderer.invoke(channel, input) as Promise<Envelope<unknown>>,
  (event, listener) => {
    const handler = (_event: unknown, name: unknown, payload: unknown): void => {
      if (name === event) listener(payload);
    };
    ipcRenderer.on(EVENT_CHANNEL, handler);
    return () => ipcRenderer.removeListener(EVENT_CHANNEL, handler);
  },
);

contextBridge.exposeInMainWorld('chapter', api);
