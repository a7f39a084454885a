/**
 * The messages between the relaying thread (Electron's main, the e2e bridge, the bench) and the
 * worker that runs the service and holds the open vault. Plain data only: they are copied by
 * structured clone, and no key ever travels in them.
 */
import type { Envelope, EventName, EventPayload, LockReason, Settings } from '../../shared/contract';
import type { KdfParams } from '../vault/kdf';

/** What the worker's service is made with; a fixed `now` (ISO) lets tests pin "today". */
export interface WorkerServiceOptions {
  vaultsDir: string;
  extraVaults?: string[];
  vault?: { kdf?: KdfParams; nativeBinding?: string };
  now?: string;
}

export type ToWorker =
  | { type: 'call'; id: number; channel: string; input: unknown }
  /** Handled when the worker's loop is free: between transactions, never inside one. */
  | { type: 'lock'; reason: LockReason }
  | { type: 'offerOpenedPath'; id: number; path: string }
  | { type: 'dispose'; id: number };

export type FromWorker =
  | { type: 'ready' }
  /** `unlocked`: whether a vault is open once this call is done, for the relaying side's own checks. */
  | { type: 'reply'; id: number; envelope: Envelope<unknown>; unlocked: boolean }
  | { type: 'answer'; id: number; value: boolean }
  | { type: 'event'; event: EventName; payload: EventPayload<EventName> }
  | { type: 'settings'; settings: Settings };
