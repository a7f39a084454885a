/**
 * A vault filled with seeded synthetic data, so that anyone can look around (`chapterhouse
 * demo`, `npm run ui -- --demo`) and so that screenshots and benchmarks see the same chapter.
 */
import { vaultContext } from '../vault-context';
import { addConversation } from '../roll/conversations';
import type { VaultContext } from '../core/context';
import { EMPTY_MEMBER, insertMember, normalizeMember } from '../roll/members';
import { readSettings, writeSettings } from '../vault/settings';
import { createVault, type OpenVault, type VaultOptions } from '../vault/vault';
import { seededRandom, syntheticPeople } from './synthetic';
import { loadSodium } from '../core/sodium';
import { fillDemoMeetings } from './demo-meetings';

export const DEMO_CHAPTER = { chapterName: 'Riverside Tenants Union', officerName: 'Ana Reyes' };
/** Known to everyone on purpose: a demo vault holds only made-up people. */
export const DEMO_PASSPHRASE = 'demo passphrase for riverside';
const TAGS = ['building committee', 'steward', 'repairs', 'rent strike', 'newsletter', 'childcare'];
// Lapsed members are members whose dues ran out (their standing), not a status of their own.
const STATUSES = ['prospect', 'member', 'member', 'member', 'member', 'former'];
const NOTES = ['Heat out since January', 'Mold in bathroom, landlord ignored two requests', 'Wants to help with the newsletter', 'Works nights; text before 2 pm', ''];

export function fillDemoRoll(context: VaultContext, memberCount: number, seed = 7): void {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const today = context.now();
  const ids: string[] = [];
  context.db.transaction(() => {
    for (const person of syntheticPeople(memberCount, seed)) {
      const paidMonths = Math.floor(random() * 18) - 6;
      const paidThrough = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() + paidMonths, 28));
      // Drawn in the order the object below used to draw them, so the seeded people stay the same.
      const email = random() < 0.7 ? person.email : '';
      const paysDues = random() < 0.85;
      const status = pick(STATUSES);
      // A prospect has not paid dues yet; a former member stopped paying more than a year ago.
      if (status === 'former') paidThrough.setUTCFullYear(paidThrough.getUTCFullYear() - 2);
      const duesPaidThrough = paysDues && status !== 'prospect' ? paidThrough.toISOString().slice(0, 10) : '';
      const { fields, phoneDigits, errors } = normalizeMember(
        EMPTY_MEMBER,
        {
          first_name: person.firstName,
          last_name: person.lastName,
          email,
          phone: person.phone,
          street: person.street,
          unit: person.unit,
          city: 'Springfield',
          building: person.building,
          languages: person.language,
          assessment: person.assessment,
          join_date: person.joinDate,
          dues_paid_through: duesPaidThrough,
          status,
          tags: random() < 0.4 ? pick(TAGS) : '',
          notes: pick(NOTES),
        },
        context,
        [],
      );
      if (errors.length > 0) throw new Error(`demo data is invalid: ${errors[0]!.message}`);
      ids.push(insertMember(context, fields, phoneDigits));
    }
    for (const id of ids.slice(0, Math.min(ids.length, 40))) {
      addConversation(context, { memberId: id, notes: 'Door knock: talked about the repairs petition.', assessment: 1 + Math.floor(random() * 5) });
    }
  })();
}

export async function createDemoVault(
  dir: string,
  passphrase: string,
  options: VaultOptions & { members?: number } = {},
): Promise<{ vault: OpenVault; recoveryCode: string }> {
  const created = await createVault({ dir, ...DEMO_CHAPTER, passphrase }, options);
  const { db, info } = created.vault;
  writeSettings(db, { chapterKind: 'tenant' });
  const context = vaultContext(created.vault, options.now);
  fillDemoRoll(context, options.members ?? 500);
  await fillDemoMeetings(context, await loadSodium());
  return created;
}
