/**
 * Places, targets and issues travel and merge like members: a scoped export of one building
 * carries its record, its target and its issues (with their history), nothing else; a whole
 * export carries everything, and both officers end with the same place for one typed building.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { get, identifier, sql } from '../../src/main/db/sql';
import { applyImportFile, exportForOfficers } from '../../src/main/exchange/exchange';
import { selfIdentity } from '../../src/main/exchange/officers';
import { listPlaces } from '../../src/main/organizing/places/building-page';
import { addIssue, listIssues, setStatus } from '../../src/main/organizing/places/issues';
import { linkTarget, listTargets, saveTarget } from '../../src/main/organizing/places/targets';
import { ORGANIZING_KINDS } from '../../src/main/organizing/kinds';
import type { VaultContext } from '../../src/main/core/context';
import { addMember } from '../../src/main/roll/members';
import { twoVerifiedOfficers } from '../helpers/exchange';
import { useTempVaults } from '../helpers/temp';

const temp = useTempVaults();
let ana: VaultContext, bo: VaultContext;
beforeEach(async () => {
  const officers = await twoVerifiedOfficers(temp.path, temp.opened);
  ana = { ...officers.ana, kinds: ORGANIZING_KINDS };
  bo = { ...officers.bo, kinds: ORGANIZING_KINDS };
});
const to = (context: VaultContext) => [selfIdentity(context.db).officerId];
const count = (context: VaultContext, table: string) => get<{ n: number }>(context.db, sql`SELECT count(*) AS n FROM ${identifier(table)}`)!.n;

function seed() {
  const rosa = addMember(ana, { first_name: 'Rosa', building: 'Maple Court', unit: '4B' });
  const lee = addMember(ana, { first_name: 'Lee', building: 'Cedar Gardens', unit: '1A' });
  const [maple, cedar] = ['Maple Court', 'Cedar Gardens'].map((name) => listPlaces(ana).find((place) => place.name === name)!);
  const mapleOwner = saveTarget(ana, { name: 'Maple Holdings LLC', role: 'owner', organization: '', phone: '', email: '', address: '', notes: '' });
  const cedarOwner = saveTarget(ana, { name: 'Cedar LLC', role: 'owner', organization: '', phone: '', email: '', address: '', notes: '' });
  linkTarget(ana, { targetId: mapleOwner.id, placeId: maple!.id, since: '2025-01-01', notes: '' });
  linkTarget(ana, { targetId: cedarOwner.id, placeId: cedar!.id, since: '2025-01-01', notes: '' });
  const base = { unit: '', addUnit: false, notes: '', article: '', members: [] as string[] };
  const heat = addIssue(ana, { ...base, placeId: maple!.id, category: 'heat', unit: '4B', members: [rosa.id], reported: '2026-06-01' });
  setStatus(ana, heat.id, 'reported', '2026-06-02');
  addIssue(ana, { ...base, placeId: cedar!.id, category: 'pests', members: [lee.id], reported: '2026-06-01' });
  return { rosa, maple: maple!, heat };
}

describe('places in exports', () => {
  it('a scoped export of one building carries its record, its target and its issues, nothing else', async () => {
    const { maple, heat } = seed();
    const scoped = await exportForOfficers(ana, { to: to(bo), scope: 'roll', query: { filter: { buildings: ['Maple Court'] } } });
    await applyImportFile(bo, scoped.file, {});
    expect(bo.db.prepare("SELECT id, name FROM places").all()).toEqual([{ id: maple.id, name: 'Maple Court' }]);
    expect(listTargets(bo).map((target) => [target.name, target.links.map((link) => link.placeName)])).toEqual([['Maple Holdings LLC', ['Maple Court']]]);
    const issues = listIssues(bo);
    expect(issues.map((issue) => [issue.id, issue.category, issue.status, issue.targetsThen])).toEqual([[heat.id, 'heat', 'reported', ['Maple Holdings LLC']]]);
    expect(issues[0]!.history.map((event) => event.value)).toEqual(['open', 'reported']);
    expect(JSON.stringify(bo.db.prepare('SELECT * FROM targets').all())).not.toContain('Cedar');
  });

  it('a whole export carries every place, and importing it twice changes nothing', async () => {
    seed();
    const whole = await exportForOfficers(ana, { to: to(bo), scope: 'roll' });
    await applyImportFile(bo, whole.file, {});
    const counts = () => ['places', 'targets', 'place_targets', 'issues', 'issue_events'].map((table) => count(bo, table));
    expect(counts()).toEqual([2, 2, 2, 2, 3]);
    await applyImportFile(bo, whole.file, {});
    expect(counts()).toEqual([2, 2, 2, 2, 3]);
    // Bo's own read of the same typed building finds the record that came in, not a second one.
    expect(listPlaces(bo).map((place) => place.name)).toEqual(['Cedar Gardens', 'Maple Court']);
    expect(count(bo, 'places')).toBe(2);
  });

  it('two officers who each saw a building typed on members make the same record for it', async () => {
    addMember(ana, { first_name: 'Rosa', building: 'Maple Court' });
    const whole = await exportForOfficers(ana, { to: to(bo), scope: 'roll' });
    // Bo reads his places before importing: his record for the word is made first.
    addMember(bo, { first_name: 'Bo', building: 'maple court' });
    const bosPlace = listPlaces(bo)[0]!;
    const anasPlace = listPlaces(ana)[0]!;
    expect(bosPlace.id).toBe(anasPlace.id);
    const again = await exportForOfficers(ana, { to: to(bo), scope: 'roll' });
    await applyImportFile(bo, whole.file, {});
    await applyImportFile(bo, again.file, {});
    // One record, both members on it; its name is the later writer's spelling, as for any field.
    expect(listPlaces(bo).map((place) => [place.id, place.name.toLowerCase(), place.members])).toEqual([[anasPlace.id, 'maple court', 2]]);
  });
});
