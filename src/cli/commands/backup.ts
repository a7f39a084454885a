import { resolve } from 'node:path';
import { listBackups } from '../../main/backup/backups';
import { restoreWithPassphrase } from '../../main/backup/restore';
import { describeVault } from '../../main/vault/vault';
import type { Command } from '../command';
import { count, printResult } from '../output';
import { currentPassphrase } from '../secrets';
import { withService } from './vault';

const when = (iso: string): string => iso.replace('T', ' ').slice(0, 19);

const backup: Command = {
  name: 'backup',
  usage: 'backup VAULT',
  summary: "take an encrypted backup now (kept in the vault's backups folder)",
  positionals: [1, 1],
  async run(context) {
    const taken = await withService(context, (call) => call('backup:create', {}));
    printResult(context.json, taken, `Backed up as ${taken.id}.`);
  },
};

const backups: Command = {
  name: 'backups',
  usage: 'backups VAULT',
  summary: 'list the backups, newest first (no passphrase needed)',
  positionals: [1, 1],
  async run(context) {
    const dir = resolve(context.args[0]!);
    // Only to refuse a folder that is not a vault with the usual sentence.
    await describeVault(dir).catch((error: { code?: string }) => {
      if (error.code === 'NOT_A_VAULT') throw error;
    });
    const list = listBackups(dir);
    const lines = list.map(
      (item) => `${item.id}  ${when(item.createdAt)}  ${item.reason.padEnd(15)}  ${(item.sizeBytes / 1024).toFixed(0)} KiB${item.intact ? '' : '  (damaged)'}`,
    );
    printResult(context.json, list, list.length ? [`${count(list.length, 'backup')}:`, ...lines].join('\n') : 'No backups yet.');
  },
};

const restore: Command = {
  name: 'restore',
  usage: 'restore VAULT BACKUP_ID',
  summary: 'replace the vault with a backup (the current state is backed up first)',
  positionals: [2, 2],
  async run(context) {
    const [vault, id] = context.args as [string, string];
    const result = await restoreWithPassphrase(resolve(vault), id, await currentPassphrase(context.passphraseFile), new Date());
    printResult(
      context.json,
      { ok: true, restored: id, ...result },
      [
        `Restored the backup ${id}.`,
        result.savedCurrent ? 'The state before the restore was kept as a backup too.' : '',
        result.replacedKeyslots ? "The vault's damaged key file was replaced by the backup's: use the passphrase from that time." : '',
      ]
        .filter(Boolean)
        .join('\n'),
    );
  },
};

export const backupCommands: Command[] = [backup, backups, restore];
