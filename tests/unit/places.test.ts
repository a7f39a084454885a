/**
 * Places, targets, issues and demands through the service, as the renderer calls them: issue
 * status history, units the building lacks, ownership history, grievance deadlines, counts,
 * demand letters that name nobody unless ticked, and what a scoped export of one building holds.
 */
import { extractText } from 'unpdf';
import { describe, expect, it } from 'vitest';
import { scopedPlaceRecords } from '../../src/main/organizing/places/scope';
import { useServiceWithVault } from '../helpers/service';

const api = useServiceWithVault('2026-06-15T12:00:00Z');
const { ok, refused } = api;

async function member(first: string, building: string, unit: string, workplace = ''): Promise<string> {
  return (await ok('roll:add', { fields: { first_name: first, last_name: 'Tenant', building, unit, workplace } })).id;
}

async function placeNamed(name: string) {
  const place = (await ok('places:list', {})).find((candidate) => candidate.name === name);
  if (!place) throw new Error(`no place ${name}`);
  return place;
}

describe('issues', () => {
  it('keep a dated status history, the latest event being the status', async () => {
    const rosa = await member('Rosa', 'Maple Court', '4B');
    const place = await placeNamed('Maple Court');
    const issue = await ok('places:addIssue', { placeId: place.id, category: 'Heat', unit: '4b', members: [rosa], reported: '2026-06-01' });
    expect(issue).toMatchObject({ category: 'heat', unit: '4B', status: 'open', reported: '2026-06-01', members: [{ id: rosa, name: 'Rosa Tenant' }] });
    await ok('places:setStatus', { id: issue.id, status: 'reported', date: '2026-06-02' });
    await ok('places:setStatus', { id: issue.id, status: 'in-progress', date: '2026-06-05', note: 'Super came by' });
    const fixed = await ok('places:setStatus', { id: issue.id, status: 'fixed' });
    expect(fixed.status).toBe('fixed');
    expect(fixed.history.map((event) => [event.value, event.date, event.note])).toEqual([
      ['open', '2026-06-01', ''],
      ['reported', '2026-06-02', ''],
      ['in-progress', '2026-06-05', 'Super came by'],
      ['fixed', '2026-06-15', ''],
    ]);
    await refused('places:setStatus', { id: issue.id, status: 'open', date: '2026-05-01' }, 'INVALID_INPUT', 'The date (2026-05-01) is before the issue was reported (2026-06-01).');
    expect((await ok('places:issues', { status: 'fixed' })).map((found) => found.id)).toEqual([issue.id]);
    expect(await ok('places:issues', { status: 'open' })).toEqual([]);
    expect((await placeNamed('Maple Court')).openIssues).toBe(0);
  });

  it('on a unit the building does not have are refused unless the unit is added', async () => {
    await member('Rosa', 'Maple Court', '4B');
    const place = await placeNamed('Maple Court');
    await refused('places:addIssue', { placeId: place.id, category: 'pests', unit: '9Z' }, 'INVALID_INPUT', 'Maple Court has no unit "9Z" on record: add the unit to the building, or log the issue for the whole building.');
    expect(await ok('places:issues', {})).toEqual([]);
    const added = await ok('places:addIssue', { placeId: place.id, category: 'pests', unit: '9Z', addUnit: true });
    expect(added.unit).toBe('9Z');
    const detail = await ok('places:get', { id: place.id });
    expect(detail.place.units).toEqual(['9Z']);
    expect(detail.units.map((unit) => [unit.unit, unit.state, unit.openIssues])).toEqual([
      ['4B', 'occupied', 0],
      ['9Z', 'unknown', 1],
    ]);
  });

  it('take only the chapter’s categories, which it can edit', async () => {
    await member('Rosa', 'Maple Court', '4B');
    const place = await placeNamed('Maple Court');
    await refused('places:addIssue', { placeId: place.id, category: 'noise' }, 'INVALID_INPUT', /"noise" is not one of the chapter's issue categories \(heat, water/);
    const categories = await ok('places:categories', {});
    await ok('places:saveCategories', { ...categories, tenant: [...categories.tenant, 'Noise'] });
    expect((await ok('places:addIssue', { placeId: place.id, category: 'NOISE' })).category).toBe('Noise');
    expect((await ok('places:addIssue', { placeId: place.id, category: 'mold' })).category).toBe('mould');
  });

  it('count by category and status: units affected out of the building’s, and those still open', async () => {
    const ids = [await member('A', 'Maple Court', '2A'), await member('B', 'Maple Court', '2B'), await member('C', 'Maple Court', '3A')];
    const place = await placeNamed('Maple Court');
    await ok('places:save', { id: place.id, kind: 'building', name: 'Maple Court', unitCount: 40 });
    const heat = [];
    for (const [index, unit] of ['2A', '2B', '3A'].entries()) heat.push(await ok('places:addIssue', { placeId: place.id, category: 'heat', unit, members: [ids[index]] }));
    await ok('places:addIssue', { placeId: place.id, category: 'repairs' });
    await ok('places:setStatus', { id: heat[0]!.id, status: 'fixed' });
    const detail = await ok('places:get', { id: place.id });
    expect(detail.counts).toEqual([
      { category: 'repairs', issues: 1, units: 40, unitsOpen: 40, byStatus: { open: 1 } },
      { category: 'heat', issues: 3, units: 3, unitsOpen: 2, byStatus: { fixed: 1, open: 2 } },
    ]);
    expect(detail.timeline.filter((entry) => entry.category === 'heat').map((entry) => entry.what)).toEqual(['open', 'open', 'open', 'fixed']);
    expect((await placeNamed('Maple Court'))).toMatchObject({ units: 40, members: 3, openIssues: 3 });
  });
});

describe('targets', () => {
  it('need a name', async () => {
    await refused('places:saveTarget', { name: '   ', role: 'owner' }, 'INVALID_INPUT', 'A target needs a name: the owner, the company or the person who can fix it.');
    expect(await ok('places:targets', {})).toEqual([]);
  });

  it('keep who owned a place when: a new owner ends the old one’s link, and each issue knows its owner then', async () => {
    await member('Rosa', 'Maple Court', '4B');
    const place = await placeNamed('Maple Court');
    const first = await ok('places:saveTarget', { name: 'Maple Holdings LLC', role: 'owner' });
    const second = await ok('places:saveTarget', { name: 'Granite Realty', role: 'owner' });
    const manager = await ok('places:saveTarget', { name: 'Acme Management', role: 'management' });
    await ok('places:linkTarget', { targetId: first.id, placeId: place.id, since: '2024-01-01' });
    await ok('places:linkTarget', { targetId: manager.id, placeId: place.id, since: '2024-06-01' });
    const links = await ok('places:linkTarget', { targetId: second.id, placeId: place.id, since: '2026-03-01' });
    expect(links.map((link) => [link.targetName, link.since, link.until])).toEqual([
      ['Granite Realty', '2026-03-01', ''],
      ['Acme Management', '2024-06-01', ''],
      ['Maple Holdings LLC', '2024-01-01', '2026-03-01'],
    ]);
    const before = await ok('places:addIssue', { placeId: place.id, category: 'heat', reported: '2026-02-01' });
    const after = await ok('places:addIssue', { placeId: place.id, category: 'heat', reported: '2026-04-01' });
    expect(before.targetsThen.sort()).toEqual(['Acme Management', 'Maple Holdings LLC']);
    expect(after.targetsThen.sort()).toEqual(['Acme Management', 'Granite Realty']);
    const targets = await ok('places:targets', {});
    expect(targets.find((target) => target.id === first.id)!.links.map((link) => link.placeName)).toEqual(['Maple Court']);
    await refused('places:endLink', { id: links[0]!.id, until: '2026-01-01' }, 'INVALID_INPUT', 'It cannot end on 2026-01-01, before it began (2026-03-01).');
  });
});

describe('grievances', () => {
  it('have steps with deadlines; a deadline before the reported date is refused; a passed one is overdue', async () => {
    const worker = await member('Kwame', '', '', 'Riverside Hospital');
    const place = await placeNamed('Riverside Hospital');
    expect(place.kind).toBe('workplace');
    await refused(
      'places:addIssue',
      { placeId: place.id, category: 'pay', members: [worker], reported: '2026-06-10', deadline: '2026-06-01' },
      'INVALID_INPUT',
      "The step's deadline (2026-06-01) is before the grievance was reported (2026-06-10).",
    );
    const grievance = await ok('places:addIssue', { placeId: place.id, category: 'pay', members: [worker], article: 'Art. 12.3', reported: '2026-06-01', deadline: '2026-06-20' });
    expect(grievance).toMatchObject({ kind: 'grievance', step: 'informal', deadline: '2026-06-20', overdue: false, article: 'Art. 12.3' });
    const moved = await ok('places:setStep', { id: grievance.id, step: 'step-1', deadline: '2026-06-14', date: '2026-06-08' });
    expect(moved).toMatchObject({ step: 'step-1', deadline: '2026-06-14', overdue: true });
    expect((await ok('places:overdue', {})).map((issue) => issue.id)).toEqual([grievance.id]);
    expect((await placeNamed('Riverside Hospital')).overdue).toBe(1);
    await ok('places:setStatus', { id: grievance.id, status: 'fixed' });
    expect(await ok('places:overdue', {})).toEqual([]);
  });
});

describe('demands', () => {
  it('name no tenant unless ticked, print with the chapter, date, units and backing, and keep what was sent', async () => {
    const rosa = await member('Rosa', 'Maple Court', '4B');
    const bo = await member('Bo', 'Maple Court', '5A');
    const place = await placeNamed('Maple Court');
    const owner = await ok('places:saveTarget', { name: 'Maple Holdings LLC', role: 'owner', address: '1 Main St' });
    const a = await ok('places:addIssue', { placeId: place.id, category: 'heat', unit: '4B', members: [rosa], reported: '2026-06-01' });
    const b = await ok('places:addIssue', { placeId: place.id, category: 'heat', unit: '5A', members: [bo], reported: '2026-06-03' });
    const demand = await ok('places:saveDemand', { placeId: place.id, targetId: owner.id, title: 'Restore the heat', body: 'We demand heat <script>alert(1)</script> by **Friday**.', issueIds: [a.id, b.id] });
    const letter = (await ok('places:demandLetter', { id: demand.id })).markdown;
    expect(letter).toContain('Riverside Tenants Union · June 15, 2026');
    expect(letter).toContain('**To:** Maple Holdings LLC — 1 Main St');
    expect(letter).toContain('Heat: units 4B, 5A (2 of 2 units), first reported June 1, 2026; 2 still open.');
    expect(letter).toContain('**Backed by 2 members of Riverside Tenants Union.**');
    expect(letter).not.toMatch(/Rosa|Bo Tenant/);

    const named = await ok('places:saveDemand', { id: demand.id, placeId: place.id, targetId: owner.id, title: 'Restore the heat', body: '', issueIds: [a.id, b.id], namedMembers: [rosa] });
    const signed = (await ok('places:demandLetter', { id: named.id })).markdown;
    expect(signed).toContain('Signed: Rosa Tenant (4B)');
    expect(signed).not.toContain('Bo Tenant');

    const { pdfBase64, fileName } = await ok('places:demandPdf', { id: demand.id, sent: true });
    expect(fileName).toBe('demand-maple-court-2026-06-15.pdf');
    const text = (await extractText(new Uint8Array(Buffer.from(pdfBase64, 'base64')), { mergePages: true })).text;
    expect(text).toContain('Riverside Tenants Union');
    expect(text).toContain('Units affected: 4B, 5A');
    const detail = await ok('places:get', { id: place.id });
    expect(detail.demands[0]!.copies).toEqual([{ id: expect.any(String), sentOn: '2026-06-15', letter: signed }]);
  });

  it('refuse members of another building', async () => {
    await member('Rosa', 'Maple Court', '4B');
    const stranger = await member('Lee', 'Oak House', '1A');
    const place = await placeNamed('Maple Court');
    await refused('places:saveDemand', { placeId: place.id, namedMembers: [stranger] }, 'INVALID_INPUT', 'Only members of Maple Court can be named in its demand.');
  });
});

describe('a scoped export of one building', () => {
  it('carries its record, its targets and its issues, nothing of other buildings', async () => {
    const rosa = await member('Rosa', 'Maple Court', '4B');
    const lee = await member('Lee', 'Oak House', '1A');
    const maple = await placeNamed('Maple Court');
    const oak = await placeNamed('Oak House');
    const mapleOwner = await ok('places:saveTarget', { name: 'Maple Holdings LLC', role: 'owner' });
    const oakOwner = await ok('places:saveTarget', { name: 'Oak LLC', role: 'owner' });
    const [mapleLink] = await ok('places:linkTarget', { targetId: mapleOwner.id, placeId: maple.id, since: '2025-01-01' });
    await ok('places:linkTarget', { targetId: oakOwner.id, placeId: oak.id, since: '2025-01-01' });
    const mapleIssue = await ok('places:addIssue', { placeId: maple.id, category: 'heat', unit: '4B', members: [rosa] });
    // An issue naming someone outside the scope stays home, so the file names nobody it should not.
    await ok('places:addIssue', { placeId: maple.id, category: 'water', members: [rosa, lee] });
    await ok('places:addIssue', { placeId: oak.id, category: 'pests', members: [lee] });

    const scoped = scopedPlaceRecords(api.service['vault']!.db, new Set([rosa]));
    expect([...scoped.places]).toEqual([maple.id]);
    expect([...scoped.targets]).toEqual([mapleOwner.id]);
    expect([...scoped.links]).toEqual([mapleLink!.id]);
    expect([...scoped.issues]).toEqual([mapleIssue.id]);
    expect(scoped.events.size).toBe(1);

    const everything = scopedPlaceRecords(api.service['vault']!.db, new Set([rosa, lee]));
    expect(everything.places.size).toBe(2);
    expect(everything.issues.size).toBe(3);
    expect(everything.targets.size).toBe(2);
  });
});
