/**
 * Clock stamps from another vault are checked before anything of a file is applied: malformed,
 * unattributable and far-future stamps refuse the whole file (each test builds the hostile file
 * and re-signs it with a verified officer's key), the counter carries into the time part, and
 * the audit log names both the author a stamp claims and the officer whose file brought it.
 */
import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { applyImportFile, exportForOfficers, previewImport } from '../../src/main/exchange/exchange';
import { checkStamp, formatStamp, MAX_COUNTER, MAX_DRIFT_MILLIS, nextStamp, parseStamp, stampAfter } from '../../src/main/core/clock';
import { mergeRecords } from '../../src/main/exchange/merge';
import { addOfficer, contactCard } from '../../src/main/exchange/officers';
import { readMemberRecords } from '../../src/main/exchange/records';
import { run, sql } from '../../src/main/db/sql';
import { readAudit } from '../../src/main/core/audit';
import type { VaultContext } from '../../src/main/core/context';
import { addConversation } from '../../src/main/roll/conversations';
import { addMember, getMember, updateMember } from '../../src/main/roll/members';
import { listMembers } from '../../src/main/roll/query';
import { createMeeting } from '../../src/main/minutes/agenda';
import { listMeetings } from '../../src/main/minutes/store';
import { reSignedFile, twoVerifiedOfficers } from '../helpers/exchange';
import { useTempVaults } from '../helpers/temp';

const temp = useTempVaults();
let ana: VaultContext, bo: VaultContext;
beforeEach(async () => {
  ({ ana, bo } = await twoVerifiedOfficers(temp.path, temp.opened));
  // Test vaults all name their officer Ana Reyes; Bo calls the others by their own names.
  run(bo.db, sql`UPDATE officers SET name = 'Bo Li' WHERE id = ${bo.officerId}`);
});

const YEAR = 365.25 * 24 * 3600_000;
const stampAt = (millis: number, officerId: string, counter = 0) => formatStamp({ millis, counter, officerId });

/** Bo's roll and clocks, to show a refused file changed nothing. */
const boState = () => ({ members: readMemberRecords(bo.db), clock: bo.db.prepare("SELECT value FROM meta WHERE key = 'hlc_last'").get() });

describe('a file with a stamp that is not a well-formed, attributable stamp', () => {
  const hostile: [string, (ana: VaultContext) => string][] = [
    ['a tilde', () => '~'],
    ['an empty string', () => ''],
    ['a wrong length', (context) => `00001.0000.${context.officerId}`],
    ['upper-case digits', (context) => stampAt(ana.now().getTime(), context.officerId).toUpperCase()],
    ['an unknown officer id', () => stampAt(ana.now().getTime(), '00000000-0000-4000-8000-000000000000')],
  ];
  // A member's clocks in the file's short form write '' for "no stamp"; a conversation's clocks are stamps only.
  const cases = [...hostile.filter(([what]) => what !== 'an empty string').map(([what, stamp]) => ['a member field', what, stamp] as const), ...hostile.map(([what, stamp]) => ['a conversation', what, stamp] as const)];
  it.each(cases)('is refused whole when %s carries %s', async (where, _what, stamp) => {
    addMember(ana, { first_name: 'Rosa', last_name: 'Parra' });
    const target = addMember(ana, { first_name: 'Tom', last_name: 'Okafor' });
    addConversation(ana, { memberId: target.id, notes: 'talked' });
    const file = await reSignedFile(ana, bo, (records) => {
      if (where === 'a member field') records.members.find((member) => member.id === target.id)!.clocks.notes = stamp(ana);
      // A conversation travels as a contact attempt (the one log), each field with its stamp.
      else records.records!.contact_attempt![0]!.clocks.notes = stamp(ana);
    });
    const before = boState();
    const refusal = /^Ana Reyes's file holds a change (with a damaged clock stamp|by an officer this vault does not know)/;
    await expect(previewImport(bo, file)).rejects.toMatchObject({ code: 'INVALID_INPUT', message: expect.stringMatching(refusal) });
    await expect(applyImportFile(bo, file, {})).rejects.toMatchObject({ code: 'INVALID_INPUT', message: expect.stringMatching(refusal) });
    expect(boState()).toEqual(before);
    expect(listMembers(bo).total).toBe(0);
  });

  it('is refused whole when a meeting carries one, or names another author than its stamp', async () => {
    createMeeting(ana, { typeId: 'board', startsAt: '2026-05-10T19:00' });
    const broken = await reSignedFile(ana, bo, (records) => {
      records.meetings![0]!.clock = '~';
    });
    await expect(applyImportFile(bo, broken, {})).rejects.toThrow(/damaged clock stamp/);
    const misattributed = await reSignedFile(ana, bo, (records) => {
      records.meetings![0]!.author = bo.officerId;
    });
    await expect(applyImportFile(bo, misattributed, {})).rejects.toThrow(/damaged clock stamp/);
    expect(listMeetings(bo)).toEqual([]);
  });
});

describe('a stamp far ahead of the importer’s clock', () => {
  it('is refused with a sentence naming the officer whose file it is; this vault’s clock does not move', async () => {
    const rosa = addMember(ana, { first_name: 'Rosa', notes: 'first' });
    await applyImportFile(bo, (await exportForOfficers(ana, { to: [bo.officerId], scope: 'roll' })).file, {});
    const file = await reSignedFile(ana, bo, (records) => {
      const member = records.members[0]!;
      member.fields.notes = 'from 2099';
      member.clocks.notes = stampAt(bo.now().getTime() + 73 * YEAR + 1000, ana.officerId);
    });
    const before = boState();
    await expect(applyImportFile(bo, file, {})).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      message: expect.stringContaining("Ana Reyes's clock is 73 years ahead of this computer's"),
    });
    expect(boState()).toEqual(before);
    // Bo's next edit is stamped at Bo's own time, not in 2099.
    updateMember(bo, rosa.id, { notes: 'genuine, later' });
    const stamp = readMemberRecords(bo.db)[0]!.clocks.notes!;
    expect(parseStamp(stamp).millis).toBe(bo.now().getTime());
  });

  it('within the bound it is taken, and the chapter’s later genuine edit still wins', async () => {
    const rosa = addMember(ana, { first_name: 'Rosa', notes: 'first' });
    const file = await reSignedFile(ana, bo, (records) => {
      records.members[0]!.fields.notes = 'from a fast clock';
      records.members[0]!.clocks.notes = stampAt(bo.now().getTime() + MAX_DRIFT_MILLIS - 1000, ana.officerId);
    });
    await applyImportFile(bo, file, {});
    expect(getMember(bo, rosa.id).notes).toBe('from a fast clock');
    updateMember(bo, rosa.id, { notes: 'genuine, later' });
    await applyImportFile(ana, (await exportForOfficers(bo, { to: [ana.officerId], scope: 'roll' })).file, {});
    expect(getMember(ana, rosa.id).notes).toBe('genuine, later');
  });
});

describe('the counter', () => {
  it('carries into the time part at its largest value, so the next stamp still sorts after the one it follows', async () => {
    const id = ana.officerId;
    const full = { millis: 1_000_000, counter: MAX_COUNTER, officerId: id };
    const next = stampAfter(full, id, 999_000);
    expect(next).toEqual({ millis: 1_000_001, counter: 0, officerId: id });
    expect(formatStamp(next) > formatStamp(full)).toBe(true);
    expect(formatStamp(stampAfter({ ...full, counter: MAX_COUNTER - 1 }, id, 999_000))).toBe(stampAt(1_000_000, id, MAX_COUNTER));
    // Through the vault's clock, with the wall clock behind the last stamp.
    run(ana.db, sql`INSERT INTO meta (key, value) VALUES ('hlc_last', ${formatStamp(full)}) ON CONFLICT (key) DO UPDATE SET value = excluded.value`);
    const issued = nextStamp(ana.db, id, 5);
    expect(issued > formatStamp(full)).toBe(true);
    expect(checkStamp(issued, { now: 1_000_000, knownOfficers: new Set([id]), fileOwner: 'Ana' })).toBeNull();
  });
});

describe('the audit log', () => {
  it('names the author a stamp claims and the officer whose file brought the change', async () => {
    const carol = (await temp.rollContext('carol')).context;
    for (const [a, b] of [[ana, carol], [carol, ana], [bo, carol], [carol, bo]] as const) addOfficer(a, contactCard(b.db), { verified: true });
    run(bo.db, sql`UPDATE officers SET name = 'Carol Diaz' WHERE id = ${carol.officerId}`);
    const rosa = addMember(carol, { first_name: 'Rosa' });
    await applyImportFile(ana, (await exportForOfficers(carol, { to: [ana.officerId], scope: 'roll' })).file, {});
    // Ana relays Carol's member, and forges a change in Carol's name beside it.
    const file = await reSignedFile(ana, bo, (records) => {
      records.members[0]!.fields.notes = 'Carol never wrote this';
    });
    await applyImportFile(bo, file, {});
    const created = readAudit(bo, 'member', rosa.id).find((entry) => entry.action === 'sync create')!;
    expect(created.note).toBe("by Carol Diaz, via Ana Reyes's file");
    updateMember(ana, rosa.id, { phone: '555-123-4567' });
    await applyImportFile(bo, (await exportForOfficers(ana, { to: [bo.officerId], scope: 'roll' })).file, {});
    expect(readAudit(bo, 'member', rosa.id)[0]).toMatchObject({ action: 'sync', note: "by Ana Reyes, via Ana Reyes's file" });
  });
});

describe('property: random stamps, honest and hostile, in random orders', () => {
  const honestOrHostile = fc.oneof(
    fc.record({ kind: fc.constant('honest' as const), aheadMillis: fc.integer({ min: -YEAR, max: MAX_DRIFT_MILLIS }), counter: fc.nat(MAX_COUNTER) }),
    fc.record({ kind: fc.constant('future' as const), aheadMillis: fc.integer({ min: MAX_DRIFT_MILLIS + 1, max: 80 * YEAR }), counter: fc.nat(MAX_COUNTER) }),
    fc.record({ kind: fc.constant('garbage' as const), text: fc.string({ maxLength: 60 }) }),
  );

  it('a hostile stamp refuses its file and changes nothing; an accepted one never outlives a later honest edit; honest vaults converge', async () => {
    const rosa = addMember(ana, { first_name: 'Rosa', notes: 'start' });
    const records = () => ({ members: readMemberRecords(ana.db), conversations: [] });
    const sender = { officerId: ana.officerId, name: 'Ana Reyes' };
    mergeRecords(bo, records(), { dryRun: false, sender });
    await fc.assert(
      fc.asyncProperty(fc.array(honestOrHostile, { minLength: 1, maxLength: 8 }), async (stamps) => {
        for (const [index, choice] of stamps.entries()) {
          const incoming = records();
          const stamp =
            choice.kind === 'garbage' ? choice.text : stampAt(bo.now().getTime() + choice.aheadMillis, ana.officerId, choice.counter);
          incoming.members[0]!.fields.notes = `claim ${index}`;
          incoming.members[0]!.clocks.notes = stamp;
          const before = boState();
          const hostile = choice.kind !== 'honest' && checkStamp(stamp, { now: bo.now().getTime(), knownOfficers: new Set([ana.officerId]), fileOwner: 'x' }) !== null;
          if (hostile) {
            expect(() => mergeRecords(bo, incoming, { dryRun: false, sender })).toThrow(/clock|stamp/);
            expect(boState()).toEqual(before);
          } else {
            mergeRecords(bo, incoming, { dryRun: false, sender });
          }
          // Bo edits after the import: that genuine edit is what both vaults keep.
          updateMember(bo, rosa.id, { notes: `honest ${index}` });
          expect(getMember(bo, rosa.id).notes).toBe(`honest ${index}`);
          mergeRecords(ana, { members: readMemberRecords(bo.db), conversations: [] }, { dryRun: false, sender: { officerId: bo.officerId, name: 'Bo Li' } });
          expect(readMemberRecords(ana.db)).toEqual(readMemberRecords(bo.db));
        }
      }),
      { numRuns: 25 },
    );
  });
});
