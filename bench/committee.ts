/**
 * Committee figures: the follow-up queue (one organizer, everyone) at three contact attempts per
 * member, and the walk list PDF of a 2,000-member building.
 */
import { randomUUID } from 'node:crypto';
import { followUps } from '../src/main/organizing/committee/followups';
import { renderWalkList } from '../src/main/organizing/committee/walklist';
import { all, prepare, sql } from '../src/main/db/sql';
import type { VaultContext } from '../src/main/core/context';

const ATTEMPTS_PER_MEMBER = 3;
const MEMBERS_PER_ORGANIZER = 10;
const BUILDING_SIZE = 2000;
const OUTCOMES = ['talked', 'not-home', 'left-message', 'refused'];

function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function timed(work: () => void, runs = 7): number {
  return median(
    Array.from({ length: runs }, () => {
      const start = performance.now();
      work();
      return performance.now() - start;
    }),
  );
}

/**
 * The seed writes rows directly (the bench measures reading them, not logging 300,000 attempts
 * one by one); the triggers of migration 15 keep the per-member summary as the app's writes do.
 */
function seed(context: VaultContext): { organizer: string; attempts: number } {
  const ids = all<{ id: string }>(context.db, sql`SELECT id FROM members WHERE deleted_at = '' ORDER BY id`).map((row) => row.id);
  const organizers = ids.filter((_, index) => index % MEMBERS_PER_ORGANIZER === 0);
  const insert = prepare(
    context.db,
    `INSERT INTO contact_attempts (id, member_id, date, via, outcome, by_name, officer_id, notes, next_date, next_reason, clocks, created_at, updated_at)
     VALUES (?, ?, ?, 'door', ?, 'Bench', ?, '', ?, ?, '{}', ?, ?)`,
  );
  const setOrganizer = prepare(context.db, 'UPDATE members SET organizer = ? WHERE id = ?');
  const setCommittee = prepare(context.db, "UPDATE members SET organizing_committee = 'yes' WHERE id = ?");
  const setBuilding = prepare(context.db, "UPDATE members SET building = 'Bench Tower' WHERE id = ?");
  let attempts = 0;
  context.db.transaction(() => {
    for (const organizer of organizers) setCommittee.run(organizer);
    ids.forEach((id, index) => {
      const organizer = organizers[Math.floor(index / MEMBERS_PER_ORGANIZER) % organizers.length]!;
      setOrganizer.run(organizer === id ? '' : organizer, id);
      if (index < BUILDING_SIZE) setBuilding.run(id);
      for (let attempt = 0; attempt < ATTEMPTS_PER_MEMBER; attempt++) {
        const day = 1 + ((index + attempt * 7) % 28);
        const date = `2026-0${1 + attempt}-${String(day).padStart(2, '0')}`;
        // One member in five has a follow-up set by their latest attempt, half of them due.
        const last = attempt === ATTEMPTS_PER_MEMBER - 1;
        const next = last && index % 5 === 0 ? (index % 10 === 0 ? '2026-06-01' : '2026-07-01') : '';
        insert.run(randomUUID(), id, date, OUTCOMES[(index + attempt) % OUTCOMES.length], context.officerId, next, next ? 'knock again' : '', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z');
        attempts++;
      }
    });
  })();
  return { organizer: organizers[1] ?? organizers[0]!, attempts };
}

export async function committeeFigures(context: VaultContext): Promise<Record<string, number>> {
  const { organizer, attempts } = seed(context);
  const figures: Record<string, number> = { contact_attempts: attempts };
  figures.followups_ms = timed(() => followUps(context, { timeZone: 'UTC' }));
  figures.followups_one_organizer_ms = timed(() => followUps(context, { organizer, timeZone: 'UTC' }));
  const walkSamples: number[] = [];
  for (let run = 0; run < 3; run++) {
    const start = performance.now();
    await renderWalkList(context, { filter: { building: 'Bench Tower' } });
    walkSamples.push(performance.now() - start);
  }
  figures.walk_list_pdf_ms = median(walkSamples);
  return figures;
}
