/**
 * How the roll's fields are named and grouped on screen. The keys are the canonical member
 * fields from shared/roll.ts; the labels are what a chapter secretary reads.
 */
import type { Settings } from '../../../shared/contract';
import type { CustomField, Member, MemberTextField, Standing } from '../../../shared/roll';
import { i18n } from '../i18n';

export type ChapterKind = Settings['chapterKind'];

/**
 * A table of labels read in the current language each time one is looked up (a getter per
 * key), so the many places that index these tables need no change when the language does.
 */
function translatedTable<K extends string | number>(keys: readonly K[], prefix: string): Record<K, string> {
  const table = {} as Record<K, string>;
  for (const key of keys) {
    Object.defineProperty(table, key, { enumerable: true, get: () => i18n.t(`roll:${prefix}.${key}` as never) });
  }
  return table;
}

const FIELDS = [
  'first_name', 'last_name', 'preferred_name', 'pronouns', 'email', 'phone', 'street', 'unit', 'city', 'region',
  'postal_code', 'workplace', 'department', 'shift', 'building', 'status', 'join_date', 'dues_paid_through', 'tags',
  'languages', 'notes', 'assessment', 'organizer', 'organizing_committee', 'floor',
] as const satisfies readonly (MemberTextField | 'assessment')[];

export const FIELD_LABELS: Record<MemberTextField | 'assessment', string> = translatedTable(FIELDS, 'fields');

/** A field name from the audit log ("phone", "custom") → its label, custom fields included. */
export function fieldLabel(field: string, customFields: readonly CustomField[]): string {
  if (field in FIELD_LABELS) return FIELD_LABELS[field as keyof typeof FIELD_LABELS];
  const custom = customFields.find((definition) => definition.key === field);
  return custom?.label ?? field.replace(/_/g, ' ');
}

export interface FieldGroup {
  readonly title: string;
  fields: MemberTextField[];
}

const group = (key: 'name' | 'contact' | 'home' | 'work' | 'other', fields: MemberTextField[]): FieldGroup => ({
  get title() {
    return i18n.t(`roll:groups.${key}`);
  },
  fields,
});
const NAME_GROUP = group('name', ['first_name', 'last_name', 'preferred_name', 'pronouns']);
const CONTACT_GROUP = group('contact', ['phone', 'email']);
const HOME_GROUP = group('home', ['building', 'unit', 'floor', 'street', 'city', 'region', 'postal_code']);
const WORK_GROUP = group('work', ['workplace', 'department', 'shift']);
const OTHER_GROUP = group('other', ['tags', 'languages']);

/** Every text field, grouped; the chapter's own kind of place comes first. */
export function fieldGroups(kind: ChapterKind): FieldGroup[] {
  const places = kind === 'tenant' ? [HOME_GROUP, WORK_GROUP] : [WORK_GROUP, HOME_GROUP];
  return [NAME_GROUP, CONTACT_GROUP, ...places, OTHER_GROUP];
}

/** Hints for the fields that may hold several values. */
export const MULTI_VALUE_HINTS: Partial<Record<MemberTextField, string>> = translatedTable(
  ['phone', 'email', 'tags', 'languages'] as const,
  'multiValueHints',
);

/** "José García", or the preferred name in place of the first. */
export function displayName(member: Pick<Member, 'first_name' | 'last_name' | 'preferred_name'>): string {
  const given = member.preferred_name || member.first_name;
  return [given, member.last_name].filter(Boolean).join(' ') || i18n.t('roll:unnamed');
}

export const STANDINGS: Standing[] = ['current', 'grace', 'lapsed', 'unknown'];

export const STANDING_LABELS: Record<Standing, string> = translatedTable(STANDINGS, 'standing');

/** The usual organizing scale: 1 is a leader, 5 is opposed. */
export const ASSESSMENT_LABELS: Record<number, string> = translatedTable([1, 2, 3, 4, 5], 'assessment');

export function listItems(text: string): string[] {
  return text
    .split(/[,;]/)
    .map((item) => item.trim())
    .filter(Boolean);
}

/** Today in the officer's own time zone, as YYYY-MM-DD (what date inputs and the service use). */
export function todayIso(): string {
  const now = new Date();
  const month = String(now.getMonth() + 1).padStart(2, '0');
  const day = String(now.getDate()).padStart(2, '0');
  return `${now.getFullYear()}-${month}-${day}`;
}

export { formatCalendarDate, formatCount, formatTimestamp } from '../ui/dates';

/** "1 member", "2,400 miembros": the count in the current language. */
export function memberCount(count: number): string {
  return i18n.t('roll:count.members', { count });
}
