import { dirname, resolve } from 'node:path';
import type { ChannelInput, ChannelName, ChannelOutput } from '../../shared/contract';
import { createService } from '../../main/service';
import { checkIntegrity } from '../../main/vault/integrity';
import {
  createVault,
  openWithPassphrase,
  recoverVault,
  type OpenVault,
} from '../../main/vault/vault';
import { UserError } from '../../main/errors';
import { createDemoVault } from '../../main/demo/demo-vault';
import { UsageError } from '../errors';
import type { Command, CommandContext } from '../command';
import { count, printResult, warn } from '../output';
import { currentPassphrase, newPassphrase } from '../secrets';

/** Opens the vault named by the first positional with the usual passphrase sources, runs `work`, closes. */
export async function withVault<T>(context: CommandContext, work: (vault: OpenVault) => Promise<T> | T): Promise<T> {
  const dir = resolve(context.args[0]!);
  const vault = await openWithPassphrase(dir, await currentPassphrase(context.passphraseFile));
  try {
    return await work(vault);
  } finally {
    vault.close();
  }
}

/** A channel of the app's service: the input parsed by its schema, the handler run with its policy. */
export type Call = <C extends ChannelName>(channel: C, input: ChannelInput<C>) => Promise<ChannelOutput<C>>;

/**
 * Opens the vault named by the first positional in the same service as the app, runs `work` with
 * its channels, closes. So a command has the app's safeguards, such as the backup before an import.
 */
export async function withService<T>(context: CommandContext, work: (call: Call) => Promise<T>): Promise<T> {
  const dir = resolve(context.args[0]!);
  const service = createService({ vaultsDir: dirname(dir) });
  try {
    await service.openFolder(dir, await currentPassphrase(context.passphraseFile));
    return await work((channel, input) => service.call(channel, input) as Promise<ChannelOutput<typeof channel>>);
  } finally {
    service.dispose();
  }
}

const init: Command = {
  name: 'init',
  usage: 'init VAULT --chapter NAME --officer NAME',
  summary: 'create a vault; prints the recovery code once',
  positionals: [1, 1],
  options: { chapter: { type: 'string' }, officer: { type: 'string' } },
  required: ['chapter', 'officer'],
  async run(context) {
    const dir = resolve(context.args[0]!);
    const passphrase = context.passphraseFile || process.env.CHAPTERHOUSE_PASSPHRASE
      ? await currentPassphrase(context.passphraseFile)
      : await newPassphrase(undefined);
    const { vault, recoveryCode } = await createVault({
      dir,
      chapterName: String(context.options.chapter),
      officerName: String(context.options.officer),
      passphrase,
    });
    const officerId = vault.info.officerId;
    vault.close();
    printResult(
      context.json,
      { vault: dir, officerId, recoveryCode },
      [
        `Created the vault ${dir}`,
        `Officer id: ${officerId}`,
        '',
        'Recovery code — write it down and keep it somewhere safe. It is shown only this once,',
        'and it is the only way in if the passphrase is forgotten:',
        '',
        `    ${recoveryCode}`,
      ].join('\n'),
    );
  },
};

const verify: Command = {
  name: 'verify',
  usage: 'verify VAULT',
  summary: 'open, run integrity checks, print counts',
  positionals: [1, 1],
  async run(context) {
    const report = await withVault(context, (vault) => checkIntegrity(vault.db));
    if (!report.ok) {
      throw new UserError(
        'DATABASE_DAMAGED',
        `The vault failed its integrity check (${report.problems.slice(0, 3).join('; ')}). Restore it from a backup copy.`,
      );
    }
    const { members, meetings, officers } = report;
    printResult(
      context.json,
      { ok: true, members, meetings, officers },
      `The vault is intact: ${count(members, 'member')}, ${count(meetings, 'meeting')}, ${count(officers, 'officer')}.`,
    );
  },
};

const passwd: Command = {
  name: 'passwd',
  usage: 'passwd VAULT --new-passphrase-file FILE',
  summary: 'change the passphrase',
  positionals: [1, 1],
  options: { 'new-passphrase-file': { type: 'string' } },
  async run(context) {
    const current = await currentPassphrase(context.passphraseFile);
    const next = await newPassphrase(context.options['new-passphrase-file'] as string | undefined);
    const vault = await openWithPassphrase(resolve(context.args[0]!), current);
    try {
      await vault.changePassphrase(current, next);
    } finally {
      vault.close();
    }
    printResult(context.json, { ok: true }, 'The passphrase was changed. The recovery code still works.');
  },
};

const recover: Command = {
  name: 'recover',
  usage: 'recover VAULT --recovery-code CODE --new-passphrase-file FILE',
  summary: 'reset the passphrase with the recovery code',
  positionals: [1, 1],
  options: { 'recovery-code': { type: 'string' }, 'new-passphrase-file': { type: 'string' } },
  required: ['recovery-code'],
  async run(context) {
    const next = await newPassphrase(context.options['new-passphrase-file'] as string | undefined);
    const vault = await recoverVault(resolve(context.args[0]!), String(context.options['recovery-code']), next);
    vault.close();
    printResult(context.json, { ok: true }, 'The vault has a new passphrase. The old passphrase no longer opens it.');
  },
};

const key: Command = {
  name: 'key',
  usage: 'key VAULT',
  summary: 'print the raw database key (hex), for SQLCipher 4 tools',
  positionals: [1, 1],
  async run(context) {
    const hex = await withVault(context, (vault) => vault.rawKeyHex());
    warn(
      'Warning: this key opens the whole vault without any passphrase. Do not save it in a file, a chat or a password manager you share.',
    );
    // Text shown to the officer for their own SQLCipher shell, never run here.
    // eslint-disable-next-line no-restricted-syntax
    printResult(context.json, { key: hex, pragma: `PRAGMA key = "x'${hex}'";` }, hex);
  },
};


const demo: Command = {
  name: 'demo',
  usage: 'demo VAULT [--members N]',
  summary: 'create a vault filled with seeded synthetic data',
  positionals: [1, 1],
  options: { members: { type: 'string' } },
  async run(context) {
    const members = Number(context.options.members ?? 500);
    if (!Number.isInteger(members) || members < 0 || members > 1_000_000) throw new UsageError('--members is a whole number up to 1,000,000.');
    const dir = resolve(context.args[0]!);
    const passphrase = context.passphraseFile || process.env.CHAPTERHOUSE_PASSPHRASE
      ? await currentPassphrase(context.passphraseFile)
      : await newPassphrase(undefined);
    const { vault, recoveryCode } = await createDemoVault(dir, passphrase, { members });
    const officerId = vault.info.officerId;
    vault.close();
    printResult(
      context.json,
      { vault: dir, officerId, recoveryCode, members },
      `Created the demo vault ${dir} with ${count(members, 'synthetic member')}.\nRecovery code: ${recoveryCode}`,
    );
  },
};

export const vaultCommands: Command[] = [init, verify, passwd, recover, key, demo];
