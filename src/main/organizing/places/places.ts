/**
 * Buildings and workplaces as records. A member's building (or workplace) is still the word
 * typed on the member; it links to the place record with the same folded name (fold.ts). The
 * first time places are read, every word typed on a member that has no record yet gets one, with
 * an id derived from the folded name, so two officers' vaults make the same record for it.
 */
import { createHash } from 'node:crypto';
import type { Place, PlaceKind, PlaceSummary, UnitRow } from '../../../shared/places';
import { PlaceInput } from '../../../shared/places';
import type { z } from 'zod';
import { all, raw, sql } from '../../db/sql';
import { UserError } from '../../errors';
import { memberName } from '../../minutes/attendance';
import type { VaultContext } from '../../core/context';
import { updateMember } from '../../roll/members';
import { normalizeLines, placeKey, splitLines, unitKey } from './fold';
import { compareNatural, effectiveFloor, floorOf } from '../structure';
import { placeKind } from './kinds';
import { createSynced, readSynced, updateSynced } from '../../core/synced-records';

const memberColumn = (kind: PlaceKind) => raw(kind === 'building' ? 'building' : 'workplace');

export interface PlaceRow {
  id: string;
  kind: string;
  name: string;
  address: string;
  unit_count: number | null;
  units: string;
  vacant: string;
  departments: string;
  shifts: string;
  notes: string;
}

/** The id of the record for a place first seen as a word typed on members: the same in every vault. */
export function derivedPlaceId(kind: PlaceKind, key: string): string {
  const hex = createHash('sha256').update(`chapterhouse place\n${kind}\n${key}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${((parseInt(hex[16]!, 16) & 3) | 8).toString(16)}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

export function rowToPlace(row: PlaceRow): Place {
  return {
    id: row.id,
    kind: row.kind === 'workplace' ? 'workplace' : 'building',
    name: row.name,
    address: row.address,
    unitCount: row.unit_count,
    units: splitLines(row.units),
    vacant: splitLines(row.vacant),
    departments: splitLines(row.departments),
    shifts: splitLines(row.shifts),
    notes: row.notes,
  };
}

function placeRows(context: VaultContext): PlaceRow[] {
  return all<PlaceRow>(context.db, sql`SELECT * FROM places WHERE deleted_at = ''`);
}

/** The words typed on live members for places of this kind, with how many members typed each. */
function typedNames(context: VaultContext, kind: PlaceKind): { name: string; n: number }[] {
  const column = memberColumn(kind);
  // Best first, as the places migration chooses: the most used, then mixed case, then the earliest typed.
  return all<{ name: string; n: number }>(
    context.db,
    sql`SELECT ${column} AS name, count(*) AS n FROM members WHERE deleted_at = '' AND ${column} != '' GROUP BY ${column}
        ORDER BY n DESC, CASE WHEN ${column} != lower(${column}) AND ${column} != upper(${column}) THEN 0 ELSE 1 END, min(created_at), ${column}`,
  );
}

/** Gives every place typed on a member a record; returns every live place. */
export function ensurePlaces(context: VaultContext): Place[] {
  const rows = placeRows(context);
  const known = new Set(rows.map((row) => `${row.kind}:${placeKey(row.name)}`));
  const missing = new Map<string, { kind: PlaceKind; name: string; n: number }>();
  for (const kind of ['building', 'workplace'] as const) {
    for (const typed of typedNames(context, kind)) {
      const key = `${kind}:${placeKey(typed.name)}`;
      if (known.has(key)) continue;
      // The best spelling comes first and names the record.
      if (!missing.has(key)) missing.set(key, { kind, name: typed.name.trim().replace(/\s+/g, ' '), n: typed.n });
    }
  }
  if (missing.size === 0) return rows.map(rowToPlace);
  const deleted = new Set(all<{ id: string }>(context.db, sql`SELECT id FROM places WHERE deleted_at != ''`).map((row) => row.id));
  context.db.transaction(() => {
    for (const { kind, name } of missing.values()) {
      const id = derivedPlaceId(kind, placeKey(name));
      // A place deleted on purpose stays deleted; its members keep their word for it.
      if (deleted.has(id)) continue;
      createSynced(context, placeKind, { kind, name, address: '', unit_count: null, units: '', vacant: '', departments: '', shifts: '', notes: '' }, id);
    }
  })();
  return placeRows(context).map(rowToPlace);
}

export function getPlace(context: VaultContext, id: string): Place {
  const fields = readSynced(context, placeKind, id);
  if (!fields) throw new UserError('NOT_FOUND', 'That building or workplace is not in the vault (it may have been deleted).');
  return rowToPlace({ ...fields, id } as unknown as PlaceRow);
}

/** The place called `name` (case, accents and spacing ignored); buildings before workplaces. */
export function findPlaceByName(context: VaultContext, name: string): Place | undefined {
  const key = placeKey(name);
  const places = ensurePlaces(context).filter((place) => placeKey(place.name) === key);
  return places.find((place) => place.kind === 'building') ?? places[0];
}

export function placeByNameOrRefuse(context: VaultContext, name: string): Place {
  const place = findPlaceByName(context, name);
  if (place) return place;
  const names = ensurePlaces(context).map((candidate) => candidate.name).sort(compareNatural);
  throw new UserError(
    'NOT_FOUND',
    names.length
      ? `There is no building or workplace called "${name.trim()}" (there are: ${names.join(', ')}).`
      : `There is no building or workplace called "${name.trim()}": add members with that building first.`,
  );
}

export interface PlaceMember {
  id: string;
  name: string;
  unit: string;
  floor: string;
}

/** The live members whose building (or workplace) is this place. */
export function placeMembers(context: VaultContext, place: Place): PlaceMember[] {
  const key = placeKey(place.name);
  const spellings = typedNames(context, place.kind).map((typed) => typed.name).filter((name) => placeKey(name) === key);
  if (spellings.length === 0) return [];
  const column = memberColumn(place.kind);
  const rows = all<{ id: string; first_name: string; last_name: string; preferred_name: string; unit: string; floor: string }>(
    context.db,
    sql`SELECT id, first_name, last_name, preferred_name, unit, floor FROM members
        WHERE deleted_at = '' AND ${column} IN (SELECT value FROM json_each(${JSON.stringify(spellings)}))`,
  );
  return rows
    .map((row) => ({ id: row.id, name: memberName(row), unit: row.unit, floor: effectiveFloor(row) }))
    .sort((a, b) => compareNatural(a.unit, b.unit) || compareNatural(a.name, b.name));
}

/** Every unit known for a building: those on its record and those its members live in. */
export function knownUnits(place: Place, members: readonly PlaceMember[]): string[] {
  return normalizeLines([...place.units, ...place.vacant, ...members.map((member) => member.unit)]).sort(compareNatural);
}

/** The unit as the building spells it, or undefined when the building has no such unit on record. */
export function matchUnit(units: readonly string[], typed: string): string | undefined {
  const key = unitKey(typed);
  return units.find((unit) => unitKey(unit) === key);
}

export function unitRows(place: Place, members: readonly PlaceMember[], openByUnit: ReadonlyMap<string, number>): UnitRow[] {
  const vacant = new Set(place.vacant.map(unitKey));
  return knownUnits(place, members).map((unit) => {
    const living = members.filter((member) => unitKey(member.unit) === unitKey(unit));
    return {
      unit,
      floor: floorOf(unit),
      state: living.length > 0 ? 'occupied' : vacant.has(unitKey(unit)) ? 'vacant' : 'unknown',
      members: living.map((member) => ({ id: member.id, name: member.name })),
      openIssues: openByUnit.get(unitKey(unit)) ?? 0,
    };
  });
}

/** The number of units the building has: its unit count when known, else the units known. */
export function unitTotal(place: Place, members: readonly PlaceMember[]): number {
  return place.unitCount ?? (place.kind === 'building' ? knownUnits(place, members).length : 0);
}

export function summarize(place: Place, members: readonly PlaceMember[], openIssues: number, overdue: number): PlaceSummary {
  return { id: place.id, kind: place.kind, name: place.name, address: place.address, units: unitTotal(place, members), members: members.length, openIssues, overdue };
}

/** Adds a unit to the building's record (after the officer agreed to it). */
export function addUnit(context: VaultContext, place: Place, unit: string): Place {
  updateSynced(context, placeKind, place.id, { units: normalizeLines([...place.units, unit]).join('\n') });
  return getPlace(context, place.id);
}

/** Creates or changes a place. Renaming it renames it on its members too, so they stay linked. */
export function savePlace(context: VaultContext, input: z.output<typeof PlaceInput>): Place {
  const name = input.name.trim().replace(/\s+/g, ' ');
  const existing = input.id ? getPlace(context, input.id) : undefined;
  const clash = ensurePlaces(context).find((place) => place.kind === input.kind && place.id !== input.id && placeKey(place.name) === placeKey(name));
  if (clash) throw new UserError('INVALID_INPUT', `There is already a ${input.kind} called "${clash.name}".`);
  const fields = {
    kind: existing?.kind ?? input.kind,
    name,
    address: input.address,
    unit_count: input.unitCount,
    units: normalizeLines(input.units).join('\n'),
    vacant: normalizeLines(input.vacant).join('\n'),
    departments: normalizeLines(input.departments).join('\n'),
    shifts: normalizeLines(input.shifts).join('\n'),
    notes: input.notes,
  };
  // What one field can carry between officers (core/synced-records).
  if ([fields.units, fields.vacant, fields.departments, fields.shifts].some((list) => list.length > 50_000)) {
    throw new UserError('INVALID_INPUT', 'That list of units, departments or shifts is too long to keep on one place.');
  }
  const id = context.db.transaction(() => {
    if (!existing) return createSynced(context, placeKind, fields);
    if (existing.name !== name) {
      for (const member of placeMembers(context, existing)) updateMember(context, member.id, { [existing.kind === 'building' ? 'building' : 'workplace']: name }, 'rename place');
    }
    updateSynced(context, placeKind, existing.id, fields);
    return existing.id;
  })();
  return getPlace(context, id);
}
