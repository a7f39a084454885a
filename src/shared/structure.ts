/**
 * The chapter's structure, as organizers count it: a tenant union groups members building →
 * floor → unit, a workplace workplace → department → shift. The floor is read from the unit
 * ("4B", "B4", "Apt 3C" → 4; "PH2" → PH) unless the member's `floor` field overrides it. Pure
 * functions, shared so that main (which stores the result as `members.floor_key`) and the
 * renderer (which shows it as the officer types a unit) agree.
 */
import type { MemberFields } from './roll';

/** The chapter's kind, as in Settings.chapterKind. */
type ChapterKind = 'tenant' | 'workplace';

/** Words people put before a unit number: "Apt 4B", "Unit #12", "Depto. 3C", "No. 5". */
const UNIT_PREFIX = /^(?:apartment|apartamento|apto|apt|unit|unidad|suite|ste|flat|depto|dpto|departamento|interior|int|no|num|number|número|numero)(?!\p{L})\.?\s*/iu;

/**
 * The floor a unit is on, as organizers say it ('' when the unit does not tell):
 * - number then letters, or letters then number: the number ("4B", "4-B", "B4", "12C" → 12);
 * - a number alone: all but its last two digits from three digits on ("305" → 3, "1204" → 12),
 *   the first of two ("12" → 1); one digit alone says nothing;
 * - a penthouse ("PH", "PH2", "Penthouse 1"): PH; "3-12" or "3/12" (floor-door): 3.
 */
export function floorOf(unit: string): string {
  let text = unit.trim().replace(/^#\s*/, '');
  for (let previous = ''; previous !== text; ) {
    previous = text;
    text = text.replace(UNIT_PREFIX, '').replace(/^#\s*/, '').trim();
  }
  if (/^(?:ph|penthouse)(?:\b|\d|[-\s])/iu.test(text) || /^ph$/iu.test(text)) return 'PH';
  const numberFirst = /^(\d+)\s*[-\s]?\s*\p{L}{1,3}$/u.exec(text);
  if (numberFirst) return String(Number(numberFirst[1]));
  const letterFirst = /^\p{L}{1,2}\s*[-\s]?\s*(\d+)$/u.exec(text);
  if (letterFirst) return String(Number(letterFirst[1]));
  const floorDoor = /^(\d+)\s*[-/]\s*\d+\p{L}?$/u.exec(text);
  if (floorDoor) return String(Number(floorDoor[1]));
  if (/^\d+$/.test(text)) {
    const digits = String(Number(text));
    if (digits.length >= 3) return String(Number(digits.slice(0, -2)));
    if (digits.length === 2) return digits.slice(0, -1);
  }
  return '';
}

/** A floor typed as an override: "4", "4th", "4th floor", "piso 4" → 4; anything else as typed. */
export function floorLabel(typed: string): string {
  const text = typed.trim();
  const ordinal = /^(?:piso\s+|floor\s+|planta\s+)?(\d+)(?:st|nd|rd|th|º|°|o)?(?:\s+(?:floor|piso|planta))?$/iu.exec(text);
  if (ordinal) return String(Number(ordinal[1]));
  return /^(?:ph|penthouse)$/iu.test(text) ? 'PH' : text;
}

/** The floor a member is counted on: their override, else the one read from their unit. */
export function effectiveFloor(fields: Pick<MemberFields, 'floor' | 'unit'>): string {
  return fields.floor.trim() ? floorLabel(fields.floor) : floorOf(fields.unit);
}

export type StructureLevel = 'building' | 'floor' | 'unit' | 'workplace' | 'department' | 'shift';
export const STRUCTURE_LEVELS: readonly StructureLevel[] = ['building', 'floor', 'unit', 'workplace', 'department', 'shift'];

/** The levels a chapter of this kind groups its members by, widest first. */
export function levelsFor(kind: ChapterKind): StructureLevel[] {
  return kind === 'tenant' ? ['building', 'floor', 'unit'] : ['workplace', 'department', 'shift'];
}
