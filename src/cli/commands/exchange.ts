import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { UserError } from '../../main/errors';
import { exportForOfficers } from '../../main/exchange/exchange';
import { addOfficer, contactCard, ensurePqIdentity, listOfficers, selfIdentity } from '../../main/exchange/officers';
import type { Command } from '../command';
import { UsageError } from '../errors';
import { count, printResult, warn, writePrivateFile } from '../output';
import { readFirstLine } from '../secrets';
import { rollContext } from './members';
import { withService, withVault } from './vault';

function readInput(path: string, what: string): Uint8Array {
  try {
    return readFileSync(path);
  } catch {
    throw new UserError('NOT_FOUND', `Cannot read the ${what} ${path}.`);
  }
}

const card: Command = {
  name: 'officer card',
  usage: 'officer card VAULT',
  summary: "print this officer's contact card",
  positionals: [1, 1],
  async run(context) {
    const result = await withVault(context, (vault) => {
      const self = listOfficers(vault.db).find((officer) => officer.isSelf)!;
      return { card: contactCard(vault.db), name: self.name, fingerprint: self.fingerprint };
    });
    printResult(context.json, result, `${result.card}\n\nFingerprint (compare it aloud in person): ${result.fingerprint}`);
  },
};

const add: Command = {
  name: 'officer add',
  usage: 'officer add VAULT CARD [--verified]',
  summary: 'trust another officer (CARD: the card line or a file holding it)',
  positionals: [2, 2],
  options: { verified: { type: 'boolean' } },
  async run(context) {
    const argument = context.args[1]!;
    const text = argument.startsWith('chapterhouse-card:') ? argument : new TextDecoder().decode(readInput(argument, 'card file'));
    const officer = await withVault(context, (vault) => addOfficer(rollContext(vault), text, { verified: context.options.verified === true }));
    const { ageRecipient: _recipient, ...shown } = officer;
    printResult(
      context.json,
      shown,
      officer.verified
        ? `Added ${officer.name}, verified (fingerprint ${officer.fingerprint}).`
        : `Added ${officer.name}, not verified yet. Compare this fingerprint with them in person: ${officer.fingerprint}`,
    );
  },
};

const ageIdentity: Command = {
  name: 'officer age-identity',
  usage: 'officer age-identity VAULT OUT [--pq]',
  summary: 'write the age identity file, for recovery with the age tool (--pq: the post-quantum one, for age 1.3 or newer)',
  positionals: [2, 2],
  options: { pq: { type: 'boolean' } },
  async run(context) {
    // Files sent to a hybrid recipient open only with the hybrid identity, which age before 1.3 cannot read.
    const pq = context.options['pq'] === true;
    const identity = await withVault(context, async (vault) => {
      if (pq) await ensurePqIdentity(vault.db);
      const self = selfIdentity(vault.db);
      return pq ? self.agePqIdentity : self.ageIdentity;
    });
    writePrivateFile(context.args[1]!, `# Chapterhouse officer identity: opens exports sent to this officer. Keep it secret.\n${identity}\n`);
    warn('Warning: this file opens every export sent to you. Keep it on encrypted storage, or delete it after use.');
    printResult(context.json, { file: context.args[1] }, `Wrote ${context.args[1]}.`);
  },
};

const exportCommand: Command = {
  name: 'export',
  usage: 'export VAULT OUT --to OFFICER… [--export-passphrase-file FILE] [--scope all|roll|minutes] [--filter EXPR] [--meeting ID]… [--include-relationships]',
  summary: 'write an encrypted, signed export for officers',
  positionals: [2, 2],
  options: {
    to: { type: 'string', multiple: true },
    'export-passphrase-file': { type: 'string' },
    scope: { type: 'string' },
    filter: { type: 'string' },
    meeting: { type: 'string', multiple: true },
    // Who is tied to whom is the most sensitive thing a chapter keeps: it travels only when asked.
    'include-relationships': { type: 'boolean' },
  },
  async run(context) {
    const scope = (context.options.scope as string | undefined) ?? 'all';
    if (scope !== 'all' && scope !== 'roll' && scope !== 'minutes') throw new UsageError('--scope is all, roll or minutes.');
    const meetingIds = (context.options.meeting as string[] | undefined) ?? [];
    if (meetingIds.length > 0 && scope !== 'minutes') throw new UsageError('--meeting chooses meetings for --scope minutes.');
    const filter = context.options.filter as string | undefined;
    const query = filter ? parseFilter(filter) : undefined;
    const passphraseFile = context.options['export-passphrase-file'] as string | undefined;
    const to = (context.options.to as string[] | undefined) ?? [];
    if (to.length === 0 && !passphraseFile) throw new UsageError('Give --to OFFICER (repeatable) or --export-passphrase-file FILE.');
    const result = await withVault(context, (vault) =>
      exportForOfficers(rollContext(vault), {
        to,
        scope,
        ...(passphraseFile ? { passphrase: readFirstLine(passphraseFile, 'export passphrase') } : {}),
        ...(query ? { query } : {}),
        ...(meetingIds.length > 0 ? { meetingIds } : {}),
        includeRelationships: context.options['include-relationships'] === true,
      }),
    );
    writePrivateFile(context.args[1]!, result.file);
    printResult(
      context.json,
      { file: context.args[1], members: result.members, conversations: result.conversations, meetings: result.meetings, recipients: result.recipients },
      `Wrote ${count(result.members, 'member')} and ${count(result.meetings, 'meeting')} to ${context.args[1]}, readable only by ${result.recipients.join(', ') || 'the passphrase'}.`,
    );
  },
};

/** `building=Maple Court`, `workplace=Acme`, `tag=steward`, `status=lapsed`: one filter, field=value. */
function parseFilter(expression: string) {
  const match = /^\s*(building|workplace|unit|tag|status|language)\s*=\s*(.+?)\s*$/.exec(expression);
  if (!match) throw new UsageError('--filter takes FIELD=VALUE with FIELD one of building, workplace, unit, tag, status, language.');
  const key = { building: 'buildings', workplace: 'workplaces', unit: 'units', tag: 'tags', status: 'statuses', language: 'languages' }[match[1] as 'building'] as 'buildings';
  return { filter: { [key]: [match[2]!] } };
}

const importCommand: Command = {
  name: 'import',
  usage: 'import VAULT FILE [--dry-run] [--file-passphrase-file FILE] [--accept-signer] [--accept-forwarded]',
  summary: 'preview or apply an export from another officer',
  positionals: [2, 2],
  options: { 'dry-run': { type: 'boolean' }, 'file-passphrase-file': { type: 'string' }, 'accept-signer': { type: 'boolean' }, 'accept-forwarded': { type: 'boolean' } },
  async run(context) {
    const file = readInput(context.args[1]!, 'export file');
    const passphraseFile = context.options['file-passphrase-file'] as string | undefined;
    const passphrase = passphraseFile ? readFirstLine(passphraseFile, 'file passphrase') : undefined;
    const dryRun = context.options['dry-run'] === true;
    // The app's two steps, so the backup before an exchange is taken here too.
    const result = await withService(context, async (call) => {
      const preview = await call('exchange:preview', {
        fileName: basename(context.args[1]!),
        contentBase64: Buffer.from(file).toString('base64'),
        ...(passphrase ? { passphrase } : {}),
      });
      if (dryRun) return preview;
      return call('exchange:apply', {
        importId: preview.importId,
        acceptUnverifiedSigner: context.options['accept-signer'] === true,
        acceptForwarded: context.options['accept-forwarded'] === true,
      });
    });
    // Always there from this vault's own service; the contract leaves it optional for older files' previews.
    const meetings = result.meetings ?? { new: 0, changed: 0, deleted: 0, conflicts: 0, details: [] };
    for (const warning of result.warnings ?? []) warn(`Warning: ${warning}`);
    const shape = {
      new: result.new,
      changed: result.changed,
      deleted: result.deleted,
      conflicts: result.conflicts,
      applied: !dryRun,
      signer: result.signer,
      madeFor: result.madeFor,
      forwarded: result.forwarded,
      alreadyImportedAt: result.alreadyImportedAt,
      details: result.details,
      meetings,
    };
    const verb = dryRun ? 'Would bring' : 'Brought';
    printResult(
      context.json,
      shape,
      `From ${result.signer.name} (${result.signer.status}, fingerprint ${result.signer.fingerprint}): ${verb} ${result.new} new, ${result.changed} changed, ${result.deleted} deleted; ${result.conflicts} conflicts kept as yours. Meetings: ${meetings.new} new, ${meetings.changed} changed, ${meetings.deleted} deleted; ${meetings.conflicts} conflicts kept as yours.`,
    );
  },
};

export const exchangeCommands: Command[] = [card, add, ageIdentity, exportCommand, importCommand];
