/**
 * The command line goes through the app's service, so its imports get the app's safeguards: a
 * backup just before a CSV import or an exchange is applied (none for a dry run).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli';
import { makeTempDir } from '../helpers/temp';

const env = { CHAPTERHOUSE_PASSPHRASE: 'correct horse battery staple' };
let temp: ReturnType<typeof makeTempDir>;
const json = (args: string[]) => {
  const result = runCli([...args, '--json'], env);
  if (result.status !== 0) throw new Error(`${args.join(' ')} failed: ${result.stderr}`);
  return JSON.parse(result.stdout);
};
const reasons = (vault: string): string[] => (json(['backups', vault]) as { reason: string }[]).map((backup) => backup.reason);

beforeAll(() => {
  temp = makeTempDir();
});
afterAll(() => temp.cleanup());

describe('imports on the command line take the backup the app takes', () => {
  it('members import: a before-import backup when applied, none for a dry run', () => {
    const vault = join(temp.path, 'csv');
    json(['init', vault, '--chapter', 'Riverside Tenants Union', '--officer', 'Ana Reyes']);
    const csv = join(temp.path, 'roll.csv');
    writeFileSync(csv, 'First Name,Last Name,Email\nRosa,Parks,rosa@example.org\nBo,Li,bo@example.org\n');
    expect(json(['members', 'import', vault, csv, '--dry-run'])).toMatchObject({ imported: 2 });
    expect(json(['members', 'import', vault, csv])).toMatchObject({ imported: 2 });
    // One: the import's, none for the dry run.
    expect(reasons(vault)).toEqual(['before-import']);
  }, 180_000);

  it('import: a before-exchange backup when applied, none for a dry run', () => {
    const sender = join(temp.path, 'sender');
    const receiver = join(temp.path, 'receiver');
    json(['demo', sender, '--members', '5']);
    json(['init', receiver, '--chapter', 'Riverside Tenants Union', '--officer', 'Bo Li']);
    const filePassphrase = join(temp.path, 'file-passphrase.txt');
    writeFileSync(filePassphrase, 'a passphrase for this one file\n');
    const file = join(temp.path, 'roll.age');
    json(['export', sender, file, '--export-passphrase-file', filePassphrase, '--scope', 'roll']);
    const importArgs = ['import', receiver, file, '--file-passphrase-file', filePassphrase, '--accept-signer'];
    expect(json([...importArgs, '--dry-run'])).toMatchObject({ new: 5, applied: false });
    expect(json(importArgs)).toMatchObject({ new: 5, applied: true });
    expect(reasons(receiver)).toEqual(['before-exchange']);
    // Six spawns, five of them opening a vault with Argon2id at real cost.
  }, 180_000);
});
