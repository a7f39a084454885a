import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyImportFile, exportForOfficers, previewImport } from '../../src/main/exchange/exchange';
import { addOfficer, contactCard, selfIdentity } from '../../src/main/exchange/officers';
import { readConversationRecords, readMemberRecords } from '../../src/main/exchange/records';
import type { VaultContext } from '../../src/main/core/context';
import { addConversation } from '../../src/main/roll/conversations';
import { addMember, deleteMembers, undoErase, updateMember } from '../../src/main/roll/members';
import { handClock } from '../helpers/roll';
import type { ErasedSnapshot } from '../../src/main/roll/erase';
import { useTempVaults } from '../helpers/temp';

const temp = useTempVaults();

/** An officer's vault whose clock the test moves, so that officers' clocks disagree. */
async function officer(name: string) {
  const start = 7_000_000;
  return handClock((await temp.rollContext(name, {}, new Date(start))).context, start);
}

/** What must agree between vaults in the end: every member's fields and stamps, every conversation. */
function roll(context: VaultContext) {
  return {
    members: readMemberRecords(context.db).map(({ id, fields, clocks }) => ({ id, fields, clocks })),
    conversations: readConversationRecords(context.db, null),
  };
}

const FIELDS = ['first_name', 'phone', 'building', 'notes'] as const;
const value = {
  first_name: fc.constantFrom('Ana', 'Bo', 'José', 'Mei'),
  phone: fc.constantFrom('', '(212) 555-0142', '555.123.4567'),
  building: fc.constantFrom('', 'Maple Court', 'Riverside'),
  notes: fc.constantFrom('', 'called', 'needs a ride'),
};

const operation = fc.oneof(
  fc.record({ kind: fc.constant('add' as const), at: fc.nat(2), name: value.first_name }),
  fc.constantFrom(...FIELDS).chain((field) => fc.record({ kind: fc.constant('edit' as const), at: fc.nat(2), pick: fc.nat(), field: fc.constant(field), value: value[field] })),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(2), pick: fc.nat() }),
  fc.record({ kind: fc.constant('restore' as const), at: fc.nat(2), pick: fc.nat() }),
  fc.record({ kind: fc.constant('talk' as const), at: fc.nat(2), pick: fc.nat() }),
  fc.record({ kind: fc.constant('tick' as const), at: fc.nat(2), ms: fc.integer({ min: -400, max: 2000 }) }),
  // A new file from one officer to the two others; delivered later, maybe more than once.
  fc.record({ kind: fc.constant('export' as const), at: fc.nat(2) }),
  // Any file written so far, fresh or stale, again or for the first time.
  fc.record({ kind: fc.constant('deliver' as const), file: fc.nat(), to: fc.nat(1) }),
);

describe('officers exchanging real export files', () => {
  it('property: three vaults editing at random and importing files in any order (stale and repeated too) end with the same roll', async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(operation, { minLength: 8, maxLength: 30 }), async (operations) => {
        run++;
        const officers = [await officer(`r${run}a`), await officer(`r${run}b`), await officer(`r${run}c`)];
        const contexts = officers.map((entry) => entry.context);
        for (const from of contexts) for (const to of contexts) if (from !== to) addOfficer(to, contactCard(from.db), { verified: true });
        const idOf = contexts.map((context) => selfIdentity(context.db).officerId);
        const files: { from: number; bytes: Uint8Array }[] = [];
        const created: string[] = [];
        const undos: (ErasedSnapshot | undefined)[] = [];

        const exportFrom = async (at: number) => {
          const to = [0, 1, 2].filter((index) => index !== at).map((index) => idOf[index]!);
          files.push({ from: at, bytes: (await exportForOfficers(contexts[at]!, { to, scope: 'all' })).file });
        };
        const deliver = async (file: { from: number; bytes: Uint8Array }, to: number) => {
          const preview = await previewImport(contexts[to]!, file.bytes);
          const applied = await applyImportFile(contexts[to]!, file.bytes, {});
          // What the preview promised is what the import did.
          expect({ ...applied, signer: null }).toEqual({ ...preview, signer: null });
        };

        for (const op of operations) {
          if (op.kind === 'export') {
            await exportFrom(op.at);
            continue;
          }
          if (op.kind === 'deliver') {
            if (files.length === 0) continue;
            const file = files[op.file % files.length]!;
            const to = [0, 1, 2].filter((index) => index !== file.from)[op.to]!;
            await deliver(file, to);
            continue;
          }
          const { context, tick } = officers[op.at]!;
          if (op.kind === 'tick') {
            tick(op.ms);
            continue;
          }
          if (op.kind === 'add') {
            created.push(addMember(context, { first_name: op.name }).id);
            continue;
          }
          const present = new Set(readMemberRecords(context.db).map((record) => record.id));
          const ids = created.filter((id) => present.has(id));
          if (ids.length === 0) continue;
          const id = ids[op.pick % ids.length]!;
          try {
            if (op.kind === 'edit') updateMember(context, id, { [op.field]: op.value });
            if (op.kind === 'delete') undos[op.at] = deleteMembers(context, [id]).undo;
            // Undo is offered right after a delete: the last delete of this vault, if any.
            if (op.kind === 'restore' && undos[op.at]) undoErase(context, undos[op.at]!);
            if (op.kind === 'talk') addConversation(context, { memberId: id, notes: 'talked' });
          } catch {
            // A deleted member cannot be edited or talked to here: the officer sees a message.
          }
        }

        // Everyone sends everyone a fresh file, twice over: then all three must agree.
        for (let round = 0; round < 2; round++) {
          for (let from = 0; from < 3; from++) {
            await exportFrom(from);
            const file = files.at(-1)!;
            for (let to = 0; to < 3; to++) if (to !== from) await deliver(file, to);
          }
        }
        const [a, b, c] = contexts.map(roll);
        expect(b).toEqual(a);
        expect(c).toEqual(a);
      }),
      { numRuns: 20 },
    );
  }, 120_000);
});
