import { join } from 'node:path';
import { buildBundle, openSealed, readBundle, sealBundle, type BundleRecords } from '../../src/main/exchange/bundle';
import { exportForOfficers } from '../../src/main/exchange/exchange';
import { addOfficer, contactCard, selfIdentity } from '../../src/main/exchange/officers';
import type { VaultContext } from '../../src/main/core/context';
import { loadSodium } from '../../src/main/core/sodium';
import type { OpenVault } from '../../src/main/vault/vault';
import { makeRollContext } from './roll';

/**
 * Ana's and Bo's vaults under `parent`, each with the other's card, verified: they met in
 * person and compared fingerprints. The vaults are pushed onto `opened`, for closing.
 */
export async function twoVerifiedOfficers(parent: string, opened: OpenVault[]) {
  const a = await makeRollContext(join(parent, 'ana'));
  const b = await makeRollContext(join(parent, 'bo'));
  opened.push(a.vault, b.vault);
  addOfficer(a.context, contactCard(b.context.db), { verified: true });
  addOfficer(b.context, contactCard(a.context.db), { verified: true });
  return { ana: a.context, bo: b.context, boDir: b.dir };
}

/**
 * A hostile file, built as an attacker with a verified officer's key would: what `from` would
 * send `to`, decrypted, changed by `change`, then signed again with `from`'s own key and sealed
 * for `to`. Everything about it checks out except what it says.
 */
export async function reSignedFile(
  from: VaultContext,
  to: VaultContext,
  change: (records: BundleRecords) => BundleRecords | void,
  request: { scope?: 'all' | 'roll' | 'minutes' } = {},
): Promise<Uint8Array> {
  const sodium = await loadSodium();
  const { file } = await exportForOfficers(from, { to: [to.officerId], scope: request.scope ?? 'all' });
  const recipient = selfIdentity(to.db);
  const opened = readBundle(sodium, await openSealed(file, { identity: [recipient.ageIdentity, recipient.agePqIdentity].filter(Boolean) }));
  const records = structuredClone(opened.records);
  const changed = change(records) ?? records;
  const bundle = buildBundle(sodium, selfIdentity(from.db), changed, opened.manifest.scope, from.now());
  return sealBundle(bundle, { recipients: [recipient.ageRecipient] });
}
