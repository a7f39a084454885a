/**
 * A year of seeded synthetic meetings for the demo vault: general membership meetings every
 * month, board and committee meetings between them, with attendance (prospects and guests too),
 * Markdown notes, motions with votes (a roll call at each general meeting), amendments, action
 * items (the recent ones still open) and minutes in every state: older ones approved by a
 * motion at the next meeting of their type, the last board minutes circulated, the latest drafts.
 * Everything goes through the minutes modules, so the demo obeys the same rules as the app.
 */
import { all, sql } from '../db/sql';
import { updateAction, addAction } from '../minutes/actions';
import { createMeeting, saveNotes } from '../minutes/agenda';
import { addGuest, checkIn } from '../minutes/attendance';
import { circulate } from '../minutes/lifecycle';
import { addMotion, recordVote } from '../minutes/motions';
import type { VaultContext } from '../core/context';
import type { Sodium } from '../core/sodium';
import { seededRandom } from './synthetic';

const PLACES = ['Riverside Towers community room', 'Maple Court lobby', 'St. Brigid parish hall', 'Union Flats courtyard'];
const REPORTS = [
  'Treasurer reported **$1,240** in dues collected this month and $310 spent on flyers.',
  'Membership is up: 14 new members signed cards, most from *Maple Court*.',
  'The repairs committee logged 23 open repair requests; 9 are over 30 days old.',
];
const BUSINESS = [
  'Tenants at Maple Court report **no heat** in units 4B, 4C and 5A.\n\n- Landlord promised a boiler inspection\n- No date given\n- City inspector not yet called',
  'Discussion of the rent increase notice:\n\n1. Increase is 9% for most units\n2. Several tenants on fixed incomes\n3. Proposal to respond collectively',
  'The newsletter will go out in English, Spanish and Vietnamese. Volunteers needed for *translation* and door-to-door delivery.',
  'Mold complaints in the basement units at The Harbor. Photos collected by the building captain.\n\n> "We have asked three times in writing."',
  'Planning the block party for August: permit, food, childcare, sound. Budget under $500.',
];
const MOTIONS = [
  'To send a collective letter to management demanding repairs within 14 days',
  'To file a complaint with the city housing inspector on behalf of all affected tenants',
  'To spend up to $300 on printing the newsletter in three languages',
  'To hold a rent strike vote at the next general meeting',
  'To join the citywide tenants federation',
];
const AMENDMENTS = ['To change 14 days to 10 days', 'To add Spanish-language outreach', 'To cap the spending at $250'];
const ACTIONS: [string, string][] = [
  ['Draft the repairs demand letter', ''],
  ['Call the city housing inspector', ''],
  ['Book the parish hall for next month', 'Secretary'],
  ['Collect signatures at Maple Court', ''],
  ['Print 500 newsletters', 'Treasurer'],
  ['Follow up with tenants in 4B', ''],
];
const TEMPLATE_NOTES: Record<string, string> = {
  'Call to order': 'Called to order at 7:05 pm by the chair.',
  Adjournment: 'Adjourned at 8:40 pm.',
  Announcements: 'Next general meeting on the second Thursday; childcare provided.',
};

interface Planned {
  typeId: 'general' | 'board' | 'committee';
  startsAt: string;
}

/**
 * 12 general, 8 board and 4 committee meetings in the twelve months before this one, in date
 * order: always 24, whatever day of the month the demo is made.
 */
function plan(now: Date): Planned[] {
  const meetings: Planned[] = [];
  for (let monthsAgo = 12; monthsAgo >= 1; monthsAgo--) {
    const month = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - monthsAgo, 1)).toISOString().slice(0, 8);
    const day = (d: number, time: string) => `${month}${String(d).padStart(2, '0')}T${time}`;
    meetings.push({ typeId: 'board', startsAt: day(3, '18:30') }, { typeId: 'general', startsAt: day(10, '19:00') });
    if (monthsAgo % 3 === 1) meetings.push({ typeId: 'committee', startsAt: day(18, '18:00') });
    if (monthsAgo % 3 === 2) meetings.push({ typeId: 'board', startsAt: day(22, '18:30') });
  }
  const board = meetings.filter((meeting) => meeting.typeId === 'board').slice(-8);
  return meetings.filter((meeting) => meeting.typeId !== 'board' || board.includes(meeting)).sort((a, b) => a.startsAt.localeCompare(b.startsAt));
}

export async function fillDemoMeetings(context: VaultContext, sodium: Sodium, seed = 11): Promise<number> {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const sample = <T>(items: readonly T[], count: number): T[] => {
    const pool = [...items];
    const chosen: T[] = [];
    while (chosen.length < count && pool.length) chosen.push(pool.splice(Math.floor(random() * pool.length), 1)[0]!);
    return chosen;
  };
  const members = all<{ id: string }>(context.db, sql`SELECT id FROM members WHERE deleted_at = '' ORDER BY sort_name, id`).map((row) => row.id);
  const prospects = all<{ id: string }>(context.db, sql`SELECT id FROM members WHERE deleted_at = '' AND status = 'prospect' ORDER BY sort_name, id`).map((row) => row.id);
  const board = members.slice(0, 7);
  const committee = members.slice(7, 13);
  const planned = plan(context.now());
  const latestOfType = new Map(planned.map((meeting) => [meeting.typeId, meeting.startsAt]));
  const previous = new Map<string, string>();
  /** The clock as it was some hours after a meeting began, never later than now. */
  const at = (startsAt: string, hoursLater: number): VaultContext => {
    const then = new Date(Math.min(context.now().getTime(), Date.parse(`${startsAt}:00Z`) + hoursLater * 3_600_000));
    return { ...context, now: () => then };
  };

  context.db.transaction(() => {
    planned.forEach((meeting, index) => {
      const during = at(meeting.startsAt, 1);
      const general = meeting.typeId === 'general';
      const detail = createMeeting(during, {
        typeId: meeting.typeId,
        startsAt: meeting.startsAt,
        place: general ? pick(PLACES) : 'Riverside Towers community room',
        chair: 'Ana Reyes',
        secretary: 'Bo Li',
      });
      const id = detail.meeting.id;
      const pool = general ? members : meeting.typeId === 'board' ? board : committee;
      const size = general ? 28 + Math.floor(random() * 25) : Math.max(2, pool.length - Math.floor(random() * 3));
      const present = sample(pool, Math.min(size, pool.length));
      for (const memberId of present) checkIn(during, id, memberId);
      // Prospects came in as walk-ins: `--members N` stays N, so they are already on the roll.
      const walkIn = prospects[index % Math.max(prospects.length, 1)];
      if (general && walkIn && !present.includes(walkIn)) checkIn(during, id, walkIn);
      if (general && random() < 0.5) addGuest(during, id, 'Pat Organizer', 'citywide tenants federation');

      for (const item of detail.agenda) {
        const notes =
          TEMPLATE_NOTES[item.title] ??
          (item.kind === 'approve-minutes'
            ? 'Minutes were circulated by e-mail a week before the meeting.'
            : item.kind === 'action-review'
              ? 'Reported on progress.'
              : /report/i.test(item.title)
                ? pick(REPORTS)
                : /business|planning|updates/i.test(item.title)
                  ? pick(BUSINESS)
                  : '');
        if (notes) saveNotes(during, item.id, notes);
      }

      // Approve the last minutes of this type: they were circulated a few days after that meeting.
      const approval = detail.agenda.find((item) => item.kind === 'approve-minutes');
      const earlier = previous.get(meeting.typeId);
      if (approval && earlier && present.length >= 2) {
        const withMotion = addMotion(during, {
          meetingId: id,
          agendaItemId: approval.id,
          text: 'To approve the minutes of the last meeting as circulated',
          moverId: present[0],
          seconderId: present[1],
          approvesMeetingId: earlier,
        });
        recordVote(during, sodium, { motionId: withMotion.motions.at(-1)!.id, method: 'voice', outcome: 'carried' });
      }

      const business = detail.agenda.find((item) => /new business|planning/i.test(item.title)) ?? detail.agenda.at(-1)!;
      const motionCount = present.length >= 2 ? 1 + Math.floor(random() * 2) : 0;
      for (let n = 0; n < motionCount; n++) {
        const [mover, seconder] = sample(present, 2) as [string, string];
        const added = addMotion(during, { meetingId: id, agendaItemId: business.id, text: pick(MOTIONS), moverId: mover, seconderId: seconder });
        const motion = added.motions.at(-1)!;
        if (random() < 0.35) {
          const amendment = addMotion(during, { meetingId: id, agendaItemId: business.id, text: pick(AMENDMENTS), moverId: seconder, amendsMotionId: motion.id }).motions.at(-1)!;
          recordVote(during, sodium, { motionId: amendment.id, method: 'voice', outcome: random() < 0.6 ? 'carried' : 'failed' });
        }
        if (general && n === 0) {
          const rollCall = present.map((memberId) => ({ memberId, vote: random() < 0.7 ? ('for' as const) : random() < 0.5 ? ('against' as const) : ('abstain' as const) }));
          recordVote(during, sodium, { motionId: motion.id, method: 'roll-call', rollCall });
        } else {
          const voting = present.length - Math.floor(random() * 2);
          const against = Math.floor(random() * (voting / 3));
          const abstain = Math.floor(random() * 2);
          recordVote(during, sodium, { motionId: motion.id, method: pick(['hands', 'ballot', 'voice'] as const), for: Math.max(0, voting - against - abstain), against, abstain });
        }
      }

      const recent = meeting.startsAt >= (latestOfType.get(meeting.typeId) ?? '') || index >= planned.length - 4;
      for (let n = 0; n < 1 + Math.floor(random() * 2); n++) {
        const [what, office] = pick(ACTIONS);
        const due = new Date(Date.parse(`${meeting.startsAt}:00Z`) + (7 + Math.floor(random() * 21)) * 86_400_000).toISOString().slice(0, 10);
        const owner = !office && present.length ? { ownerMemberId: pick(present) } : { ownerName: office || 'Secretary' };
        const action = addAction(during, { meetingId: id, agendaItemId: business.id, what, due, ...owner });
        if (!recent && random() < 0.8) updateAction(at(meeting.startsAt, 24 * 20), action.id, { status: random() < 0.85 ? 'done' : 'dropped' });
      }

      // Minutes go out a few days later; the newest general and committee minutes are still drafts.
      const newest = meeting.startsAt === latestOfType.get(meeting.typeId);
      if (!newest || meeting.typeId === 'board') circulate(at(meeting.startsAt, 24 * 4), id);
      previous.set(meeting.typeId, id);
    });
  })();
  return planned.length;
}
