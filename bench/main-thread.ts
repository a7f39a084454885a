/**
 * `main_thread_max_block_ms`: the longest the relaying thread's event loop is blocked while the
 * service imports a 100,000-row CSV and then a 100,000-member exchange file, measured with
 * perf_hooks.monitorEventLoopDelay on that thread. With the service in its worker thread (the
 * app) that thread only relays envelopes; `inProcess` runs the same requests through a service
 * on the same thread, the shape before the worker, for comparison.
 */
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import type { ChannelName, ChannelOutput, Envelope } from '../src/shared/contract';
import { dispatch } from '../src/main/dispatch';
import { createService } from '../src/main/service';
import { ServiceHost } from '../src/main/service/host';
import { syntheticRollCsv } from './roll';

interface Endpoint {
  invoke(channel: string, input: unknown): Promise<Envelope<unknown>>;
  dispose(): Promise<void> | void;
}

function inProcess(vaultsDir: string): Endpoint {
  const service = createService({ vaultsDir });
  return { invoke: (channel, input) => dispatch(service, channel, input), dispose: () => service.dispose() };
}

function inWorker(vaultsDir: string): Endpoint {
  return new ServiceHost({ vaultsDir });
}

async function call<C extends ChannelName>(endpoint: Endpoint, channel: C, input: unknown): Promise<ChannelOutput<C>> {
  const envelope = await endpoint.invoke(channel, input);
  if (!envelope.ok) throw new Error(`${channel}: ${envelope.error.message}`);
  return envelope.value as ChannelOutput<C>;
}

/** The longest single block of this thread's event loop while `work` runs, in milliseconds. */
async function longestBlock(work: () => Promise<void>): Promise<number> {
  const histogram = monitorEventLoopDelay({ resolution: 5 });
  histogram.enable();
  try {
    await work();
  } finally {
    histogram.disable();
  }
  return histogram.max / 1e6;
}

const PASSPHRASE = 'bench passphrase for timing only';

export async function mainThreadBlock(root: string, count: number, where: 'worker' | 'in-process'): Promise<{ csv: number; exchange: number }> {
  const make = where === 'worker' ? inWorker : inProcess;
  const sender = make(join(root, `${where}-sender`));
  const receiver = make(join(root, `${where}-receiver`));
  try {
    await call(sender, 'vault:create', { chapterName: 'Bench Chapter', officerName: 'Sender', passphrase: PASSPHRASE });
    await call(receiver, 'vault:create', { chapterName: 'Bench Chapter', officerName: 'Receiver', passphrase: PASSPHRASE });
    const contentBase64 = Buffer.from(syntheticRollCsv(count)).toString('base64');
    const csv = await longestBlock(async () => {
      const preview = await call(sender, 'roll:importPreview', { fileName: 'bench.csv', contentBase64 });
      await call(sender, 'roll:importApply', { importId: preview.importId, mapping: preview.mapping, onMatch: 'create' });
    });

    const senderCard = (await call(sender, 'officers:card', {})).card;
    const receiverAtSender = await call(sender, 'officers:add', { card: (await call(receiver, 'officers:card', {})).card, verified: true });
    await call(receiver, 'officers:add', { card: senderCard, verified: true });
    const file = await call(sender, 'exchange:export', { to: [receiverAtSender.id], scope: 'roll' });
    const exchange = await longestBlock(async () => {
      const preview = await call(receiver, 'exchange:preview', { fileName: file.fileName, contentBase64: file.contentBase64 });
      await call(receiver, 'exchange:apply', { importId: preview.importId, acceptUnverifiedSigner: false });
    });
    return { csv, exchange };
  } finally {
    await sender.dispose();
    await receiver.dispose();
  }
}
