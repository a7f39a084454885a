import { beforeEach, describe, expect, it } from 'vitest';
import { sql } from '../../src/main/db/sql';
import { breakdown } from '../../src/main/organizing/structure';
import type { VaultContext } from '../../src/main/core/context';
import { addMember, getMember, updateMember } from '../../src/main/roll/members';
import { rollFacets } from '../../src/main/roll/query';
import { compareNatural } from '../../src/shared/natural-sort';
import { effectiveFloor, floorLabel, floorOf, levelsFor } from '../../src/shared/structure';
import { useTempVaults } from '../helpers/temp';

describe('the floor a unit is on', () => {
  it.each([
    ['12', '1'],
    ['4B', '4'],
    ['4-B', '4'],
    ['4 b', '4'],
    ['12C', '12'],
    ['B4', '4'],
    ['PH2', 'PH'],
    ['PH', 'PH'],
    ['Penthouse 1', 'PH'],
    ['Apt 3C', '3'],
    ['Apt. 3C', '3'],
    ['apt4b', '4'],
    ['#305', '3'],
    ['Unit #12', '1'],
    ['Depto. 7A', '7'],
    ['1204', '12'],
    ['305', '3'],
    ['3-12', '3'],
    ['04B', '4'],
    ['7', ''],
    ['', ''],
    ['Basement', ''],
  ])('%s → %s', (unit, floor) => {
    expect(floorOf(unit)).toBe(floor);
  });

  it('an override wins over the unit, read the way people write floors', () => {
    expect(effectiveFloor({ unit: '4B', floor: '' })).toBe('4');
    expect(effectiveFloor({ unit: '4B', floor: '5' })).toBe('5');
    expect(floorLabel('3rd floor')).toBe('3');
    expect(floorLabel('piso 2')).toBe('2');
    expect(floorLabel('Mezzanine')).toBe('Mezzanine');
  });

  it('levels follow the kind of chapter', () => {
    expect(levelsFor('tenant')).toEqual(['building', 'floor', 'unit']);
    expect(levelsFor('workplace')).toEqual(['workplace', 'department', 'shift']);
  });

  it('units and floors sort the way people count', () => {
    expect(['10A', '2A', '1A', 'PH', '1b'].sort(compareNatural)).toEqual(['1A', '1b', '2A', '10A', 'PH']);
  });
});

describe('members carry their floor', () => {
  const temp = useTempVaults();
  let context: VaultContext;
  beforeEach(async () => ({ context } = await temp.rollContext()));

  const floorKey = (id: string) => context.db.prepare('SELECT floor_key FROM members WHERE id = ?').pluck().get(id);

  it('derived from the unit at every write, and from the override when there is one', () => {
    const member = addMember(context, { first_name: 'Ana', building: 'Maple Court', unit: 'Apt 4B' });
    expect(floorKey(member.id)).toBe('4');
    updateMember(context, member.id, { unit: '12C' });
    expect(floorKey(member.id)).toBe('12');
    updateMember(context, member.id, { floor: '3rd' });
    expect(floorKey(member.id)).toBe('3');
    expect(getMember(context, member.id).floor).toBe('3rd');
  });

  it('the roll offers units and floors in the order people count them', () => {
    for (const unit of ['10A', '2A', '1A', 'PH2']) addMember(context, { first_name: 'X', building: 'Maple Court', unit });
    expect(rollFacets(context)).toMatchObject({ units: ['1A', '2A', '10A', 'PH2'], floors: ['1', '2', '10', 'PH'] });
  });

  it('counted per building and floor in natural order, empty values last', () => {
    const add = (building: string, unit: string, assessment: number | null) =>
      addMember(context, { first_name: 'X', building, unit, assessment });
    add('Maple Court', '10A', 1);
    add('Maple Court', '2A', 2);
    add('Maple Court', '2B', 4);
    add('Maple Court', '', null);
    add('Elm House', '1A', 1);
    const groups = breakdown(context.db, {
      by: ['building', 'floor'],
      measures: { leaders: sql`m.assessment = 1`, supporters: sql`m.assessment IN (1, 2)` },
    });
    expect(groups).toEqual([
      { group: ['Elm House', '1'], total: 1, counts: { leaders: 1, supporters: 1 } },
      { group: ['Maple Court', '2'], total: 2, counts: { leaders: 0, supporters: 1 } },
      { group: ['Maple Court', '10'], total: 1, counts: { leaders: 1, supporters: 1 } },
      { group: ['Maple Court', ''], total: 1, counts: { leaders: 0, supporters: 0 } },
    ]);
    expect(breakdown(context.db, { by: [], where: sql`m.building = ${'Maple Court'}` })).toEqual([{ group: [], total: 4, counts: {} }]);
  });
});
