import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { VaultContext } from '../../src/main/core/context';
import { defineCustomField } from '../../src/main/roll/custom-fields';
import { addMember, deleteMembers } from '../../src/main/roll/members';
import { listMembers, rollFacets } from '../../src/main/roll/query';
import { deleteView, listViews, saveView } from '../../src/main/roll/views';
import type { OpenVault } from '../../src/main/vault/vault';
import { makeRollContext } from '../helpers/roll';
import { makeTempDir } from '../helpers/temp';

let temp: ReturnType<typeof makeTempDir>;
let context: VaultContext;
let vault: OpenVault;

beforeAll(async () => {
  temp = makeTempDir();
  ({ context, vault } = await makeRollContext(temp.path));
  defineCustomField(context, { key: 'lease', label: 'Lease', type: 'choice', choices: ['monthly', 'yearly'] });
  const people = [
    { first_name: 'José', last_name: 'Núñez', phone: '(555) 123-4567', building: 'Maple Court', unit: '4B', tags: 'steward', languages: 'Spanish', assessment: 1, dues_paid_through: '2026-12-31', custom: { lease: 'yearly' } },
    { first_name: 'Thi', last_name: 'Nguyen', email: 'thi@example.org', building: 'Maple Court', unit: '2A', tags: 'committee, steward', languages: 'Vietnamese', assessment: 2, dues_paid_through: '2026-06-01' },
    { first_name: 'Ana', last_name: 'Reyes', building: 'Riverside Towers', unit: '10C', notes: 'Knows the landlord’s lawyer', assessment: 3, dues_paid_through: '2025-01-01', status: 'former' },
    { first_name: 'Bob', last_name: 'Anderson', workplace: 'Acme Foods', department: 'Packing', shift: 'night', assessment: 4 },
    { first_name: 'Deleted', last_name: 'Person', building: 'Maple Court' },
    { first_name: 'Rosa', last_name: 'Parks', street: '12 Elm St', city: 'Springfield' },
    { first_name: 'Kwame', last_name: 'Mensah', street: '40 Maple Ave', city: 'Springfield' },
  ];
  const ids = people.map((person) => addMember(context, person).id);
  deleteMembers(context, [ids[4]!]);
});
afterAll(() => {
  vault.close();
  temp.cleanup();
});

const names = (query: Parameters<typeof listMembers>[1]): string[] =>
  listMembers(context, query).rows.map((member) => `${member.first_name} ${member.last_name}`);

describe('search as you type', () => {
  it('ignores accents and case: jose finds José, NUNEZ finds Núñez', () => {
    expect(names({ search: 'jose' })).toEqual(['José Núñez']);
    expect(names({ search: 'NUNEZ' })).toEqual(['José Núñez']);
  });

  it('matches partial words: ngu finds Nguyen, erso finds Anderson', () => {
    expect(names({ search: 'ngu' })).toEqual(['Thi Nguyen']);
    expect(names({ search: 'erso' })).toEqual(['Bob Anderson']);
  });

  it('matches name prefixes shorter than three letters', () => {
    expect(names({ search: 'an' })).toEqual(['Bob Anderson', 'Ana Reyes']);
    expect(names({ search: 'j' })).toEqual(['José Núñez']);
  });

  it('takes the last word typed as the start of a word: elm st, maple av, and no drop to zero mid-word', () => {
    expect(names({ search: 'elm st' })).toEqual(['Rosa Parks']);
    expect(names({ search: 'maple av' })).toEqual(['Kwame Mensah']);
    expect(names({ search: 'maple a' })).toEqual(['Kwame Mensah']);
    expect(names({ search: 'maple c' })).toEqual(['Thi Nguyen', 'José Núñez']);
    // Short words before the last keep meaning a name's start or a unit, as before.
    expect(names({ search: 'ro parks' })).toEqual(['Rosa Parks']);
    expect(names({ search: 'maple 4b' })).toEqual(['José Núñez']);
  });

  it('finds phone numbers however they are typed', () => {
    expect(names({ search: '555.123.4567' })).toEqual(['José Núñez']);
    expect(names({ search: '(555) 123' })).toEqual(['José Núñez']);
    expect(names({ search: '1234567' })).toEqual(['José Núñez']);
  });

  it('searches e-mail, address, workplace and notes too', () => {
    expect(names({ search: 'thi@example' })).toEqual(['Thi Nguyen']);
    expect(names({ search: 'riverside' })).toEqual(['Ana Reyes']);
    expect(names({ search: 'acme' })).toEqual(['Bob Anderson']);
    expect(names({ search: 'lawyer' })).toEqual(['Ana Reyes']);
  });

  it('combines words, and ranks a name match above a mention in notes', () => {
    expect(names({ search: 'maple 4b' })).toEqual(['José Núñez']);
    addMember(context, { first_name: 'Lawyer', last_name: 'Smith' });
    expect(names({ search: 'lawyer' })).toEqual(['Lawyer Smith', 'Ana Reyes']);
  });

  it('never finds deleted members', () => {
    expect(names({ search: 'deleted' })).toEqual([]);
  });

  it('treats FTS syntax in the query as text', () => {
    expect(names({ search: '"jose" OR *' })).toEqual([]);
    expect(names({ search: 'NEAR(a b)' })).toEqual([]);
    expect(() => names({ search: '%_\\' })).not.toThrow();
  });
});

describe('filters', () => {
  it('combine across kinds (and) and within a kind (or)', () => {
    expect(names({ filter: { buildings: ['Maple Court'] } })).toEqual(['Thi Nguyen', 'José Núñez']);
    expect(names({ filter: { buildings: ['Maple Court'], tags: ['committee'] } })).toEqual(['Thi Nguyen']);
    expect(names({ filter: { assessments: [1, 4] } })).toEqual(['Bob Anderson', 'José Núñez']);
    expect(names({ filter: { languages: ['spanish'] } })).toEqual(['José Núñez']);
    expect(names({ filter: { statuses: ['former'] } })).toEqual(['Ana Reyes']);
    expect(names({ filter: { custom: { lease: ['yearly'] } } })).toEqual(['José Núñez']);
  });

  it('filter by standing derived from dues paid-through', () => {
    expect(names({ filter: { standings: ['current'] } })).toEqual(['José Núñez']);
    expect(names({ filter: { standings: ['grace'] } })).toEqual(['Thi Nguyen']);
    expect(names({ filter: { standings: ['lapsed'] } })).toEqual(['Ana Reyes']);
    expect(names({ filter: { standings: ['unknown'] } })).toContain('Bob Anderson');
  });

  it('a tag filter does not match inside another tag', () => {
    expect(names({ filter: { tags: ['ward'] } })).toEqual([]);
  });

  it('offer the values in use as facets', () => {
    const facets = rollFacets(context);
    expect(facets.buildings).toEqual(['Maple Court', 'Riverside Towers']);
    expect(facets.tags).toEqual(['committee', 'steward']);
    expect(facets.statuses.slice(0, 3)).toEqual(['member', 'prospect', 'former']);
  });
});

describe('sorting and paging', () => {
  it('sorts by name by default and by any column on request', () => {
    expect(names({ filter: { buildings: ['Maple Court', 'Riverside Towers'] } })).toEqual(['Thi Nguyen', 'José Núñez', 'Ana Reyes']);
    expect(names({ filter: { buildings: ['Maple Court', 'Riverside Towers'] }, sort: { field: 'assessment', direction: 'desc' } })).toEqual([
      'Ana Reyes',
      'Thi Nguyen',
      'José Núñez',
    ]);
  });

  it('pages with a total', () => {
    const page = listMembers(context, { offset: 1, limit: 2 });
    expect(page.total).toBeGreaterThanOrEqual(4);
    expect(page.rows).toHaveLength(2);
    expect(page.offset).toBe(1);
  });
});

describe('saved views', () => {
  it('save a search and filters under a name, replace by name, delete', () => {
    saveView(context, 'Maple stewards', { search: '', filter: { buildings: ['Maple Court'], tags: ['steward'] }, offset: 40 });
    saveView(context, 'Maple stewards', { filter: { buildings: ['Maple Court'] } });
    const views = listViews(context);
    expect(views).toHaveLength(1);
    expect(views[0]!.query).toEqual({ filter: { buildings: ['Maple Court'] } });
    expect(deleteView(context, views[0]!.id)).toEqual([]);
  });
});
