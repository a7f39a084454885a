/**
 * The worker thread that runs the service: it opens the vault, holds its key and does every
 * transaction, so long work (a 100,000-row import, a merge, sealing, a PDF) never blocks the
 * thread that relays the window's requests. It answers the messages of ./protocol.ts; a lock is
 * one of them, handled when the service is between transactions.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { dispatch } from '../dispatch';
import { createService } from '../service';
import type { FromWorker, ToWorker, WorkerServiceOptions } from './protocol';

if (!parentPort) throw new Error('src/main/service/worker.ts runs only as a worker thread.');
const port = parentPort;
const options = workerData as WorkerServiceOptions;
const fixedNow = options.now;

const service = createService({
  vaultsDir: options.vaultsDir,
  ...(options.extraVaults ? { extraVaults: options.extraVaults } : {}),
  ...(options.vault ? { vault: options.vault } : {}),
  ...(fixedNow ? { now: () => new Date(fixedNow) } : {}),
});
const send = (message: FromWorker): void => port.postMessage(message);

// Progress is posted as it happens: postMessage does not wait for this thread's loop to be free.
service.on((event, payload) => send({ type: 'event', event, payload }));
service.onSettings((settings) => send({ type: 'settings', settings }));

port.on('message', (message: ToWorker) => {
  switch (message.type) {
    case 'call':
      void dispatch(service, message.channel, message.input).then((envelope) =>
        send({ type: 'reply', id: message.id, envelope, unlocked: service.isUnlocked }),
      );
      return;
    case 'lock':
      service.lock(message.reason);
      return;
    case 'offerOpenedPath':
      void service.offerOpenedPath(message.path).then((value) => send({ type: 'answer', id: message.id, value }));
      return;
    case 'dispose':
      service.dispose();
      send({ type: 'answer', id: message.id, value: true });
      port.close();
      return;
  }
});

send({ type: 'ready' });
