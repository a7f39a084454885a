/** The roll as a plaintext CSV: canonical columns, then the chapter's custom fields. */
import type { RollQuery } from '../../shared/roll';
import type { VaultContext } from '../core/context';
import { listCustomFields } from './custom-fields';
import { toCsv } from './csv/write';
import { CANONICAL_MEMBER_FIELDS } from './fields';
import { listMembers } from './query';

export function exportRollCsv(context: VaultContext, query: RollQuery = {}): { csv: string; count: number } {
  const customKeys = listCustomFields(context.db).map((field) => field.key);
  const { total } = listMembers(context, { ...query, limit: 1 });
  const { rows } = listMembers(context, { ...query, offset: 0, limit: Math.max(total, 1) });
  const csvRows = rows.map((member) => [
    ...CANONICAL_MEMBER_FIELDS.map((field) => (field === 'assessment' ? (member.assessment ?? '') : member[field])),
    ...customKeys.map((key) => member.custom[key] ?? ''),
  ]);
  return { csv: toCsv([...CANONICAL_MEMBER_FIELDS, ...customKeys], csvRows), count: rows.length };
}
