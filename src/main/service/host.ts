/**
 * The relaying side of the service worker: what Electron's main (and the bench) hold instead of
 * the service itself. It posts envelopes to the worker and hands back its replies and events;
 * it never opens the vault, so no key is ever in this thread.
 */
import { Worker } from 'node:worker_threads';
import type { Envelope, EventName, EventPayload, LockReason, Settings } from '../../shared/contract';
import type { FromWorker, ToWorker, WorkerServiceOptions } from './protocol';

type Listener = <E extends EventName>(event: E, payload: EventPayload<E>) => void;

const GONE: Envelope<never> = {
  ok: false,
  error: { code: 'INTERNAL', message: 'Something went wrong inside Chapterhouse. Nothing was changed.' },
};

/**
 * Built, the worker is out/main/worker.js next to the bundle that holds this file; from source
 * (vitest, tsx) it is worker.ts beside this file, loaded through tsx by worker-from-source.mjs.
 */
function workerEntry(): URL {
  const fromSource = import.meta.url.endsWith('.ts');
  return new URL(fromSource ? './worker-from-source.mjs' : './worker.js', import.meta.url);
}

export class ServiceHost {
  private readonly worker: Worker;
  private nextId = 1;
  private readonly waiting = new Map<number, (message: FromWorker) => void>();
  private readonly listeners = new Set<Listener>();
  private readonly settingsListeners = new Set<(settings: Settings) => void>();
  private settings: Settings | null = null;
  private unlocked = false;
  private exited = false;

  constructor(options: WorkerServiceOptions) {
    this.worker = new Worker(workerEntry(), { workerData: options });
    this.worker.on('message', (message: FromWorker) => this.receive(message));
    this.worker.on('error', (error) => {
      console.error('[chapterhouse] the service worker failed:', error.stack?.split('\n').slice(0, 6).join('\n'));
    });
    this.worker.on('exit', () => {
      this.exited = true;
      this.unlocked = false;
      // Nothing will answer any more: every caller still waiting gets an error, not silence.
      for (const resolve of this.waiting.values()) resolve({ type: 'reply', id: 0, envelope: GONE, unlocked: false });
      this.waiting.clear();
    });
  }

  /** One request from the window: the channel and its raw input, answered as an envelope. */
  async invoke(channel: unknown, input: unknown): Promise<Envelope<unknown>> {
    const reply = await this.request((id) => ({ type: 'call', id, channel: String(channel), input }));
    return reply.type === 'reply' ? reply.envelope : GONE;
  }

  /** Never waits: the worker closes the vault as soon as it is between transactions. */
  lock(reason: LockReason): void {
    this.unlocked = false;
    if (!this.exited) this.post({ type: 'lock', reason });
  }

  async offerOpenedPath(path: string): Promise<boolean> {
    const answer = await this.request((id) => ({ type: 'offerOpenedPath', id, path }));
    return answer.type === 'answer' && answer.value;
  }

  on(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Main follows the settings it applies itself (content protection); told at once when unlocked. */
  onSettings(listener: (settings: Settings) => void): () => void {
    this.settingsListeners.add(listener);
    if (this.unlocked && this.settings) listener(this.settings);
    return () => this.settingsListeners.delete(listener);
  }

  get isUnlocked(): boolean {
    return this.unlocked;
  }

  /** Locks the vault, then ends the worker. */
  async dispose(): Promise<void> {
    if (!this.exited) await this.request((id) => ({ type: 'dispose', id }));
    this.listeners.clear();
    this.settingsListeners.clear();
    await this.worker.terminate();
  }

  private request(message: (id: number) => ToWorker): Promise<FromWorker> {
    if (this.exited) return Promise.resolve({ type: 'reply', id: 0, envelope: GONE, unlocked: false });
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.waiting.set(id, resolve);
      this.post(message(id));
    });
  }

  private post(message: ToWorker): void {
    this.worker.postMessage(message);
  }

  private receive(message: FromWorker): void {
    switch (message.type) {
      case 'reply':
      case 'answer': {
        if (message.type === 'reply') this.unlocked = message.unlocked;
        const resolve = this.waiting.get(message.id);
        this.waiting.delete(message.id);
        resolve?.(message);
        return;
      }
      case 'event':
        if (message.event === 'vault:locked') this.unlocked = false;
        for (const listener of this.listeners) listener(message.event, message.payload);
        return;
      case 'settings':
        this.settings = message.settings;
        for (const listener of this.settingsListeners) listener(message.settings);
        return;
      case 'ready':
        return;
    }
  }
}
