/**
 * Where a CSV column can go: member fields in groups (as the select shows them), the full-name
 * splitter, the chapter's custom fields, or nowhere. The order follows the chapter: a tenant union
 * thinks of the building before the job, a workplace chapter the other way round.
 */
import type { ColumnMapping, CustomField } from '../../../../shared/roll';
import { FULL_NAME, FULL_NAME_FAMILY_FIRST, fieldLabel } from './field-labels';
import type { ChapterKind } from './use-chapter-kind';
import { i18n } from '../../i18n';

export interface TargetGroup {
  label: string;
  targets: { key: string; label: string }[];
}

const NAME = ['first_name', 'last_name', FULL_NAME, FULL_NAME_FAMILY_FIRST, 'preferred_name', 'pronouns'];
const CONTACT = ['email', 'phone'];
const WORK = ['workplace', 'department', 'shift'];
const MEMBERSHIP = ['status', 'join_date', 'dues_paid_through', 'assessment'];
const OTHER = ['tags', 'languages', 'notes'];
const TENANT_ADDRESS = ['building', 'unit', 'street', 'city', 'region', 'postal_code'];
const WORKPLACE_ADDRESS = ['street', 'unit', 'city', 'region', 'postal_code', 'building'];

/** The columns that give a member a name; the import needs at least one of them. */
export const NAME_TARGETS = ['first_name', 'last_name', 'preferred_name', FULL_NAME, FULL_NAME_FAMILY_FIRST];

export function targetGroups(kind: ChapterKind, customFields: readonly CustomField[]): TargetGroup[] {
  const group = (key: 'home' | 'address' | 'work' | 'name' | 'contact' | 'membership' | 'other', keys: string[]): TargetGroup => ({
    label: i18n.t(`roll:import.groups.${key}`),
    targets: keys.map((key) => ({ key, label: fieldLabel(key, kind) })),
  });
  const address = group(kind === 'tenant' ? 'home' : 'address', kind === 'tenant' ? TENANT_ADDRESS : WORKPLACE_ADDRESS);
  const work = group('work', WORK);
  const groups = [
    group('name', NAME),
    group('contact', CONTACT),
    ...(kind === 'tenant' ? [address, work] : [work, address]),
    group('membership', MEMBERSHIP),
    group('other', OTHER),
  ];
  if (customFields.length > 0) {
    groups.push({ label: i18n.t('roll:import.groups.custom'), targets: customFields.map((field) => ({ key: field.key, label: field.label })) });
  }
  return groups;
}

export function hasNameColumn(mapping: ColumnMapping): boolean {
  return mapping.some((target) => target !== null && NAME_TARGETS.includes(target));
}

/**
 * `mapping` with `column` sent to `target`. A field takes one column only, so a column that held
 * `target` before lets go of it (it is then not imported) — the officer sees that row change.
 */
export function assignColumn(mapping: ColumnMapping, column: number, target: string | null): ColumnMapping {
  return mapping.map((current, index) => {
    if (index === column) return target;
    return target !== null && current === target ? null : current;
  });
}
