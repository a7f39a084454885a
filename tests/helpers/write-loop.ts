// A write-heavy officer for the crash test: adds, edits and imports members in a loop and
// prints each committed change's id only after its transaction has committed. The test kills
// this process at random moments and then checks that every printed change survived.
import { vaultContext } from '../../src/main/vault-context';
import { writeSync } from 'node:fs';
import { applyImport, mappingFor, readImportFile } from '../../src/main/roll/import';
import { addMember, updateMember } from '../../src/main/roll/members';
import { readSettings } from '../../src/main/vault/settings';
import { TEST_ONLY_FAST_KDF } from '../../src/main/vault/kdf';
import { openWithPassphrase } from '../../src/main/vault/vault';

const [dir, passphrase, tag] = process.argv.slice(2) as [string, string, string];
const vault = await openWithPassphrase(dir, passphrase, { kdf: TEST_ONLY_FAST_KDF });
const context = vaultContext(vault);
const report = (line: string): void => {
  writeSync(1, `${line}\n`);
};
report('ready');
for (let step = 0; ; step++) {
  if (step % 10 === 9) {
    const csv = `First Name,Last Name,Notes\n${Array.from({ length: 50 }, (_, i) => `Imported${step}x${i},${tag},batch ${step}`).join('\n')}\n`;
    const parsed = readImportFile(new TextEncoder().encode(csv));
    const result = await applyImport(context, { fileName: 'loop.csv', parsed }, { mapping: mappingFor(context, parsed.headers).mapping, onMatch: 'create' });
    if (result.applied) report(`import Imported${step}x49`);
  } else {
    const member = addMember(context, { first_name: `Added${step}`, last_name: tag, notes: 'x'.repeat(step % 500) });
    updateMember(context, member.id, { notes: `edited ${step}` });
    report(`edit ${member.id} edited ${step}`);
  }
}
