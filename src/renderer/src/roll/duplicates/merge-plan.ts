/**
 * The decisions behind a merge, kept apart from the screen: which fields differ, which record to
 * keep by default, and how the officer's per-field picks ("this value", "that value", "both")
 * become the service's choices, which speak of the kept and the other member.
 */
import { CANONICAL_MEMBER_FIELDS, type CustomField, type Member } from '../../../../shared/roll';
import { fieldLabel } from '../import/field-labels';
import type { ChapterKind } from '../import/use-chapter-kind';

/** Which record's value a field takes: the left one's, the right one's, or both together. */
export type ValueChoice = 'a' | 'b' | 'both';
export type Side = 'a' | 'b';
export type MergeChoice = 'keep' | 'other' | 'both';

/** The canonical fields, in the order of the contract (and of every CSV export). */
const FIELD_ORDER = CANONICAL_MEMBER_FIELDS;

/** Fields that can hold both values: lists and notes (the service refuses "both" elsewhere). */
const COMBINABLE = new Set(['email', 'phone', 'tags', 'languages', 'notes']);

export interface MergeField {
  /** The service's name for it: a canonical field, or "custom.KEY". */
  key: string;
  label: string;
  a: string;
  b: string;
  /** "Both" is offered only where the service allows it and there are two values to combine. */
  canCombine: boolean;
}

function valueOf(member: Member, field: (typeof FIELD_ORDER)[number]): string {
  return field === 'assessment' ? (member.assessment === null ? '' : String(member.assessment)) : member[field];
}

/** The fields on which the two records disagree, canonical ones first, then the chapter's custom fields. */
export function differingFields(a: Member, b: Member, kind: ChapterKind, customFields: readonly CustomField[]): MergeField[] {
  const fields: MergeField[] = [];
  for (const field of FIELD_ORDER) {
    const [valueA, valueB] = [valueOf(a, field), valueOf(b, field)];
    if (valueA === valueB) continue;
    fields.push({ key: field, label: fieldLabel(field, kind), a: valueA, b: valueB, canCombine: COMBINABLE.has(field) && Boolean(valueA && valueB) });
  }
  const customKeys = [...new Set([...customFields.map((field) => field.key), ...Object.keys(a.custom), ...Object.keys(b.custom)])];
  for (const key of customKeys) {
    const [valueA, valueB] = [a.custom[key] ?? '', b.custom[key] ?? ''];
    if (valueA === valueB) continue;
    fields.push({ key: `custom.${key}`, label: fieldLabel(key, kind, customFields), a: valueA, b: valueB, canCombine: false });
  }
  return fields;
}

function filledCount(member: Member): number {
  return FIELD_ORDER.filter((field) => valueOf(member, field) !== '').length + Object.values(member.custom).filter(Boolean).length;
}

/** Keep the record with more details filled in; when even, the older one (it has the longer history). */
export function defaultKeeper(a: Member, b: Member): Side {
  const [filledA, filledB] = [filledCount(a), filledCount(b)];
  if (filledA !== filledB) return filledA > filledB ? 'a' : 'b';
  return b.created_at < a.created_at ? 'b' : 'a';
}

export function filledDetails(member: Member): number {
  return filledCount(member);
}

/** Unless the officer says otherwise: the kept record's value, or the other's where the kept one is empty. */
export function defaultPick(field: MergeField, keeper: Side): ValueChoice {
  const kept = keeper === 'a' ? field.a : field.b;
  if (kept) return keeper;
  return keeper === 'a' ? 'b' : 'a';
}

/** The officer's picks, in the service's terms: relative to the member kept. */
export function mergeChoices(fields: readonly MergeField[], picks: Record<string, ValueChoice>, keeper: Side): Record<string, MergeChoice> {
  const choices: Record<string, MergeChoice> = {};
  for (const field of fields) {
    const pick = picks[field.key] ?? defaultPick(field, keeper);
    choices[field.key] = pick === 'both' ? 'both' : pick === keeper ? 'keep' : 'other';
  }
  return choices;
}
