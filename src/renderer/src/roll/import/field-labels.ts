/**
 * What members' fields are called on screen, in the chapter's own words: a tenant union speaks of
 * buildings and units, a workplace chapter of shops, departments and shifts. Shared by the import's
 * column matching and the duplicates' merge, so a field has one name everywhere.
 */
import type { CustomField, Member } from '../../../../shared/roll';
import { i18n } from '../../i18n';
import { FIELD_LABELS } from '../member-fields';
import type { ChapterKind } from './use-chapter-kind';

/** Not member fields: a column with whole names, which the importer splits into first and last. */
export { FULL_NAME_KEY as FULL_NAME, FULL_NAME_FAMILY_FIRST_KEY as FULL_NAME_FAMILY_FIRST } from '../../../../shared/full-name';
import { FULL_NAME_FAMILY_FIRST_KEY, FULL_NAME_KEY } from '../../../../shared/full-name';

/** The roll's labels, with a few longer ones where a column is being matched to a field (read at each call: the language may change). */
function longerLabel(key: string, kind: ChapterKind): string | undefined {
  if (key === FULL_NAME_KEY) return i18n.t('roll:longLabels.full_name');
  if (key === FULL_NAME_FAMILY_FIRST_KEY) return i18n.t('roll:longLabels.full_name_family_first');
  if (key === 'street' || key === 'join_date' || key === 'assessment') return i18n.t(`roll:longLabels.${key}`);
  if (kind === 'tenant' && key === 'unit') return i18n.t('roll:longLabels.unit');
  if (kind === 'workplace' && key === 'workplace') return i18n.t('roll:longLabels.workplace');
  return undefined;
}

/** The label of a canonical field, 'full_name', or a custom field (by key); the key itself if unknown. */
export function fieldLabel(key: string, kind: ChapterKind, customFields: readonly CustomField[] = []): string {
  const custom = customFields.find((field) => field.key === key);
  if (custom) return custom.label;
  return longerLabel(key, kind) ?? (FIELD_LABELS as Record<string, string>)[key] ?? key;
}

/** "José García", or the preferred name in brackets when it differs: "José (Pepe) García". */
export function memberName(member: Pick<Member, 'first_name' | 'last_name' | 'preferred_name'>): string {
  const preferred = member.preferred_name && member.preferred_name !== member.first_name ? ` (${member.preferred_name})` : '';
  const name = `${member.first_name}${preferred} ${member.last_name}`.trim();
  return name || i18n.t('roll:noName');
}
