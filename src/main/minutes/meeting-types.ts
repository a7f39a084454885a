/** The chapter's own meeting types, each with its quorum rule and agenda template. */
import { randomUUID } from 'node:crypto';
import { QuorumRule, type MeetingType, type MeetingTypeInput } from '../../shared/meetings';
import { all, get, run, sql } from '../db/sql';
import { UserError } from '../errors';
import type { VaultContext } from '../core/context';
import { audit } from './audit';

interface TypeRow {
  id: string;
  name: string;
  quorum: string;
  agenda: string;
}

const toType = (row: TypeRow): MeetingType => ({
  id: row.id,
  name: row.name,
  quorum: QuorumRule.parse(JSON.parse(row.quorum)),
  agenda: JSON.parse(row.agenda) as string[],
});

export function listMeetingTypes(context: VaultContext): MeetingType[] {
  return all<TypeRow>(context.db, sql`SELECT * FROM meeting_types ORDER BY position, name COLLATE NOCASE`).map(toType);
}

export function getMeetingType(context: VaultContext, id: string): MeetingType {
  const row = get<TypeRow>(context.db, sql`SELECT * FROM meeting_types WHERE id = ${id}`);
  if (!row) throw new UserError('NOT_FOUND', 'That meeting type does not exist (it may have been deleted).');
  return toType(row);
}

export function saveMeetingType(context: VaultContext, input: MeetingTypeInput): MeetingType[] {
  const clash = get<{ id: string }>(context.db, sql`SELECT id FROM meeting_types WHERE name = ${input.name} COLLATE NOCASE`);
  if (clash && clash.id !== input.id) throw new UserError('INVALID_INPUT', `There is already a meeting type called "${input.name}".`);
  const quorum = JSON.stringify(input.quorum);
  const agenda = JSON.stringify(input.agenda);
  context.db.transaction(() => {
    if (input.id) {
      const before = getMeetingType(context, input.id);
      run(context.db, sql`UPDATE meeting_types SET name = ${input.name}, quorum = ${quorum}, agenda = ${agenda} WHERE id = ${input.id}`);
      audit(context, 'meeting_type', input.id, 'update', before, input);
    } else {
      const id = randomUUID();
      const position = get<{ n: number }>(context.db, sql`SELECT coalesce(max(position), -1) + 1 AS n FROM meeting_types`)!.n;
      run(
        context.db,
        sql`INSERT INTO meeting_types (id, name, quorum, agenda, position, created_at)
            VALUES (${id}, ${input.name}, ${quorum}, ${agenda}, ${position}, ${context.now().toISOString()})`,
      );
      audit(context, 'meeting_type', id, 'create', null, input);
    }
  })();
  return listMeetingTypes(context);
}

export function deleteMeetingType(context: VaultContext, id: string): MeetingType[] {
  const type = getMeetingType(context, id);
  const used = get<{ n: number }>(context.db, sql`SELECT count(*) AS n FROM meetings WHERE type_id = ${id}`)!.n;
  if (used > 0) {
    throw new UserError('FORBIDDEN', `"${type.name}" is the type of ${used} ${used === 1 ? 'meeting' : 'meetings'}, so it can't be deleted. Rename it instead.`);
  }
  context.db.transaction(() => {
    run(context.db, sql`DELETE FROM meeting_types WHERE id = ${id}`);
    audit(context, 'meeting_type', id, 'delete', type, null);
  })();
  return listMeetingTypes(context);
}
