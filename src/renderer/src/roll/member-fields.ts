/**
 * How the roll's fields are named and grouped on screen. The keys are the canonical member
 * fields from shared/roll.ts; the labels are what a chapter secretary reads.
 */
import type { Settings } from '../../../shared/contract';
import type { CustomField, Member, MemberTextField, Standing } from '../../../shared/roll';
import { formatCount } from '../ui/dates';

export type ChapterKind = Settings['chapterKind'];

export const FIELD_LABELS: Record<MemberTextField | 'assessment', string> = {
  first_name: 'First name',
  last_name: 'Last name',
  preferred_name: 'Preferred name',
  pronouns: 'Pronouns',
  email: 'Email',
  phone: 'Phone',
  street: 'Street',
  unit: 'Unit',
  city: 'City',
  region: 'State / region',
  postal_code: 'Postal code',
  workplace: 'Workplace',
  department: 'Department',
  shift: 'Shift',
  building: 'Building',
  status: 'Status',
  join_date: 'Joined',
  dues_paid_through: 'Dues paid through',
  tags: 'Tags',
  languages: 'Languages',
  notes: 'Notes',
  assessment: 'Assessment',
};

/** A field name from the audit log ("phone", "custom") → its label, custom fields included. */
export function fieldLabel(field: string, customFields: readonly CustomField[]): string {
  if (field in FIELD_LABELS) return FIELD_LABELS[field as keyof typeof FIELD_LABELS];
  const custom = customFields.find((definition) => definition.key === field);
  return custom?.label ?? field.replace(/_/g, ' ');
}

export interface FieldGroup {
  title: string;
  fields: MemberTextField[];
}

const NAME_GROUP: FieldGroup = { title: 'Name', fields: ['first_name', 'last_name', 'preferred_name', 'pronouns'] };
const CONTACT_GROUP: FieldGroup = { title: 'Contact', fields: ['phone', 'email'] };
const HOME_GROUP: FieldGroup = { title: 'Home', fields: ['building', 'unit', 'street', 'city', 'region', 'postal_code'] };
const WORK_GROUP: FieldGroup = { title: 'Work', fields: ['workplace', 'department', 'shift'] };
const OTHER_GROUP: FieldGroup = { title: 'Other', fields: ['tags', 'languages'] };

/** Every text field, grouped; the chapter's own kind of place comes first. */
export function fieldGroups(kind: ChapterKind): FieldGroup[] {
  const places = kind === 'tenant' ? [HOME_GROUP, WORK_GROUP] : [WORK_GROUP, HOME_GROUP];
  return [NAME_GROUP, CONTACT_GROUP, ...places, OTHER_GROUP];
}

/** Hints for the fields that may hold several values. */
export const MULTI_VALUE_HINTS: Partial<Record<MemberTextField, string>> = {
  phone: 'Several numbers: separate them with “;”.',
  email: 'Several addresses: separate them with “;”.',
  tags: 'Separate tags with commas.',
  languages: 'Separate languages with commas.',
};

/** "José García", or the preferred name in place of the first. */
export function displayName(member: Pick<Member, 'first_name' | 'last_name' | 'preferred_name'>): string {
  const given = member.preferred_name || member.first_name;
  return [given, member.last_name].filter(Boolean).join(' ') || 'Unnamed member';
}

export const STANDING_LABELS: Record<Standing, string> = {
  current: 'Current',
  grace: 'In grace',
  lapsed: 'Lapsed',
  unknown: 'Unknown',
};

export const STANDINGS: Standing[] = ['current', 'grace', 'lapsed', 'unknown'];

/** The usual organizing scale: 1 is a leader, 5 is opposed. */
export const ASSESSMENT_LABELS: Record<number, string> = {
  1: 'Leader',
  2: 'Supportive',
  3: 'Undecided',
  4: 'Leaning against',
  5: 'Opposed',
};

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

export function plural(count: number, one: string, many: string): string {
  return `${formatCount(count)} ${count === 1 ? one : many}`;
}
