/**
 * The Electron main process: app lifecycle, the window, and relaying IPC to the service, which
 * runs with the vault in a worker thread (src/main/service/worker.ts). Kept thin; everything that
 * can be tested under Node lives in the domain folders.
 */
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { app, BrowserWindow, powerMonitor } from 'electron';
import { followContentProtection } from './electron/content-protection';
import { forwardEvents, registerIpc } from './electron/ipc';
import { createEphemeralSession, hardenProcess, lockDownWindow, nativeBindingOverride } from './electron/security';
import { ServiceHost } from './service/host';

const here = fileURLToPath(new URL('.', import.meta.url));
const rendererFile = join(here, '../renderer/index.html');
const rendererUrl = pathToFileURL(rendererFile).toString();

hardenProcess();

if (!app.requestSingleInstanceLock()) app.quit();

// A vault folder or export file double-clicked in Finder arrives as 'open-file', possibly before the app is ready.
const openedBeforeReady: string[] = [];
const collectOpenedFile = (event: { preventDefault(): void }, path: string) => {
  event.preventDefault();
  openedBeforeReady.push(path);
};
app.on('open-file', collectOpenedFile);

void app.whenReady().then(() => {
  const nativeBinding = nativeBindingOverride(process.env, app.isPackaged);
  const service = new ServiceHost({
    vaultsDir: join(app.getPath('userData'), 'vaults'),
    vault: nativeBinding ? { nativeBinding } : {},
  });
  registerIpc(service, rendererUrl);
  // Windows and Linux pass a double-clicked vault folder or .age export as an argument; later ones
  // reach this instance through 'second-instance'. Arguments that are neither are ignored.
  for (const path of [...process.argv.slice(1), ...openedBeforeReady]) void service.offerOpenedPath(path);
  app.off('open-file', collectOpenedFile);
  app.on('open-file', (event, path) => {
    event.preventDefault();
    void service.offerOpenedPath(path);
  });

  const window = new BrowserWindow({
    width: 1200,
    height: 800,
    minWidth: 800,
    minHeight: 560,
    show: false,
    title: 'Chapterhouse',
    backgroundColor: '#f6f5f1',
    webPreferences: {
      preload: join(here, '../preload/index.cjs'),
      session: createEphemeralSession(),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      webviewTag: false,
      spellcheck: false,
      devTools: !app.isPackaged,
      // A middle click on a link would otherwise ask for a new window (denied anyway, but never asked).
      disableBlinkFeatures: 'Auxclick',
    },
  });
  lockDownWindow(window);
  const stopForwarding = forwardEvents(service, window);
  const stopProtecting = followContentProtection(service, window);
  window.once('ready-to-show', () => window.show());
  app.on('second-instance', (_event, argv) => {
    for (const path of argv.slice(1)) void service.offerOpenedPath(path);
    if (window.isMinimized()) window.restore();
    window.focus();
  });
  window.on('close', () => service.lock('window-closed'));
  window.on('closed', () => {
    stopForwarding();
    stopProtecting();
  });
  powerMonitor.on('suspend', () => service.lock('suspend'));
  powerMonitor.on('lock-screen', () => service.lock('suspend'));
  app.on('before-quit', () => void service.dispose());
  void window.loadFile(rendererFile);
});

app.on('window-all-closed', () => app.quit());
