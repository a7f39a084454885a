import type { Settings } from '../../src/shared/contract';
import { vaultContext } from '../../src/main/vault-context';
import type { VaultContext } from '../../src/main/core/context';
import { writeSettings } from '../../src/main/vault/settings';
import { makeVault } from './vaults';

/** A fresh vault and a roll context on it, with "today" fixed at 2026-06-15 unless told otherwise. */
export async function makeRollContext(parent: string, settings: Partial<Settings> = {}, now = new Date('2026-06-15T12:00:00Z')) {
  const { vault, dir } = await makeVault(parent);
  if (Object.keys(settings).length) writeSettings(vault.db, settings);
  const context = vaultContext(vault, () => now);
  return { context, vault, dir };
}

/** `context` on a clock the test moves by hand with `tick`, so that officers' clocks can disagree. */
export function handClock(context: VaultContext, startMillis: number) {
  let millis = startMillis;
  const clocked: VaultContext = { ...context, now: () => new Date(millis) };
  return { context: clocked, tick: (ms: number) => (millis += ms) };
}
