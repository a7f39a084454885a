/**
 * What members' fields are called on screen, in the chapter's own words: a tenant union speaks of
 * buildings and units, a workplace chapter of shops, departments and shifts. Shared by the import's
 * column matching and the duplicates' merge, so a field has one name everywhere.
 */
import type { CustomField, Member } from '../../../../shared/roll';
import { FIELD_LABELS } from '../member-fields';
import type { ChapterKind } from './use-chapter-kind';

/** Not a member field: a column with whole names, which the importer splits into first and last. */
export const FULL_NAME = 'full_name';

/** The roll's labels, with a few longer ones where a column is being matched to a field. */
const LABELS: Record<string, string> = {
  ...FIELD_LABELS,
  [FULL_NAME]: 'Full name (split into first and last)',
  street: 'Street address',
  join_date: 'Join date',
  assessment: 'Assessment (1–5)',
};

const KIND_LABELS: Record<ChapterKind, Record<string, string>> = {
  tenant: { unit: 'Unit / apartment' },
  workplace: { workplace: 'Shop / workplace' },
};

/** The label of a canonical field, 'full_name', or a custom field (by key); the key itself if unknown. */
export function fieldLabel(key: string, kind: ChapterKind, customFields: readonly CustomField[] = []): string {
  const custom = customFields.find((field) => field.key === key);
  if (custom) return custom.label;
  return KIND_LABELS[kind][key] ?? LABELS[key] ?? key;
}

/** "José García", or the preferred name in brackets when it differs: "José (Pepe) García". */
export function memberName(member: Pick<Member, 'first_name' | 'last_name' | 'preferred_name'>): string {
  const preferred = member.preferred_name && member.preferred_name !== member.first_name ? ` (${member.preferred_name})` : '';
  const name = `${member.first_name}${preferred} ${member.last_name}`.trim();
  return name || '(no name)';
}
