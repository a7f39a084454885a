/**
 * The roll on paper: a membership roll to keep in a binder, and a sign-in sheet for a meeting,
 * of the whole roll or the part a query selects, in the chapter's own words (a tenant union's
 * buildings and units, a workplace's shops, departments and shifts).
 */
import type { Settings } from '../../shared/contract';
import type { Member, RollQuery, Standing } from '../../shared/roll';
import { get, sql } from '../db/sql';
import { longDate, PdfWriter, MUTED, INK, type TableColumn } from '../print/pdf';
import { today, type VaultContext } from '../core/context';
import { listMembers } from './query';

export type PrintKind = 'roll' | 'sign-in';

export interface PrintRequest {
  kind: PrintKind;
  /** The part of the roll to print; paging (offset, limit) is ignored: the whole selection prints. */
  query?: RollQuery;
}

export interface PrintOptions {
  onProgress?: (done: number, total: number) => void;
}

export const CONFIDENTIAL_FOOTER = 'Confidential — contains members’ personal information. Shred after use.';

/** Blank rows at the end of a sign-in sheet, for people who are not on it yet. */
export const WALK_IN_ROWS = 10;

const STANDING_WORDS: Record<Standing, string> = {
  current: 'Current',
  grace: 'Grace period',
  lapsed: 'Lapsed',
  unknown: '—',
};

/** "Núñez, José (Pepe)"; "José (Pepe)" without a last name. */
export function printedName(member: Pick<Member, 'first_name' | 'last_name' | 'preferred_name'>): string {
  const first = member.first_name.trim();
  const last = member.last_name.trim();
  const preferred = member.preferred_name.trim();
  const base = last && first ? `${last}, ${first}` : last || first;
  if (!base) return preferred || '(no name)';
  return preferred && preferred !== first ? `${base} (${preferred})` : base;
}

export function printFileName(kind: PrintKind, context: VaultContext): string {
  return `${kind}-${today(context)}.pdf`;
}

function chapterName(context: VaultContext): string {
  return get<{ value: string }>(context.db, sql`SELECT value FROM meta WHERE key = 'chapter_name'`)?.value ?? 'Chapter';
}

/** The members to print, in order: by name unless the roll's query asks for another order. */
function selectMembers(context: VaultContext, request: PrintRequest): Member[] {
  const { offset: _offset, limit: _limit, ...query } = request.query ?? {};
  const sort = request.kind === 'sign-in' || !query.sort ? ({ field: 'name', direction: 'asc' } as const) : query.sort;
  const total = listMembers(context, { ...query, sort, limit: 1 }).total;
  if (total === 0) return [];
  return listMembers(context, { ...query, sort, offset: 0, limit: total }).rows;
}

/** One line saying which part of the roll this is, or '' for all of it. */
export function describeSelection(query: RollQuery | undefined, kind: Settings['chapterKind']): string {
  if (!query) return '';
  const parts: string[] = [];
  const search = query.search?.trim();
  if (search) parts.push(`matching “${search}”`);
  const filter = query.filter ?? {};
  const list = (label: string, values: readonly (string | number)[] | undefined): void => {
    if (values?.length) parts.push(`${label}: ${values.join(', ')}`);
  };
  list('status', filter.statuses);
  list('dues', filter.standings?.map((standing) => STANDING_WORDS[standing].toLowerCase().replace('—', 'not recorded')));
  list(kind === 'tenant' ? 'building' : 'workplace', kind === 'tenant' ? filter.buildings : filter.workplaces);
  list(kind === 'tenant' ? 'workplace' : 'building', kind === 'tenant' ? filter.workplaces : filter.buildings);
  list('unit', filter.units);
  list('floor', filter.floors);
  list('tags', filter.tags);
  list('languages', filter.languages);
  list('assessment', filter.assessments);
  for (const [key, values] of Object.entries(filter.custom ?? {})) list(key.replace(/_/g, ' '), values);
  return parts.length ? `Only members ${parts.join('; ')}` : '';
}

const count = (n: number, singular: string, plural = `${singular}s`): string => `${n.toLocaleString('en-US')} ${n === 1 ? singular : plural}`;

const joined = (separator: string, ...values: string[]): string => values.map((value) => value.trim()).filter(Boolean).join(separator);

/** Several phone numbers or e-mails are stored as "a; b": one line each on paper. */
const multi = (value: string): string[] =>
  value
    .split(/[;\n]/)
    .map((item) => item.trim())
    .filter(Boolean);

async function renderRoll(writer: PdfWriter, members: Member[], title: string, context: VaultContext, request: PrintRequest, options: PrintOptions): Promise<void> {
  writer.paragraph(title, { font: 'bold', size: 16, gapAfter: 2 });
  const selection = describeSelection(request.query, context.settings.chapterKind);
  writer.paragraph(joined(' · ', `Printed ${longDate(today(context))}`, count(members.length, 'member')), { size: 10, color: MUTED, gapAfter: 0 });
  if (selection) writer.paragraph(selection, { size: 10, color: MUTED, maxLines: 2 });
  writer.y += 10;

  const tenant = context.settings.chapterKind === 'tenant';
  const font = 'condensed';
  const fontSize = 10;
  // Short, repetitive values get just the room they need; names, e-mails and places share the rest.
  const measured = (header: string, values: string[], max: number): TableColumn => ({
    header,
    width: writer.columnWidth(header, values, { font, size: fontSize, max }),
    fixed: true,
  });
  const place: TableColumn[] = tenant
    ? [
        { header: 'Building', width: 110, maxLines: 2 },
        measured('Unit', members.map((member) => member.unit), 60),
      ]
    : [
        { ...measured('Workplace', members.map((member) => member.workplace), 120), maxLines: 2 },
        { ...measured('Department', members.map((member) => member.department), 100), maxLines: 2 },
        measured('Shift', members.map((member) => member.shift), 70),
      ];
  const placeCells = (member: Member): string[] => (tenant ? [member.building, member.unit] : [member.workplace, member.department, member.shift]);

  await writer.table({
    columns: [
      { header: 'Name', width: 130, maxLines: 2 },
      { ...measured('Phone', members.flatMap((member) => multi(member.phone)), 105), maxLines: 2 },
      { header: 'Email', width: 170, maxLines: 2 },
      ...place,
      { ...measured('Status', members.map((member) => member.status), 125), maxLines: 2 },
      measured('Standing', members.map((member) => STANDING_WORDS[member.standing]), 80),
    ],
    rows: members.map((member) => [
      printedName(member),
      multi(member.phone),
      multi(member.email),
      ...placeCells(member),
      member.status,
      STANDING_WORDS[member.standing],
    ]),
    font,
    fontSize,
    zebra: true,
    onProgress: (done) => options.onProgress?.(done, members.length),
  });
}

async function renderSignIn(writer: PdfWriter, members: Member[], title: string, context: VaultContext, request: PrintRequest, options: PrintOptions): Promise<void> {
  writer.paragraph(title, { font: 'bold', size: 16, gapAfter: 8 });

  // Blanks for the secretary to fill in by hand.
  writer.use('regular', 11, INK);
  const blankY = writer.y + 13;
  const fields: [string, number, number][] = [
    ['Meeting', writer.left, writer.left + writer.width * 0.62],
    ['Date', writer.left + writer.width * 0.66, writer.right],
  ];
  for (const [label, from, to] of fields) {
    writer.textAt(`${label}:`, from, writer.y);
    writer.hline(from + writer.doc.widthOfString(`${label}:`) + 6, to, blankY, INK, 0.6);
  }
  writer.y += 24;
  const selection = describeSelection(request.query, context.settings.chapterKind);
  writer.paragraph(
    joined(' · ', `Printed ${longDate(today(context))}`, count(members.length, 'member'), selection),
    { size: 9, color: MUTED, maxLines: 2 },
  );
  writer.paragraph('Please sign next to your name. Not on the list? Write your name at the end.', { size: 9.5, color: MUTED, gapAfter: 8 });

  const tenant = context.settings.chapterKind === 'tenant';
  const rowHeight = 24;
  const fontSize = 10.5;
  const places = members.map((member) =>
    tenant ? joined(', ', member.building, member.unit && `Unit ${member.unit}`) : joined(' · ', member.workplace, member.department),
  );
  const placeHeader = tenant ? 'Building / Unit' : 'Workplace / Department';
  const placeWidth = writer.columnWidth(placeHeader, places, { size: fontSize, max: 190 });
  await writer.table({
    columns: [
      { header: 'Name', width: 200, maxLines: 2 },
      { header: placeHeader, width: placeWidth, fixed: true, maxLines: 2 },
      { header: 'Signature', width: 170, writeOn: true },
    ],
    rows: members.map((member, index) => [printedName(member), places[index]!]),
    fontSize,
    minRowHeight: rowHeight,
    rules: true,
    valign: 'bottom',
    onProgress: (done) => options.onProgress?.(done, members.length),
  });

  // Walk-ins: the heading, the header row and a few lines stay together.
  writer.y += 14;
  writer.ensureSpace(writer.lineHeight('bold', 11) + 6 + rowHeight * 4);
  writer.paragraph('Not on the list', { font: 'bold', size: 11, gapAfter: 2 });
  await writer.table({
    columns: [
      // The same columns as above, so the signature lines run straight down the page.
      { header: 'Name', width: 200, writeOn: true },
      { header: 'Phone', width: placeWidth, fixed: true, writeOn: true },
      { header: 'Signature', width: 170, writeOn: true },
    ],
    rows: Array.from({ length: WALK_IN_ROWS }, () => []),
    fontSize: 10.5,
    minRowHeight: rowHeight + 2,
  });
}

/**
 * The PDF of the roll (`kind: 'roll'`) or a sign-in sheet (`kind: 'sign-in'`) for the members
 * the query selects, deleted members never among them.
 */
export async function renderRollPdf(context: VaultContext, request: PrintRequest, options: PrintOptions = {}): Promise<Uint8Array> {
  const chapter = chapterName(context).trim() || 'Chapter';
  const members = selectMembers(context, request);
  const title = `${chapter} — ${request.kind === 'roll' ? 'Membership roll' : 'Sign-in sheet'}`;
  const writer = new PdfWriter({
    title,
    footer: CONFIDENTIAL_FOOTER,
    runningHead: title,
    layout: request.kind === 'roll' ? 'landscape' : 'portrait',
    now: context.now(),
  });
  if (request.kind === 'roll') await renderRoll(writer, members, title, context, request, options);
  else await renderSignIn(writer, members, title, context, request, options);
  return writer.finish();
}
