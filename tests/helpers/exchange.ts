import { join } from 'node:path';
import { addOfficer, contactCard } from '../../src/main/exchange/officers';
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
