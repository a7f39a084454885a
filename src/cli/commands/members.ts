import { readFileSync } from 'node:fs';
import { vaultContext } from '../../main/vault-context';
import type { CustomField, Member } from '../../shared/roll';
import { UserError } from '../../main/errors';
import type { VaultContext } from '../../main/core/context';
import { CANONICAL_MEMBER_FIELDS } from '../../main/roll/fields';
import { inputFromStrings } from '../../main/roll/members';
import { readSettings } from '../../main/vault/settings';
import type { OpenVault } from '../../main/vault/vault';
import type { Command, CommandContext } from '../command';
import { UsageError } from '../errors';
import { count, printResult, warn, writePrivateFile } from '../output';
import { withService } from './vault';

/** As many members as one `roll:list` page holds. */
const LIST_PAGE = 1000;

const PLAINTEXT_WARNING =
  'Warning: the CSV file is NOT encrypted. Anyone who gets it can read every name in it; delete it when you are done.';

export function rollContext(vault: OpenVault): VaultContext {
  return vaultContext(vault);
}

/** The JSON form of a member: its id, the canonical fields, then custom fields by key. */
export function memberJson(member: Member): Record<string, unknown> {
  return {
    id: member.id,
    ...Object.fromEntries(CANONICAL_MEMBER_FIELDS.map((field) => [field, member[field]])),
    ...member.custom,
    standing: member.standing,
  };
}

/** `--set a=1 --set b=2` → { a: '1', b: '2' } */
function pairs(values: unknown, option: string): Record<string, string> {
  const result: Record<string, string> = {};
  for (const item of (values as string[] | undefined) ?? []) {
    const equals = item.indexOf('=');
    if (equals <= 0) throw new UsageError(`--${option} takes FIELD=VALUE, not "${item}".`);
    result[item.slice(0, equals).trim()] = item.slice(equals + 1);
  }
  return result;
}

/** The `--set` pairs, checked for form before the vault is opened: a usage error needs no passphrase. */
function setPairs(context: CommandContext): Record<string, string> {
  const values = pairs(context.options.set, 'set');
  if (Object.keys(values).length === 0) throw new UsageError('Give at least one --set FIELD=VALUE.');
  return values;
}

function parseSet(values: Record<string, string>, customFields: CustomField[]) {
  const { input, errors } = inputFromStrings(values, customFields);
  if (errors.length) throw new UserError('INVALID_INPUT', `Not saved: ${errors.map((error) => error.message).join('; ')}.`);
  return input;
}

const importCommand: Command = {
  name: 'members import',
  usage: 'members import VAULT FILE.csv [--map HEADER=field]… [--encoding E] [--on-match update|skip|create] [--dry-run]',
  summary: 'import a roll from CSV, all rows or none',
  positionals: [2, 2],
  options: {
    map: { type: 'string', multiple: true },
    encoding: { type: 'string' },
    'on-match': { type: 'string' },
    'dry-run': { type: 'boolean' },
  },
  async run(context) {
    const onMatch = (context.options['on-match'] as string | undefined) ?? 'update';
    if (!['update', 'skip', 'create'].includes(onMatch)) throw new UsageError('--on-match is update, skip or create.');
    const maps = pairs(context.options.map, 'map');
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(context.args[1]!);
    } catch {
      throw new UserError('NOT_FOUND', `Cannot read ${context.args[1]}.`);
    }
    // The app's two steps, so the same checks, matching and backup before the import apply here too.
    const result = await withService(context, async (call) => {
      const encoding = context.options.encoding as string | undefined;
      const preview = await call('roll:importPreview', {
        fileName: context.args[1]!,
        contentBase64: Buffer.from(bytes).toString('base64'),
        ...(encoding !== undefined ? { encoding } : {}),
      });
      const { headers, importId } = preview;
      const mapping = [...preview.mapping];
      for (const [header, field] of Object.entries(maps)) {
        const column = headers.findIndex((candidate) => candidate.toLowerCase() === header.toLowerCase());
        if (column < 0) throw new UserError('INVALID_INPUT', `The file has no column "${header}" (it has: ${headers.join(', ')}).`);
        mapping.forEach((target, index) => {
          if (target === field) mapping[index] = null;
        });
        mapping[column] = field === '' || field === 'ignore' ? null : field;
      }
      return call('roll:importApply', {
        importId,
        mapping,
        onMatch: onMatch as 'update' | 'skip' | 'create',
        dryRun: context.options['dry-run'] === true,
      });
    });
    // DESIGN.md's shape, exactly: repeats are told in the summary line instead.
    const { applied: _applied, errorCount: _errorCount, repeats: _repeats, ...shape } = result;
    const repeated = result.repeats.length ? ` ${count(result.repeats.length, 'row')} repeated an earlier row of the file (first: line ${result.repeats[0]!.row} repeats line ${result.repeats[0]!.of}).` : '';
    const summary = `${result.applied ? 'Imported' : 'Would import'} ${count(result.imported, 'new member')}, updated ${result.updated}, skipped ${result.skipped} of ${count(result.total, 'row')}.${repeated}`;
    if (result.errors.length > 0) {
      if (context.json) printResult(true, shape, '');
      const first = result.errors[0]!;
      throw new UserError(
        'INVALID_INPUT',
        `${count(new Set(result.errors.map((error) => error.row)).size, 'row')} could not be imported, so nothing was (first: line ${first.row}, ${first.field}: ${first.message}).`,
      );
    }
    printResult(context.json, shape, summary);
  },
};

const list: Command = {
  name: 'members list',
  usage: 'members list VAULT [--search TEXT]',
  summary: 'list or search members',
  positionals: [1, 1],
  options: { search: { type: 'string' } },
  async run(context) {
    const members = await withService(context, async (call) => {
      const search = context.options.search as string | undefined;
      const rows: Member[] = [];
      // Page by page, as the app reads the roll; the pages are one query's order.
      for (let total = 1; rows.length < total; ) {
        const page = await call('roll:list', { ...(search !== undefined ? { search } : {}), offset: rows.length, limit: LIST_PAGE });
        rows.push(...page.rows);
        total = page.rows.length === 0 ? rows.length : page.total;
      }
      return rows;
    });
    const lines = members.map((member) =>
      // The whole id: it is what `members update` and `members delete` take.
      [member.id, `${member.first_name} ${member.last_name}`.trim(), member.phone, member.email, member.status].join('  '),
    );
    printResult(context.json, members.map(memberJson), lines.length ? lines.join('\n') : 'No members found.');
  },
};

const add: Command = {
  name: 'members add',
  usage: 'members add VAULT --set field=value…',
  summary: 'add one member; prints its id',
  positionals: [1, 1],
  options: { set: { type: 'string', multiple: true } },
  async run(context) {
    const values = setPairs(context);
    const member = await withService(context, async (call) => call('roll:add', { fields: parseSet(values, await call('roll:customFields', {})) }));
    printResult(context.json, memberJson(member), member.id);
  },
};

const update: Command = {
  name: 'members update',
  usage: 'members update VAULT ID --set field=value…',
  summary: 'change fields of one member',
  positionals: [2, 2],
  options: { set: { type: 'string', multiple: true } },
  async run(context) {
    const values = setPairs(context);
    const member = await withService(context, async (call) =>
      call('roll:update', { id: context.args[1]!, fields: parseSet(values, await call('roll:customFields', {})) }),
    );
    printResult(context.json, memberJson(member), `Updated ${member.first_name} ${member.last_name}`.trim() + '.');
  },
};

const remove: Command = {
  name: 'members delete',
  usage: 'members delete VAULT ID',
  summary: 'delete one member: erases their data, leaving a tombstone',
  positionals: [2, 2],
  async run(context) {
    const { count: deleted } = await withService(context, (call) => call('roll:delete', { ids: [context.args[1]!] }));
    if (deleted === 0) throw new UserError('NOT_FOUND', `No member has the id ${context.args[1]}.`);
    printResult(context.json, { deleted: context.args[1] }, 'Deleted.');
  },
};


const exportCommand: Command = {
  name: 'members export',
  usage: 'members export VAULT OUT.csv',
  summary: 'write the roll as plaintext CSV (warns)',
  positionals: [2, 2],
  async run(context) {
    const { csv, count: written } = await withService(context, (call) => call('roll:exportCsv', {}));
    writePrivateFile(context.args[1]!, csv);
    warn(PLAINTEXT_WARNING);
    printResult(context.json, { file: context.args[1], members: written }, `Wrote ${count(written, 'member')} to ${context.args[1]}.`);
  },
};

export const memberCommands: Command[] = [importCommand, list, add, update, remove, exportCommand];
