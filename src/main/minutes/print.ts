/**
 * The minutes on paper, and a meeting's sign-in sheet. Notes are Markdown: they are parsed with
 * markdown-it (HTML off) into blocks of plain text — headings, paragraphs, list items, quotes,
 * code — and drawn as text, so nothing in them is ever interpreted as markup or a link.
 */
import MarkdownIt from 'markdown-it';
import type { MeetingDetail } from '../../shared/meetings';
import { INK, MUTED, PdfWriter, printable, type FontName } from '../print/pdf';
import type { VaultContext } from '../core/context';
import { CONFIDENTIAL_FOOTER, printedName, WALK_IN_ROWS } from '../roll/print';
import { listMembers } from '../roll/query';
import { actionLine, approvalLines, chapterName, meetingWhen, motionLines, quorumStatement } from './markdown';
import { readMeeting } from './store';

const markdown = new MarkdownIt({ html: false, linkify: false });
type Token = ReturnType<typeof markdown.parse>[number];

export interface TextBlock {
  text: string;
  kind: 'heading' | 'paragraph' | 'item' | 'quote' | 'code';
  /** Nesting of lists and quotes. */
  depth: number;
}

/** On paper a link is its text, then its address if that is a web or mail address not already shown. */
function inlineText(token: Token): string {
  const hrefs: string[] = [];
  return (token.children ?? [])
    .map((child) => {
      if (child.type === 'softbreak' || child.type === 'hardbreak') return ' ';
      if (child.type === 'image') return child.content ? `[${child.content}]` : '';
      if (child.type === 'link_open') hrefs.push(String(child.attrGet('href') ?? ''));
      if (child.type === 'link_close') {
        const href = hrefs.pop() ?? '';
        return /^(https?:|mailto:)/i.test(href) && child.markup !== 'linkify' && child.markup !== 'autolink' ? ` (${href.replace(/^mailto:/i, '')})` : '';
      }
      return child.type === 'text' || child.type === 'code_inline' ? child.content : '';
    })
    .join('');
}

/** Markdown → plain text blocks; raw HTML never reaches here as anything but its text. */
export function markdownBlocks(source: string): TextBlock[] {
  const blocks: TextBlock[] = [];
  const lists: { ordered: boolean; next: number }[] = [];
  let quoteDepth = 0;
  let heading = false;
  let pendingBullet = '';
  for (const token of markdown.parse(source, {})) {
    switch (token.type) {
      case 'heading_open':
        heading = true;
        break;
      case 'heading_close':
        heading = false;
        break;
      case 'bullet_list_open':
        lists.push({ ordered: false, next: 1 });
        break;
      case 'ordered_list_open':
        lists.push({ ordered: true, next: Number(token.attrGet('start') ?? 1) });
        break;
      case 'bullet_list_close':
      case 'ordered_list_close':
        lists.pop();
        break;
      case 'list_item_open': {
        const list = lists.at(-1);
        pendingBullet = list?.ordered ? `${list.next++}. ` : '• ';
        break;
      }
      case 'blockquote_open':
        quoteDepth++;
        break;
      case 'blockquote_close':
        quoteDepth--;
        break;
      case 'inline': {
        const text = inlineText(token);
        const kind = heading ? 'heading' : pendingBullet ? 'item' : quoteDepth > 0 ? 'quote' : 'paragraph';
        blocks.push({ text: `${pendingBullet}${text}`, kind, depth: lists.length + quoteDepth });
        pendingBullet = '';
        break;
      }
      case 'fence':
      case 'code_block':
        for (const line of token.content.replace(/\n$/, '').split('\n')) blocks.push({ text: line, kind: 'code', depth: lists.length + quoteDepth });
        break;
      default:
        break;
    }
  }
  return blocks;
}

/** Wrapped text of any length, a line at a time, so a long paragraph runs onto the next page. */
function block(writer: PdfWriter, text: string, options: { font?: FontName; size?: number; indent?: number; color?: string; gapAfter?: number } = {}): void {
  const font = options.font ?? 'regular';
  const size = options.size ?? 10;
  const indent = options.indent ?? 0;
  const height = writer.lineHeight(font, size);
  writer.use(font, size, options.color ?? INK);
  const lines = writer.wrap(printable(text), writer.width - indent, 10_000);
  for (const line of lines) {
    if (writer.ensureSpace(height)) writer.use(font, size, options.color ?? INK);
    writer.textAt(line, writer.left + indent, writer.y);
    writer.y += height;
  }
  writer.y += options.gapAfter ?? 0;
}

function section(writer: PdfWriter, title: string): void {
  writer.y += 6;
  writer.ensureSpace(40);
  block(writer, title, { font: 'bold', size: 12.5, gapAfter: 3 });
}

export function notes(writer: PdfWriter, source: string): void {
  for (const item of markdownBlocks(source)) {
    const indent = 12 * item.depth;
    if (item.kind === 'heading') block(writer, item.text, { font: 'bold', size: 10.5, indent, gapAfter: 2 });
    else if (item.kind === 'code') block(writer, item.text || ' ', { font: 'condensed', size: 9, indent: indent + 8, color: MUTED });
    else block(writer, item.text, { indent, color: item.kind === 'quote' ? MUTED : INK, gapAfter: 3 });
  }
}

function signatureBlock(writer: PdfWriter): void {
  writer.y += 24;
  writer.ensureSpace(60);
  writer.use('regular', 10);
  const half = writer.width / 2;
  for (const [label, x] of [['Chair', writer.left], ['Secretary', writer.left + half + 10]] as const) {
    writer.hline(x, x + half - 20, writer.y + 22, INK, 0.6);
    writer.textAt(`${label} — signature and date`, x, writer.y + 26);
  }
  writer.y += 44;
}

export async function renderMinutesPdf(context: VaultContext, meetingId: string): Promise<{ detail: MeetingDetail; pdf: Uint8Array }> {
  const detail = readMeeting(context, meetingId);
  const { meeting } = detail;
  const chapter = chapterName(context);
  const title = `${chapter} — Minutes: ${meeting.title}`;
  const writer = new PdfWriter({
    title,
    footer: `${chapter} · Minutes of ${meetingWhen(meeting.date)} · ${meeting.status}`,
    runningHead: title,
    now: context.now(),
  });
  block(writer, chapter, { font: 'bold', size: 16, gapAfter: 2 });
  block(writer, `Minutes: ${meeting.title}`, { font: 'bold', size: 13, gapAfter: 4 });
  const facts = [
    meetingWhen(meeting.date),
    meeting.place,
    meeting.type,
    meeting.chair && `Chair: ${meeting.chair}`,
    meeting.secretary && `Secretary: ${meeting.secretary}`,
    `Status: ${meeting.status}`,
  ].filter(Boolean);
  block(writer, facts.join(' · '), { size: 9.5, color: MUTED, gapAfter: 6 });

  section(writer, 'Attendance');
  block(writer, quorumStatement(detail), { gapAfter: 3 });
  if (detail.attendance.length) block(writer, `Members present: ${detail.attendance.map((person) => person.name).join(', ')}.`, { size: 9.5, gapAfter: 3 });
  if (detail.guests.length) block(writer, `Guests: ${detail.guests.map((guest) => (guest.note ? `${guest.name} (${guest.note})` : guest.name)).join(', ')}.`, { size: 9.5 });

  section(writer, 'Agenda and minutes');
  detail.agenda.forEach((item, index) => {
    writer.y += 4;
    writer.ensureSpace(30);
    block(writer, `${index + 1}. ${item.title}${item.status === 'open' ? '' : ` (${item.status})`}`, { font: 'bold', size: 11, gapAfter: 2 });
    notes(writer, item.notes);
    for (const motion of detail.motions.filter((candidate) => candidate.agendaItemId === item.id)) {
      const { heading, lines } = motionLines(motion, detail.motions);
      block(writer, heading, { font: 'bold', size: 10, indent: 12, gapAfter: 1 });
      for (const line of lines) block(writer, line, { size: 9.5, indent: 24 });
      writer.y += 3;
    }
  });

  section(writer, 'Action items');
  if (detail.actions.length === 0) block(writer, 'None.');
  for (const action of detail.actions) block(writer, `• ${actionLine(action)}`, { indent: 6 });

  if (detail.corrections.length) {
    section(writer, 'Corrections');
    for (const correction of detail.corrections) block(writer, `${correction.at.slice(0, 10)}, ${correction.officerName}: ${correction.text}`);
  }

  section(writer, 'Approval');
  for (const line of approvalLines(detail)) block(writer, line, { size: 9, color: MUTED });
  signatureBlock(writer);
  return { detail, pdf: await writer.finish() };
}

/** A sign-in sheet with the meeting filled in: the roll by name, then blank rows for walk-ins. */
export async function renderSignInSheet(context: VaultContext, meetingId: string): Promise<{ detail: MeetingDetail; pdf: Uint8Array }> {
  const detail = readMeeting(context, meetingId);
  const { meeting } = detail;
  const chapter = chapterName(context);
  const title = `${chapter} — Sign-in sheet`;
  const writer = new PdfWriter({ title, footer: CONFIDENTIAL_FOOTER, runningHead: `${title}: ${meeting.title}`, now: context.now() });
  block(writer, title, { font: 'bold', size: 16, gapAfter: 2 });
  block(writer, `${meeting.title} · ${meetingWhen(meeting.date)}${meeting.place ? ` · ${meeting.place}` : ''}`, { size: 11, gapAfter: 4 });
  block(writer, 'Please sign next to your name. Not on the list? Write your name at the end.', { size: 9.5, color: MUTED, gapAfter: 8 });
  const sort = { field: 'name', direction: 'asc' } as const;
  const total = listMembers(context, { sort, limit: 1 }).total;
  const members = total ? listMembers(context, { sort, offset: 0, limit: total }).rows : [];
  const tenant = context.settings.chapterKind === 'tenant';
  const place = (member: (typeof members)[number]): string =>
    tenant ? [member.building, member.unit && `Unit ${member.unit}`].filter(Boolean).join(', ') : [member.workplace, member.department].filter(Boolean).join(' · ');
  await writer.table({
    columns: [
      { header: 'Name', width: 200, maxLines: 2 },
      { header: tenant ? 'Building / Unit' : 'Workplace / Department', width: 130, maxLines: 2 },
      { header: 'Signature', width: 170, writeOn: true },
    ],
    rows: members.map((member) => [printedName(member), place(member)]),
    fontSize: 10.5,
    minRowHeight: 24,
    rules: true,
    valign: 'bottom',
  });
  writer.y += 14;
  writer.ensureSpace(writer.lineHeight('bold', 11) + 6 + 24 * 4);
  block(writer, 'Not on the list', { font: 'bold', size: 11, gapAfter: 2 });
  await writer.table({
    columns: [
      { header: 'Name', width: 200, writeOn: true },
      { header: 'Phone', width: 130, writeOn: true },
      { header: 'Signature', width: 170, writeOn: true },
    ],
    rows: Array.from({ length: WALK_IN_ROWS }, () => []),
    fontSize: 10.5,
    minRowHeight: 26,
  });
  return { detail, pdf: await writer.finish() };
}
