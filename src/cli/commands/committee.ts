/** The organizing committee on the command line: contact attempts, follow-ups, walk lists, relationships, turf. */
import { UserError } from '../../main/errors';
import { addAttempt, parseDay, parseOutcome, parseVia } from '../../main/roll/contact-attempts';
import { followUps } from '../../main/organizing/committee/followups';
import { addRelationship, parseRelationshipKind } from '../../main/organizing/committee/relationships';
import { assignOrganizer } from '../../main/organizing/committee/turf';
import { renderCallList, renderWalkList, walkRows } from '../../main/organizing/committee/walklist';
import { all, sql } from '../../main/db/sql';
import type { VaultContext } from '../../main/core/context';
import type { Command } from '../command';
import { UsageError } from '../errors';
import { count, printResult, warn, writePrivateFile } from '../output';
import { rollContext } from './members';
import { withVault } from './vault';

const PDF_WARNING = 'Warning: the PDF file is NOT encrypted. Anyone who gets it can read every name on it; shred the paper and delete the file when you are done.';

/**
 * A member as the CLI takes it: their id, or a name that picks exactly one live member
 * ("Ana Ruiz", or the name they go by).
 */
export function resolveMember(roll: VaultContext, text: string): string {
  const wanted = text.trim();
  // A deleted member's id goes through: the command then says that they were deleted.
  const byId = all<{ id: string }>(roll.db, sql`SELECT id FROM members WHERE id = ${wanted}`);
  if (byId.length === 1) return byId[0]!.id;
  const byName = all<{ id: string }>(
    roll.db,
    sql`SELECT id FROM members WHERE deleted_at = ''
        AND ((first_name || ' ' || last_name) = ${wanted} COLLATE NOCASE OR (preferred_name || ' ' || last_name) = ${wanted} COLLATE NOCASE)`,
  );
  if (byName.length === 1) return byName[0]!.id;
  if (byName.length > 1) throw new UserError('INVALID_INPUT', `${byName.length} members are called "${wanted}"; give the member's id instead.`);
  throw new UserError('NOT_FOUND', `No member has the id or name "${wanted}".`);
}

/** `--filter a=1 --filter b=2` → { a: '1', b: '2' } */
function filterPairs(values: unknown): Record<string, string> {
  const result: Record<string, string> = {};
  for (const item of (values as string[] | undefined) ?? []) {
    const equals = item.indexOf('=');
    if (equals <= 0) throw new UsageError(`--filter takes FIELD=VALUE, not "${item}".`);
    result[item.slice(0, equals).trim()] = item.slice(equals + 1);
  }
  return result;
}

const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

const contactAdd: Command = {
  name: 'contact add',
  usage:
    'contact add VAULT MEMBER --outcome talked|not-home|left-message|moved|wrong-number|refused --via door|phone|text|work|meeting [--date DATE] [--by NAME] [--notes TEXT] [--next DATE] [--reason TEXT] [--assessment 1-5] [--status S]',
  summary: 'log an attempt to reach a member; --next sets the follow-up date',
  positionals: [2, 2],
  options: {
    outcome: { type: 'string' },
    via: { type: 'string' },
    date: { type: 'string' },
    by: { type: 'string' },
    notes: { type: 'string' },
    next: { type: 'string' },
    reason: { type: 'string' },
    assessment: { type: 'string' },
    status: { type: 'string' },
  },
  required: ['outcome', 'via'],
  async run(context) {
    // Words are checked before the passphrase is asked for: a typo needs no vault.
    const outcome = parseOutcome(text(context.options.outcome)!);
    const via = parseVia(text(context.options.via)!);
    const assessmentText = text(context.options.assessment)?.trim();
    if (assessmentText !== undefined && !/^[1-5]$/.test(assessmentText)) {
      throw new UserError('INVALID_INPUT', `The assessment must be a whole number from 1 to 5, not "${assessmentText}".`);
    }
    const attempt = await withVault(context, (vault) => {
      const roll = rollContext(vault);
      return addAttempt(roll, {
        memberId: resolveMember(roll, context.args[1]!),
        outcome,
        via,
        date: text(context.options.date),
        by: text(context.options.by),
        notes: text(context.options.notes),
        next: text(context.options.next),
        reason: text(context.options.reason),
        assessment: assessmentText === undefined ? undefined : Number(assessmentText),
        status: text(context.options.status),
      });
    });
    printResult(context.json, { id: attempt.id }, attempt.next_date ? `Logged (${attempt.id}); follow up on ${attempt.next_date}.` : `Logged (${attempt.id}).`);
  },
};

const followupsCommand: Command = {
  name: 'followups',
  usage: 'followups VAULT [--organizer MEMBER] [--due-by DATE]',
  summary: 'who is due for follow-up, oldest first',
  positionals: [1, 1],
  options: { organizer: { type: 'string' }, 'due-by': { type: 'string' } },
  async run(context) {
    const due = await withVault(context, (vault) => {
      const roll = rollContext(vault);
      const organizer = text(context.options.organizer);
      const dueBy = text(context.options['due-by']);
      if (dueBy !== undefined) parseDay(roll, dueBy, 'due-by date');
      return followUps(roll, { organizer: organizer === undefined ? undefined : resolveMember(roll, organizer), dueBy });
    });
    const lines = due.map((row) => [row.next, row.overdue ? 'overdue' : 'due', row.name, row.reason, row.member].filter(Boolean).join('  '));
    printResult(context.json, due, lines.length ? lines.join('\n') : 'Nobody is due for follow-up.');
  },
};

const walklist: Command = {
  name: 'walklist',
  usage: 'walklist VAULT OUT.pdf [--filter FIELD=VALUE]… [--organizer MEMBER] [--call]',
  summary: 'a walk list by floor and unit, with outcome boxes (--call: a call list by organizer; plaintext: warns)',
  positionals: [2, 2],
  options: { filter: { type: 'string', multiple: true }, organizer: { type: 'string' }, call: { type: 'boolean' } },
  async run(context) {
    const filter = filterPairs(context.options.filter);
    const { pdf, members } = await withVault(context, async (vault) => {
      const roll = rollContext(vault);
      const organizerText = text(context.options.organizer);
      const request = { filter, ...(organizerText === undefined ? {} : { organizer: resolveMember(roll, organizerText) }) };
      if (context.options.call === true) {
        return { pdf: await renderCallList(roll, request), members: walkRows(roll, request).length };
      }
      const walk = await renderWalkList(roll, request);
      return { pdf: walk.pdf, members: walk.rows.length };
    });
    writePrivateFile(context.args[1]!, pdf);
    warn(PDF_WARNING);
    printResult(context.json, { file: context.args[1], members }, `Wrote a ${context.options.call ? 'call' : 'walk'} list of ${count(members, 'member')} to ${context.args[1]}.`);
  },
};

const relationAdd: Command = {
  name: 'relation add',
  usage: 'relation add VAULT MEMBER OTHER --kind family|roommate|neighbour|friend|coworker|carpool|influences [--note TEXT]',
  summary: 'a tie between two members',
  positionals: [3, 3],
  options: { kind: { type: 'string' }, note: { type: 'string' } },
  required: ['kind'],
  async run(context) {
    const kind = parseRelationshipKind(text(context.options.kind)!);
    const tie = await withVault(context, (vault) => {
      const roll = rollContext(vault);
      return addRelationship(roll, {
        memberId: resolveMember(roll, context.args[1]!),
        otherId: resolveMember(roll, context.args[2]!),
        kind,
        note: text(context.options.note),
      });
    });
    printResult(context.json, { id: tie.id }, `Recorded: ${tie.kind} of ${tie.other_name} (${tie.id}).`);
  },
};

const organizerAssign: Command = {
  name: 'organizer assign',
  usage: 'organizer assign VAULT ORGANIZER [MEMBER…] [--filter FIELD=VALUE]…',
  summary: 'give members (or everyone the filter picks, e.g. --filter building=Oak --filter floor=3) to an OC member',
  positionals: [2, 10_000],
  options: { filter: { type: 'string', multiple: true } },
  async run(context) {
    const filter = filterPairs(context.options.filter);
    if (context.args.length === 2 && Object.keys(filter).length === 0) throw new UsageError('Name the members, or pick them with --filter FIELD=VALUE.');
    const assigned = await withVault(context, (vault) => {
      const roll = rollContext(vault);
      const organizer = resolveMember(roll, context.args[1]!);
      const memberIds = context.args.length > 2 ? context.args.slice(2).map((member) => resolveMember(roll, member)) : undefined;
      return assignOrganizer(roll, organizer, memberIds ? { memberIds } : { filter });
    });
    printResult(context.json, { assigned }, `Assigned ${count(assigned, 'member')}.`);
  },
};

export const committeeCommands: Command[] = [contactAdd, followupsCommand, walklist, relationAdd, organizerAssign];
