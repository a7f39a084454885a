/**
 * The canonical member fields: CSV headers, `--set` keys, `--map` targets and JSON keys all use
 * these names (DESIGN.md, "Canonical member fields").
 */
export const CANONICAL_MEMBER_FIELDS = [
  'first_name',
  'last_name',
  'preferred_name',
  'pronouns',
  'email',
  'phone',
  'street',
  'unit',
  'city',
  'region',
  'postal_code',
  'workplace',
  'department',
  'shift',
  'building',
  'status',
  'join_date',
  'dues_paid_through',
  'assessment',
  'tags',
  'languages',
  'notes',
] as const;

export type CanonicalMemberField = (typeof CANONICAL_MEMBER_FIELDS)[number];

export function isCanonicalMemberField(key: string): key is CanonicalMemberField {
  return (CANONICAL_MEMBER_FIELDS as readonly string[]).includes(key);
}
