/**
 * The one way to make the vault-wide context every domain works in: the open vault's database,
 * the officer acting, the clock, the chapter's settings and the record kinds that sync. The
 * service, the CLI, the demo and the bench all make it here, so none of them can forget a part.
 */
import { ORGANIZING_KINDS } from './organizing/kinds';
import type { VaultContext } from './core/context';
import { readSettings } from './vault/settings';
import type { OpenVault } from './vault/vault';

export function vaultContext(vault: Pick<OpenVault, 'db' | 'info'>, now: () => Date = () => new Date()): VaultContext {
  return { db: vault.db, officerId: vault.info.officerId, now, settings: readSettings(vault.db), kinds: ORGANIZING_KINDS };
}
