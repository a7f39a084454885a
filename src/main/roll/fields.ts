import { CANONICAL_MEMBER_FIELDS, type CanonicalMemberField } from '../../shared/roll';

export { CANONICAL_MEMBER_FIELDS, type CanonicalMemberField };

export function isCanonicalMemberField(key: string): key is CanonicalMemberField {
  return (CANONICAL_MEMBER_FIELDS as readonly string[]).includes(key);
}
