/**
 * The minutes as a Markdown document: heading, attendance and quorum, each agenda item with its
 * notes, motions and votes, action items, corrections, and the approval record. Notes are the
 * secretary's Markdown as written; everything else is one line each, so a title cannot start
 * a heading or a list of its own.
 */
import { notCountedReason, type Attendee, type MeetingDetail, type Motion, type NotCountedReason } from '../../shared/meetings';
import { get, sql } from '../db/sql';
import { longDate } from '../print/pdf';
import type { VaultContext } from '../core/context';
import { meetingDay, readMeeting } from './store';

/** One line of text with Markdown's line-start and inline markers escaped. */
export function inline(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/([\\`*_[\]<>#|~])/g, '\\$1');
}

export function chapterName(context: VaultContext): string {
  return get<{ value: string }>(context.db, sql`SELECT value FROM meta WHERE key = 'chapter_name'`)?.value?.trim() || 'Chapter';
}

/** "June 15, 2026, 7:00 PM" from '2026-06-15T19:00'. */
export function meetingWhen(startsAt: string): string {
  const [hours, minutes] = startsAt.slice(11, 16).split(':').map(Number) as [number, number];
  const time = Number.isFinite(hours) ? `, ${((hours + 11) % 12) + 1}:${String(minutes).padStart(2, '0')} ${hours < 12 ? 'AM' : 'PM'}` : '';
  return `${longDate(meetingDay(startsAt))}${time}`;
}

const OUTCOME_WORDS: Record<Motion['outcome'], string> = {
  pending: 'Pending',
  carried: 'Carried',
  failed: 'Failed',
  tabled: 'Tabled',
  withdrawn: 'Withdrawn',
};
const METHOD_WORDS: Record<NonNullable<Motion['method']>, string> = { voice: 'voice vote', hands: 'show of hands', ballot: 'ballot', 'roll-call': 'roll call' };

const NOT_COUNTED_WORDS: Record<NotCountedReason, (person: Attendee) => string> = {
  'not-on-roll': () => 'no longer on the roll',
  'not-a-member': (person) => person.status,
  lapsed: () => 'dues lapsed',
  'no-dues': () => 'no dues on record',
};

export function quorumStatement(detail: MeetingDetail): string {
  const { quorum } = detail;
  const present = `${quorum.present} ${quorum.present === 1 ? 'member' : 'members'} present`;
  const notCounted = detail.attendance.flatMap((person) => {
    const reason = notCountedReason(person);
    return reason ? [`${person.name} (${NOT_COUNTED_WORDS[reason](person)})`] : [];
  });
  const others = notCounted.length ? `; also present, not counted towards quorum: ${notCounted.join(', ')}` : '';
  const guests = detail.guests.length ? ` and ${detail.guests.length} ${detail.guests.length === 1 ? 'guest' : 'guests'}` : '';
  return `${present}${guests}${others}. Quorum (${quorum.rule}): ${quorum.required} required — ${quorum.met ? 'quorum was present' : 'quorum was not present'}.`;
}

/** Each motion as lines of plain text (the PDF uses these too). */
export function motionLines(motion: Motion, motions: Motion[]): { heading: string; lines: string[] } {
  const amended = motion.amendsMotionId ? motions.findIndex((other) => other.id === motion.amendsMotionId) : -1;
  const heading = `${amended >= 0 ? `Amendment to motion ${amended + 1}` : `Motion ${motions.indexOf(motion) + 1}`}: ${motion.text}`;
  const lines: string[] = [];
  const who = [motion.moverName && `Moved by ${motion.moverName}`, motion.seconderName && `seconded by ${motion.seconderName}`].filter(Boolean).join(', ');
  if (who) lines.push(`${who}.`);
  if (motion.method) {
    const quorum = motion.presentAtVote !== undefined ? ` ${motion.presentAtVote} present, quorum ${motion.quorumMetAtVote ? 'met' : 'not met'}.` : '';
    lines.push(`Vote by ${METHOD_WORDS[motion.method]}: ${motion.for} for, ${motion.against} against, ${motion.abstain} abstaining.${quorum}`);
  }
  if (motion.rollCall.length) lines.push(`Roll call: ${motion.rollCall.map((vote) => `${vote.name} — ${vote.vote}`).join('; ')}.`);
  // Business done without quorum is void in most bylaws: the minutes never say a bare "Carried".
  const withoutQuorum = motion.outcome === 'carried' && motion.quorumMetAtVote === false ? ' without quorum' : '';
  lines.push(`Outcome: ${OUTCOME_WORDS[motion.outcome]}${withoutQuorum}.`);
  return { heading, lines };
}

export function actionLine(action: MeetingDetail['actions'][number]): string {
  const owner = action.ownerName ? ` — ${action.ownerName}` : '';
  const due = action.due ? `, due ${longDate(action.due)}` : '';
  return `${action.what}${owner}${due} (${action.status})`;
}

export function approvalLines(detail: MeetingDetail): string[] {
  const { meeting } = detail;
  if (meeting.status === 'approved') {
    return [
      `Approved on ${longDate((meeting.approvedAt ?? '').slice(0, 10))} by ${meeting.approvedBy ?? 'an officer'}.`,
      `Content hash (SHA-256): ${meeting.contentHash ?? ''}`,
      `Officer's signature (Ed25519): ${meeting.signature ?? ''}`,
    ];
  }
  if (meeting.status === 'circulated') return [`Circulated on ${longDate((meeting.circulatedAt ?? '').slice(0, 10))}; not yet approved.`];
  return ['Draft: not yet circulated or approved.'];
}

export function minutesFileName(detail: MeetingDetail, extension: 'md' | 'pdf'): string {
  const slug = detail.meeting.title.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60) || 'meeting';
  return `minutes-${meetingDay(detail.meeting.date)}-${slug}.${extension}`;
}

export function minutesMarkdown(context: VaultContext, meetingId: string): string {
  return detailMarkdown(context, readMeeting(context, meetingId));
}

/** For a caller that has the meeting read already (the export names the file after it too). */
export function detailMarkdown(context: VaultContext, detail: MeetingDetail): string {
  const { meeting } = detail;
  const out: string[] = [];
  out.push(`# ${inline(chapterName(context))} — ${inline(meeting.title)}`, '');
  out.push(`**Date:** ${meetingWhen(meeting.date)}  `);
  if (meeting.place) out.push(`**Place:** ${inline(meeting.place)}  `);
  out.push(`**Meeting type:** ${inline(meeting.type)}  `);
  if (meeting.chair) out.push(`**Chair:** ${inline(meeting.chair)}  `);
  if (meeting.secretary) out.push(`**Secretary:** ${inline(meeting.secretary)}  `);
  out.push(`**Status:** ${meeting.status}`, '');

  out.push('## Attendance', '', inline(quorumStatement(detail)), '');
  if (detail.attendance.length) out.push(`Members present: ${detail.attendance.map((person) => inline(person.name)).join(', ')}.`, '');
  if (detail.guests.length) {
    out.push(`Guests: ${detail.guests.map((guest) => inline(guest.note ? `${guest.name} (${guest.note})` : guest.name)).join(', ')}.`, '');
  }

  out.push('## Agenda', '');
  detail.agenda.forEach((item, index) => {
    const status = item.status === 'open' ? '' : ` (${item.status})`;
    out.push(`### ${index + 1}. ${inline(item.title)}${status}`, '');
    if (item.notes.trim()) out.push(item.notes.trim(), '');
    for (const motion of detail.motions.filter((candidate) => candidate.agendaItemId === item.id)) {
      const { heading, lines } = motionLines(motion, detail.motions);
      out.push(`**${inline(heading)}**`, '', ...lines.map((line) => `- ${inline(line)}`), '');
    }
    for (const action of detail.actions.filter((candidate) => candidate.agendaItemId === item.id)) {
      out.push(`- Action item: ${inline(actionLine(action))}`);
    }
    if (detail.actions.some((candidate) => candidate.agendaItemId === item.id)) out.push('');
  });

  out.push('## Action items', '');
  if (detail.actions.length === 0) out.push('None.', '');
  else out.push(...detail.actions.map((action) => `- [${action.status === 'done' ? 'x' : ' '}] ${inline(actionLine(action))}`), '');

  if (detail.corrections.length) {
    out.push('## Corrections', '');
    out.push(...detail.corrections.map((correction) => `- ${longDate(correction.at.slice(0, 10))}, ${inline(correction.officerName)}: ${inline(correction.text)}`), '');
  }
  out.push('## Approval', '', ...approvalLines(detail).map((line) => `${inline(line)}  `), '');
  return `${out.join('\n').trimEnd()}\n`;
}
