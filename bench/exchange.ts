/** Exchange figures: export, import into an empty vault, and the age tool on the same payload size. */
import { execFileSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { applyImportFile, exportForOfficers } from '../src/main/exchange/exchange';
import { addOfficer, contactCard, selfIdentity } from '../src/main/exchange/officers';
import type { VaultContext } from '../src/main/core/context';
import { createVault } from '../src/main/vault/vault';
import { rollContextOf } from './roll';

export interface ExchangeFigures {
  export_ms: number;
  import_ms: number;
  age_cli_encrypt_ms?: number;
}

export async function exchangeFigures(sender: VaultContext, root: string): Promise<ExchangeFigures> {
  const { vault } = await createVault({ dir: join(root, 'receiver'), chapterName: 'Bench Chapter', officerName: 'Receiver', passphrase: 'bench passphrase for timing only' });
  try {
    const receiver = rollContextOf(vault);
    const receiverOfficer = addOfficer(sender, contactCard(receiver.db), { verified: true });
    addOfficer(receiver, contactCard(sender.db), { verified: true });
    let start = performance.now();
    const { file } = await exportForOfficers(sender, { to: [receiverOfficer.id], scope: 'all' });
    const exportMs = performance.now() - start;
    start = performance.now();
    await applyImportFile(receiver, file, {});
    const importMs = performance.now() - start;
    const figures: ExchangeFigures = { export_ms: exportMs, import_ms: importMs };
    if (existsSync('/usr/bin/age')) {
      // The best native implementation encrypting as many bytes, to show the ratio.
      const payload = join(root, 'payload.bin');
      writeFileSync(payload, Buffer.alloc(file.length, 'x'));
      start = performance.now();
      execFileSync('age', ['-r', selfIdentity(receiver.db).ageRecipient, '-o', join(root, 'payload.age'), payload]);
      figures.age_cli_encrypt_ms = performance.now() - start;
    }
    return figures;
  } finally {
    vault.close();
  }
}
