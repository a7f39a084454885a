// Opens a vault in a separate process and keeps it open until stdin closes: the "other
// Chapterhouse window" for the vault-in-use test.
import { openWithPassphrase } from '../../src/main/vault/vault';
import { TEST_ONLY_FAST_KDF } from '../../src/main/vault/kdf';

const [dir, passphrase] = process.argv.slice(2);
const vault = await openWithPassphrase(dir!, passphrase!, { kdf: TEST_ONLY_FAST_KDF });
process.stdout.write('ready\n');
process.stdin.resume();
process.stdin.on('end', () => {
  vault.close();
  process.exit(0);
});
