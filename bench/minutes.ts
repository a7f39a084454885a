/**
 * Minutes figures: search across 1,000 meetings of 30 agenda items each. The minutes are seeded
 * with direct inserts in one transaction (the search index fills through its triggers, as in the
 * app), then searched as an officer types: single words, common and rare, phrases, prefixes.
 */
import { randomUUID } from 'node:crypto';
import { seededRandom } from '../src/main/demo/synthetic';
import { prepare } from '../src/main/db/sql';
import { searchMinutes } from '../src/main/minutes/search';
import type { VaultContext } from '../src/main/core/context';

const COMMON = ['the', 'tenants', 'building', 'meeting', 'landlord', 'repairs', 'rent', 'members', 'committee', 'vote', 'letter', 'city'];
const TOPICS = [
  'boiler', 'heat', 'mold', 'inspector', 'newsletter', 'translation', 'childcare', 'budget', 'dues', 'eviction', 'lease', 'elevator',
  'pest', 'roof', 'leak', 'petition', 'strike', 'federation', 'flyers', 'lawyer', 'hearing', 'deposit', 'security', 'laundry',
];
const FILLER = ['and', 'to', 'of', 'in', 'for', 'with', 'was', 'were', 'on', 'at', 'by', 'asked', 'reported', 'agreed', 'discussed', 'next', 'week', 'unit'];

/** A pseudo-word vocabulary, so the index holds thousands of distinct terms as real minutes do. */
function vocabulary(random: () => number, size: number): string[] {
  const syllables = ['ka', 'lo', 'mi', 'ren', 'sta', 'vo', 'ther', 'ul', 'pra', 'den', 'gi', 'son', 'tra', 'bel', 'cor', 'nu'];
  return Array.from({ length: size }, () => Array.from({ length: 2 + Math.floor(random() * 3) }, () => syllables[Math.floor(random() * syllables.length)]).join(''));
}

export function seedMinutes(context: VaultContext, meetings = 1000, itemsPerMeeting = 30, seed = 4): number {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const words = vocabulary(random, 3000);
  const sentence = (length: number): string =>
    Array.from({ length }, () => {
      const roll = random();
      return roll < 0.25 ? pick(COMMON) : roll < 0.35 ? pick(TOPICS) : roll < 0.65 ? pick(FILLER) : pick(words);
    }).join(' ');
  const insertMeeting = prepare(
    context.db,
    `INSERT INTO meetings (id, type_id, title, starts_at, place, status, created_at, updated_at) VALUES (?, 'general', ?, ?, '', 'draft', ?, ?)`,
  );
  const insertItem = prepare(context.db, `INSERT INTO agenda_items (id, meeting_id, position, title, notes) VALUES (?, ?, ?, ?, ?)`);
  const insertMotion = prepare(
    context.db,
    `INSERT INTO motions (id, meeting_id, agenda_item_id, position, text, created_at) VALUES (?, ?, ?, ?, ?, ?)`,
  );
  const start = performance.now();
  context.db.transaction(() => {
    for (let index = 0; index < meetings; index++) {
      const id = randomUUID();
      const day = new Date(Date.UTC(2010, 0, 1) + index * 4 * 86_400_000).toISOString();
      insertMeeting.run(id, `General meeting ${index + 1}`, `${day.slice(0, 10)}T19:00`, day, day);
      for (let position = 0; position < itemsPerMeeting; position++) {
        const itemId = randomUUID();
        const notes = `${sentence(20 + Math.floor(random() * 60))}.\n\n- ${sentence(8)}\n- ${sentence(8)}`;
        insertItem.run(itemId, id, position, `${pick(TOPICS)} ${pick(COMMON)}`, notes);
        if (position % 10 === 9) insertMotion.run(randomUUID(), id, itemId, position, `To ${sentence(12)}`, day);
      }
    }
  })();
  return performance.now() - start;
}

/** What an officer types: common and rare words, two-word searches, prefixes mid-word. */
export const MINUTES_QUERIES = ['boiler', 'mold insp', 'tenants', 'rent strike', 'newsletter translation', 'the', 'eviction hearing', 'kalo', 'petit', 'security deposit', 'landlord repairs', 'elev'];

export function minutesSearchTimes(context: VaultContext, rounds = 5): number[] {
  for (const query of MINUTES_QUERIES) searchMinutes(context, query);
  const samples: number[] = [];
  for (let round = 0; round < rounds; round++) {
    for (const query of MINUTES_QUERIES) {
      const start = performance.now();
      searchMinutes(context, query);
      samples.push(performance.now() - start);
    }
  }
  return samples;
}
