import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import { z } from 'zod';
import type { Sodium } from '../core/sodium';

/**
 * Stored with every keyslot, so that a later version can raise them without breaking old vaults.
 * Accepted only within a sane range: 1 to 10 passes and 8 KiB to 1 GiB of memory (the default is
 * 3 passes over 192 MiB). A key file asking for more would stall or exhaust the laptop on every
 * unlock; it is treated as damaged.
 */
export const KdfParams = z.object({
  algorithm: z.literal('argon2id13'),
  opsLimit: z.number().int().min(1).max(10),
  /** bytes */
  memLimit: z.number().int().min(8192).max(1024 ** 3),
});
export type KdfParams = z.infer<typeof KdfParams>;

/** About 0.8 s on a 2-core laptop, and 192 MiB that an attacker's GPU must pay per guess. */
export const DEFAULT_KDF: KdfParams = { algorithm: 'argon2id13', opsLimit: 3, memLimit: 192 * 1024 * 1024 };

/** Only for tests that create many vaults: never used by the app or the CLI. */
export const TEST_ONLY_FAST_KDF: KdfParams = { algorithm: 'argon2id13', opsLimit: 1, memLimit: 8192 };

export const SALT_BYTES = 16;

/**
 * Above this much memory, Argon2id runs in a worker thread that exits afterwards. libsodium's
 * WebAssembly memory only ever grows: run here, the 192 MiB of the default cost would stay in
 * this process (and count in its peak memory) for as long as it runs. A worker's memory goes
 * back to the system when it exits, with the passphrase-derived state in it.
 */
const WORKER_MIN_MEMORY = 32 * 1024 * 1024;
/** A derivation that takes longer than this means the worker is stuck. */
const WORKER_TIMEOUT_MS = 120_000;

/** A costly derivation could not run in its worker thread; it is never run on the calling thread instead. */
export class KdfWorkerError extends Error {}

export function deriveKey(sodium: Sodium, secret: Uint8Array, salt: Uint8Array, params: KdfParams): Uint8Array {
  if (params.memLimit >= WORKER_MIN_MEMORY) {
    // On the calling thread (Electron's main, or the service's) it would freeze the window and
    // leave its memory grown; without a worker the unlock fails with a sentence instead.
    const key = deriveKeyInWorker(secret, salt, params);
    if (key) return key;
    throw new KdfWorkerError('key derivation worker failed');
  }
  return sodium.crypto_pwhash(32, secret, salt, params.opsLimit, params.memLimit, sodium.crypto_pwhash_ALG_ARGON2ID13);
}

// Plain CommonJS, so it runs the same under Node, the bundled CLI and Electron.
const WORKER_SOURCE = `
const { workerData } = require('node:worker_threads');
const status = new Int32Array(workerData.shared, 0, 1);
const io = new Uint8Array(workerData.shared, 4);
const done = (code) => { Atomics.store(status, 0, code); Atomics.notify(status, 0); };
try {
  const sodium = require(workerData.sodiumPath);
  sodium.ready.then(() => {
    try {
      const secret = io.slice(32, 32 + workerData.secretLength);
      const key = sodium.crypto_pwhash(32, secret, workerData.salt, workerData.opsLimit, workerData.memLimit, sodium.crypto_pwhash_ALG_ARGON2ID13);
      sodium.memzero(secret);
      io.set(key, 0);
      sodium.memzero(key);
      done(1);
    } catch { done(2); }
  }, () => done(2));
} catch { done(2); }
`;

let sodiumPath: string | null | undefined;
function resolveSodium(): string | null {
  if (sodiumPath === undefined) {
    try {
      sodiumPath = createRequire(import.meta.url).resolve('libsodium-wrappers-sumo');
    } catch {
      sodiumPath = null;
    }
  }
  return sodiumPath;
}

/**
 * Runs Argon2id in a new worker thread and waits for it, so the function stays synchronous
 * like libsodium's. The secret and the key pass through shared memory that is zeroed after
 * use. Null when a worker cannot be used.
 */
function deriveKeyInWorker(secret: Uint8Array, salt: Uint8Array, params: KdfParams): Uint8Array | null {
  const path = resolveSodium();
  if (!path) return null;
  const shared = new SharedArrayBuffer(4 + 32 + secret.length);
  const status = new Int32Array(shared, 0, 1);
  const io = new Uint8Array(shared, 4);
  io.set(secret, 32);
  let worker: Worker | undefined;
  try {
    worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: { shared, sodiumPath: path, secretLength: secret.length, salt, opsLimit: params.opsLimit, memLimit: params.memLimit },
      // The worker's own heap stays small; Argon2id's memory is WebAssembly memory.
      resourceLimits: { maxOldGenerationSizeMb: 64 },
    });
    // An error is reported through `status`; this only keeps it from being an uncaught one.
    worker.on('error', () => {});
    Atomics.wait(status, 0, 0, WORKER_TIMEOUT_MS);
    if (Atomics.load(status, 0) !== 1) return null;
    return io.slice(0, 32);
  } catch {
    return null;
  } finally {
    io.fill(0);
    void worker?.terminate();
  }
}
