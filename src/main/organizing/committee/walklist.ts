/**
 * Walk lists and call lists: the turf on paper, for a clipboard. A walk list runs by building,
 * floor and unit (the order of the doors), a call list by organizer; both have empty boxes for
 * the outcome, and the outcome entry screen shows the same rows in the same order.
 */
import type { WalkRequest, WalkRow } from '../../../shared/committee';
import { all, get, sql } from '../../db/sql';
import { longDate, MUTED, PdfWriter, type TableCell, type TableColumn } from '../../print/pdf';
import type { VaultContext } from '../../core/context';
import { CONFIDENTIAL_FOOTER, printedName } from '../../roll/print';
import { compareNatural } from '../structure';
import { calendarDay } from '../../../shared/calendar';
import { spokenName } from './followups';
import { filterCondition, requireOrganizer } from './turf';

interface StoredRow {
  id: string;
  building: string;
  floor_key: string;
  unit: string;
  first_name: string;
  last_name: string;
  preferred_name: string;
  languages: string;
  assessment: number | null;
  last_contact: string | null;
  phone: string;
  organizer: string;
  organizer_first: string | null;
  organizer_last: string | null;
  organizer_preferred: string | null;
}

/** The rows of a walk list, in door order: building, floor, unit (naturally: 2 before 10), name. */
export function walkRows(context: VaultContext, request: WalkRequest): WalkRow[] {
  let where = filterCondition(request.filter ?? {});
  if (request.organizer) where = sql`${where} AND m.organizer = ${requireOrganizer(context, request.organizer)}`;
  const rows = all<StoredRow & { sort_name: string }>(
    context.db,
    sql`SELECT m.id, m.building, m.floor_key, m.unit, m.first_name, m.last_name, m.preferred_name, m.languages, m.assessment,
               m.phone, m.organizer, m.sort_name, c.last_contact,
               o.first_name AS organizer_first, o.last_name AS organizer_last, o.preferred_name AS organizer_preferred
        FROM members m LEFT JOIN member_contact c ON c.member_id = m.id LEFT JOIN members o ON o.id = m.organizer AND o.deleted_at = ''
        WHERE ${where}`,
  );
  rows.sort(
    (a, b) =>
      compareNatural(a.building, b.building) ||
      compareNatural(a.floor_key, b.floor_key) ||
      compareNatural(a.unit, b.unit) ||
      (a.sort_name < b.sort_name ? -1 : a.sort_name > b.sort_name ? 1 : 0),
  );
  return rows.map((row) => ({
    id: row.id,
    building: row.building,
    floor: row.floor_key,
    unit: row.unit,
    name: printedName({ first_name: row.first_name, last_name: row.last_name, preferred_name: '' }),
    preferred_name: row.preferred_name,
    languages: row.languages,
    assessment: row.assessment,
    last_contact: row.last_contact,
    phone: row.phone,
    organizer:
      row.organizer_first !== null ? spokenName({ first_name: row.organizer_first, last_name: row.organizer_last ?? '', preferred_name: row.organizer_preferred ?? '' }) : '',
  }));
}

/** One box per outcome, with the key the outcome entry screen takes for it. */
export const OUTCOME_BOXES = '☐ T  ☐ N  ☐ M  ☐ X  ☐ W  ☐ R';
export const OUTCOME_LEGEND = 'Outcome: T talked · N not home · M left message · X moved / left · W wrong number · R refused';

function chapterName(context: VaultContext): string {
  return get<{ value: string }>(context.db, sql`SELECT value FROM meta WHERE key = 'chapter_name'`)?.value?.trim() || 'Chapter';
}

const shortDate = (day: string | null): string => day ?? 'never';

function header(writer: PdfWriter, title: string, context: VaultContext, count: number, selection: string): void {
  writer.paragraph(title, { font: 'bold', size: 16, gapAfter: 2 });
  const printed = `Printed ${longDate(calendarDay(context.now()))} · ${count} ${count === 1 ? 'member' : 'members'}${selection ? ` · ${selection}` : ''}`;
  writer.paragraph(printed, { size: 9.5, color: MUTED, gapAfter: 0 });
  writer.paragraph(OUTCOME_LEGEND, { size: 9.5, color: MUTED, gapAfter: 6 });
}

function describe(request: WalkRequest, organizer: string): string {
  const parts = Object.entries(request.filter ?? {}).map(([field, value]) => `${field.replace(/_/g, ' ')}: ${value}`);
  if (organizer) parts.push(`organizer: ${organizer}`);
  return parts.join('; ');
}

function organizerName(context: VaultContext, request: WalkRequest): string {
  if (!request.organizer) return '';
  const row = get<{ first_name: string; last_name: string; preferred_name: string }>(
    context.db,
    sql`SELECT first_name, last_name, preferred_name FROM members WHERE id = ${request.organizer}`,
  );
  return row ? spokenName(row) : '';
}

const assessmentText = (value: number | null): string => (value === null ? '' : String(value));

/** Rows in sections, in the order the sections first appear. */
function sectionsOf(rows: readonly WalkRow[], key: (row: WalkRow) => string): Map<string, WalkRow[]> {
  const sections = new Map<string, WalkRow[]>();
  for (const row of rows) {
    const section = sections.get(key(row)) ?? sections.set(key(row), []).get(key(row))!;
    section.push(row);
  }
  return sections;
}

interface Sheet {
  title: string;
  empty: string;
  sections: Map<string, WalkRow[]>;
  /** The columns before the last contact, the outcome boxes and the line for notes. */
  columns: TableColumn[];
  cells: (row: WalkRow) => TableCell[];
}

/** One clipboard sheet: a heading per section, a row per member, outcome boxes and a line to write on. */
async function renderSheet(context: VaultContext, request: WalkRequest, rows: readonly WalkRow[], sheet: Sheet): Promise<Uint8Array> {
  const title = `${chapterName(context)} — ${sheet.title}`;
  const writer = new PdfWriter({ title, footer: CONFIDENTIAL_FOOTER, runningHead: title, layout: 'landscape', now: context.now() });
  header(writer, title, context, rows.length, describe(request, organizerName(context, request)));
  for (const [heading, members] of sheet.sections) {
    writer.ensureSpace(60);
    writer.paragraph(heading, { font: 'bold', size: 12, gapAfter: 2 });
    await writer.table({
      columns: [
        ...sheet.columns,
        { header: 'Assess.', width: 42, fixed: true },
        { header: 'Last contact', width: 68, fixed: true },
        { header: 'Outcome', width: 150, fixed: true },
        { header: 'Next / notes', width: 130, writeOn: true },
      ],
      rows: members.map((row) => [...sheet.cells(row), assessmentText(row.assessment), shortDate(row.last_contact), OUTCOME_BOXES]),
      font: 'condensed',
      fontSize: 10,
      minRowHeight: 22,
      rules: true,
    });
    writer.y += 8;
  }
  if (rows.length === 0) writer.paragraph(sheet.empty, { size: 11 });
  return writer.finish();
}

/** The walk list PDF: a section per building and floor, a row per member in door order. */
export async function renderWalkList(context: VaultContext, request: WalkRequest): Promise<{ pdf: Uint8Array; rows: WalkRow[] }> {
  const rows = walkRows(context, request);
  const pdf = await renderSheet(context, request, rows, {
    title: 'Walk list',
    empty: 'Nobody matches this walk list.',
    sections: sectionsOf(rows, (row) => `${row.building || 'No building'} — Floor ${row.floor || '?'}`),
    columns: [
      { header: 'Unit', width: 45, fixed: true },
      { header: 'Name', width: 150, maxLines: 2 },
      { header: 'Goes by', width: 70 },
      { header: 'Language', width: 70 },
    ],
    cells: (row) => [row.unit, row.name, row.preferred_name, row.languages],
  });
  return { pdf, rows };
}

/** The call list PDF: per organizer, their members with phone numbers. */
export async function renderCallList(context: VaultContext, request: WalkRequest): Promise<Uint8Array> {
  const byOrganizer = [...walkRows(context, request)].sort(
    (a, b) => compareNatural(a.organizer || '\uffff', b.organizer || '\uffff') || compareNatural(a.name, b.name),
  );
  return renderSheet(context, request, byOrganizer, {
    title: 'Call list',
    empty: 'Nobody matches this call list.',
    sections: sectionsOf(byOrganizer, (row) => `Organizer: ${row.organizer || 'none'}`),
    columns: [
      { header: 'Name', width: 150, maxLines: 2 },
      { header: 'Phone', width: 110, maxLines: 2 },
      { header: 'Language', width: 70 },
    ],
    cells: (row) => [
      row.preferred_name ? `${row.name} (${row.preferred_name})` : row.name,
      row.phone.split(/[;\n]/).map((phone) => phone.trim()).filter(Boolean),
      row.languages,
    ],
  });
}
