import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { latestStamp, mergeRecords } from '../../src/main/exchange/merge';
import { addOfficer, contactCard } from '../../src/main/exchange/officers';
import { readConversationRecords, readMemberRecords } from '../../src/main/exchange/records';
import type { VaultContext } from '../../src/main/core/context';
import { addConversation } from '../../src/main/roll/conversations';
import { addMember, deleteMembers, getMember, undoErase, updateMember } from '../../src/main/roll/members';
import { listMembers } from '../../src/main/roll/query';
import { handClock } from '../helpers/roll';
import type { ErasedSnapshot } from '../../src/main/roll/erase';
import { useTempVaults } from '../helpers/temp';

const temp = useTempVaults();

/** A vault whose clock the test moves by hand, so that officers' clocks can disagree. */
async function officerVault(name: string, startMillis: number) {
  return { ...handClock((await temp.rollContext(name, {}, new Date(startMillis))).context, startMillis), name };
}

/** Officers who have each other's cards: a stamp by an officer a vault does not know is refused. */
function introduce(...contexts: VaultContext[]): void {
  for (const from of contexts) for (const to of contexts) if (from !== to) addOfficer(to, contactCard(from.db), { verified: true });
}
const senderOf = (context: VaultContext) => ({ officerId: context.officerId, name: 'test' });

/** What each receiving vault last heard from each sender, as the app will keep it. */
const lastHeard = new Map<string, string>();
function send(from: VaultContext, to: VaultContext, dryRun = false) {
  const records = { members: readMemberRecords(from.db), conversations: readConversationRecords(from.db, null) };
  const key = `${from.officerId}>${to.officerId}`;
  const summary = mergeRecords(to, records, { dryRun, sender: senderOf(from), since: lastHeard.get(key) ?? '' });
  if (!dryRun) lastHeard.set(key, latestStamp(records));
  return summary;
}

/** Everything that must agree between vaults: each member's fields and stamps, and conversations. */
function state(context: VaultContext) {
  const members = readMemberRecords(context.db).map(({ id, fields, clocks }) => ({ id, fields, clocks }));
  const conversations = readConversationRecords(context.db, null);
  return { members, conversations };
}

describe('merging records from another officer', () => {
  it('brings new members over, and a second import of the same records changes nothing', async () => {
    const a = await officerVault('a', 1_000_000);
    const b = await officerVault('b', 1_000_000);
    introduce(a.context, b.context);
    const member = addMember(a.context, { first_name: 'Ana', last_name: 'Reyes', phone: '555-123-4567' });
    addConversation(a.context, { memberId: member.id, notes: 'talked' });
    expect(send(a.context, b.context)).toMatchObject({ new: 1, changed: 0, deleted: 0, conflicts: 0 });
    expect(getMember(b.context, member.id)).toMatchObject({ first_name: 'Ana', phone: '(555) 123-4567' });
    expect(listMembers(b.context, { search: '5551234567' }).total).toBe(1);
    const before = state(b.context);
    expect(send(a.context, b.context)).toMatchObject({ new: 0, changed: 0, deleted: 0, conflicts: 0 });
    expect(state(b.context)).toEqual(before);
  });

  it('takes the later write per field, so two officers editing different fields both win', async () => {
    const a = await officerVault('a', 1_000_000);
    const b = await officerVault('b', 1_000_000);
    introduce(a.context, b.context);
    const member = addMember(a.context, { first_name: 'Ana', building: 'Maple' });
    send(a.context, b.context);
    a.tick(1000);
    b.tick(2000);
    updateMember(a.context, member.id, { phone: '555-111-2222' });
    updateMember(b.context, member.id, { building: 'Cedar' });
    expect(send(a.context, b.context)).toMatchObject({ changed: 1, conflicts: 0 });
    send(b.context, a.context);
    expect(getMember(a.context, member.id)).toMatchObject({ phone: '(555) 111-2222', building: 'Cedar' });
    expect(state(a.context)).toEqual(state(b.context));
  });

  it('reports a conflict when this vault changed the same field later, and keeps ours', async () => {
    const a = await officerVault('a', 1_000_000);
    const b = await officerVault('b', 1_000_000);
    introduce(a.context, b.context);
    const member = addMember(a.context, { first_name: 'Ana' });
    send(a.context, b.context);
    a.tick(1000);
    updateMember(a.context, member.id, { notes: 'from A' });
    b.tick(5000);
    updateMember(b.context, member.id, { notes: 'from B, later' });
    const summary = send(a.context, b.context);
    expect(summary.conflicts).toBe(1);
    expect(summary.details).toContainEqual(expect.objectContaining({ kind: 'conflict', fields: ['notes'] }));
    expect(getMember(b.context, member.id).notes).toBe('from B, later');
  });

  it('carries deletions as erased tombstones, and an undo of the delete brings the member back everywhere', async () => {
    const a = await officerVault('a', 1_000_000);
    const b = await officerVault('b', 1_000_000);
    introduce(a.context, b.context);
    const member = addMember(a.context, { first_name: 'Ana' });
    send(a.context, b.context);
    a.tick(1000);
    const { undo } = deleteMembers(a.context, [member.id]);
    expect(send(a.context, b.context)).toMatchObject({ deleted: 1 });
    expect(listMembers(b.context).total).toBe(0);
    expect(b.context.db.prepare('SELECT first_name FROM members WHERE id = ?').get(member.id)).toEqual({ first_name: '' });
    a.tick(5000);
    undoErase(a.context, undo);
    send(a.context, b.context);
    expect(getMember(b.context, member.id).first_name).toBe('Ana');
  });

  it('a dry run reports without writing', async () => {
    const a = await officerVault('a', 1_000_000);
    const b = await officerVault('b', 1_000_000);
    introduce(a.context, b.context);
    addMember(a.context, { first_name: 'Ana' });
    expect(send(a.context, b.context, true)).toMatchObject({ new: 1 });
    expect(listMembers(b.context).total).toBe(0);
  });

  it('property: three officers editing at random and exchanging in any order (stale and repeated files too) converge', async () => {
    const fields = ['first_name', 'last_name', 'notes', 'building', 'tags', 'status', 'assessment'] as const;
    const values: Record<(typeof fields)[number], fc.Arbitrary<string | number | null>> = {
      first_name: fc.constantFrom('Ana', 'José', 'Thi', 'Bo'),
      last_name: fc.constantFrom('Reyes', 'Núñez', 'Nguyen', ''),
      notes: fc.string({ maxLength: 12 }),
      building: fc.constantFrom('Maple', 'Cedar', ''),
      tags: fc.constantFrom('steward', 'committee, steward', ''),
      status: fc.constantFrom('prospect', 'lapsed', 'former'),
      assessment: fc.constantFrom(1, 2, 3, 4, 5, null),
    };
    const operation = fc.oneof(
      fc.record({ kind: fc.constant('add' as const), at: fc.nat(2), name: values.first_name }),
      fc
        .constantFrom(...fields)
        .chain((field) => fc.record({ kind: fc.constant('edit' as const), at: fc.nat(2), pick: fc.nat(), field: fc.constant(field), value: values[field] })),
      fc
        .constantFrom(...fields)
        .chain((field) => fc.record({ kind: fc.constant('edit' as const), at: fc.nat(2), pick: fc.nat(), field: fc.constant(field), value: values[field] })),
      fc.record({ kind: fc.constant('delete' as const), at: fc.nat(2), pick: fc.nat() }),
      fc.record({ kind: fc.constant('restore' as const), at: fc.nat(2), pick: fc.nat() }),
      fc.record({ kind: fc.constant('send' as const), from: fc.nat(2), to: fc.nat(2), stale: fc.boolean() }),
      fc.record({ kind: fc.constant('tick' as const), at: fc.nat(2), ms: fc.integer({ min: -500, max: 3000 }) }),
    );
    let run = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(operation, { minLength: 5, maxLength: 40 }), async (operations) => {
        run++;
        const vaults = [await officerVault(`p${run}a`, 5_000_000), await officerVault(`p${run}b`, 5_000_000), await officerVault(`p${run}c`, 5_000_000)];
        introduce(...vaults.map((vault) => vault.context));
        const snapshots = vaults.map(() => ({ members: [] as ReturnType<typeof readMemberRecords>, conversations: [] as ReturnType<typeof readConversationRecords> }));
        // Members in the order the test created them, so that a replayed case picks the same ones.
        const created: string[] = [];
        const undos: (ErasedSnapshot | undefined)[] = [];
        const known = (index: number) => {
          const present = new Set(readMemberRecords(vaults[index]!.context.db).map((record) => record.id));
          return created.filter((id) => present.has(id));
        };
        for (const op of operations) {
          if (op.kind === 'send') {
            const from = vaults[op.from]!.context;
            // A stale file: the records as they were when this officer last sent one.
            const records = op.stale ? snapshots[op.from]! : { members: readMemberRecords(from.db), conversations: readConversationRecords(from.db, null) };
            if (!op.stale) snapshots[op.from] = records;
            mergeRecords(vaults[op.to]!.context, records, { dryRun: false, sender: senderOf(from) });
            continue;
          }
          const vault = vaults[op.at]!;
          if (op.kind === 'tick') {
            vault.tick(op.ms);
            continue;
          }
          if (op.kind === 'add') {
            created.push(addMember(vault.context, { first_name: String(op.name) }).id);
            continue;
          }
          const ids = known(op.at);
          if (ids.length === 0) continue;
          const id = ids[op.pick % ids.length]!;
          try {
            if (op.kind === 'edit') updateMember(vault.context, id, { [op.field]: op.value } as never);
            if (op.kind === 'delete') undos[op.at] = deleteMembers(vault.context, [id]).undo;
            // Undo is offered right after a delete: the last delete of this vault, if any.
            if (op.kind === 'restore' && undos[op.at]) undoErase(vault.context, undos[op.at]!);
          } catch {
            // Editing a member this vault has as deleted is refused, as in the app.
          }
        }
        // Everyone sends everything to everyone, twice round: then all must agree.
        for (let round = 0; round < 2; round++) {
          for (const from of vaults) for (const to of vaults) if (from !== to) send(from.context, to.context);
        }
        const [first, ...rest] = vaults.map((vault) => state(vault.context));
        for (const other of rest) expect(other).toEqual(first);
      }),
      {
        numRuns: 40,
        // A member both officers have, then edited by one of them: the case merging exists for.
        examples: [
          [
            [
              { kind: 'add', at: 0, name: 'Ana' },
              { kind: 'send', from: 0, to: 1, stale: false },
              { kind: 'edit', at: 0, pick: 0, field: 'tags', value: 'steward' },
              { kind: 'tick', at: 1, ms: 100 },
              { kind: 'edit', at: 1, pick: 0, field: 'building', value: 'Cedar' },
            ],
          ],
        ],
      },
    );
  });
});
