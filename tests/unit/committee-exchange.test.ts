/**
 * The committee's records between officers: relationships travel only when an export includes
 * them, and a scoped export only with both members in scope; a captain's turf export carries
 * their members' attempts and follow-ups, and what the captain records comes back.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { applyImportFile, exportForOfficers } from '../../src/main/exchange/exchange';
import { selfIdentity } from '../../src/main/exchange/officers';
import { addAttempt, listAttempts } from '../../src/main/roll/contact-attempts';
import { followUps } from '../../src/main/organizing/committee/followups';
import { addRelationship, listRelationships } from '../../src/main/organizing/committee/relationships';
import { all, sql } from '../../src/main/db/sql';
import type { VaultContext } from '../../src/main/core/context';
import { addConversation, listConversations } from '../../src/main/roll/conversations';
import { addMember } from '../../src/main/roll/members';
import { twoVerifiedOfficers } from '../helpers/exchange';
import { useTempVaults } from '../helpers/temp';

const temp = useTempVaults();
let ana: VaultContext, bo: VaultContext;
beforeEach(async () => ({ ana, bo } = await twoVerifiedOfficers(temp.path, temp.opened)));

const to = (context: VaultContext) => [selfIdentity(context.db).officerId];
const ties = (context: VaultContext): number => all(context.db, sql`SELECT id FROM relationships`).length;
const OAK = { filter: { buildings: ['Oak'] } };

async function send(from: VaultContext, into: VaultContext, options: { query?: typeof OAK; includeRelationships?: boolean } = {}) {
  const { file } = await exportForOfficers(from, { to: to(into), scope: 'roll', ...options });
  return applyImportFile(into, file, {});
}

describe('relationships in exports', () => {
  let a: string, b: string, c: string;
  beforeEach(() => {
    a = addMember(ana, { first_name: 'Ana', building: 'Oak' }).id;
    b = addMember(ana, { first_name: 'Ben', building: 'Oak' }).id;
    c = addMember(ana, { first_name: 'Cy', building: 'Elm' }).id;
    addRelationship(ana, { memberId: a, otherId: b, kind: 'carpool' });
    addRelationship(ana, { memberId: a, otherId: c, kind: 'family', note: 'cousins' });
  });

  it('stay home unless the export includes them', async () => {
    await send(ana, bo);
    expect(all(bo.db, sql`SELECT id FROM members`)).toHaveLength(3);
    expect(ties(bo)).toBe(0);
    await send(ana, bo, { includeRelationships: true });
    expect(listRelationships(bo, a).map((tie) => [tie.kind, tie.note])).toEqual([
      ['carpool', ''],
      ['family', 'cousins'],
    ]);
  });

  it('in a scoped export, only ties with both members in scope travel', async () => {
    await send(ana, bo, { query: OAK, includeRelationships: true });
    expect(listRelationships(bo, a).map((tie) => tie.other_id)).toEqual([b]);
    expect(ties(bo)).toBe(1);
  });
});

describe('attempts and follow-ups between a coordinator and a captain', () => {
  it("a turf export carries its members' attempts and follow-ups; what the captain records comes back", async () => {
    const ben = addMember(ana, { first_name: 'Ben', building: 'Oak' }).id;
    const cy = addMember(ana, { first_name: 'Cy', building: 'Elm' }).id;
    addAttempt(ana, { memberId: ben, via: 'door', outcome: 'not-home', date: '2026-06-01', next: '2026-06-08', reason: 'evening' });
    addAttempt(ana, { memberId: cy, via: 'phone', outcome: 'left-message', date: '2026-06-01', next: '2026-06-03' });
    addConversation(ana, { memberId: ben, date: '2026-05-20', notes: 'Angry about the boiler', assessment: 2 });
    await send(ana, bo, { query: OAK });
    // Only Oak's member and his two attempts; the conversation is one of them.
    expect(listAttempts(bo, ben).map((attempt) => attempt.outcome)).toEqual(['not-home', 'talked']);
    expect(listConversations(bo, ben).map((conversation) => conversation.notes)).toEqual(['Angry about the boiler']);
    expect(all(bo.db, sql`SELECT id FROM contact_attempts WHERE member_id = ${cy}`)).toEqual([]);
    expect(followUps(bo, { dueBy: '2026-06-30', timeZone: 'UTC' }).map((row) => [row.member, row.next, row.reason])).toEqual([[ben, '2026-06-08', 'evening']]);

    addAttempt(bo, { memberId: ben, via: 'door', outcome: 'talked', date: '2026-06-08', notes: 'Will sign', next: '2026-06-15', reason: 'bring the card' });
    await send(bo, ana);
    expect(followUps(ana, { dueBy: '2026-06-30', timeZone: 'UTC' }).map((row) => [row.name, row.next, row.reason])).toEqual([
      ['Cy', '2026-06-03', ''],
      ['Ben', '2026-06-15', 'bring the card'],
    ]);
    expect(listConversations(ana, ben).map((conversation) => conversation.notes)).toEqual(['Will sign', 'Angry about the boiler']);
  });
});
