/**
 * Walk lists and call lists: the turf on paper, for a clipboard. A walk list runs by building,
 * floor and unit (the order of the doors), a call list by organizer; both have empty boxes for
 * the outcome, and the outcome entry screen shows the same rows in the same order.
 */
import type { WalkRequest, WalkRow } from '../../../shared/committee';
import { all, get, sql } from '../../db/sql';
import { longDate, MUTED, PdfWriter } from '../../print/pdf';
import type { RollContext } from '../../roll/context';
import { CONFIDENTIAL_FOOTER, printedName } from '../../roll/print';
import { compareNatural } from '../structure';
import { calendarDay } from './calendar';
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
export function walkRows(context: RollContext, request: WalkRequest): WalkRow[] {
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

function chapterName(context: RollContext): string {
  return get<{ value: string }>(context.db, sql`SELECT value FROM meta WHERE key = 'chapter_name'`)?.value?.trim() || 'Chapter';
}

const shortDate = (day: string | null): string => day ?? 'never';

function header(writer: PdfWriter, title: string, context: RollContext, count: number, selection: string): void {
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

function organizerName(context: RollContext, request: WalkRequest): string {
  if (!request.organizer) return '';
  const row = get<{ first_name: string; last_name: string; preferred_name: string }>(
    context.db,
    sql`SELECT first_name, last_name, preferred_name FROM members WHERE id = ${request.organizer}`,
  );
  return row ? spokenName(row) : '';
}

const assessmentText = (value: number | null): string => (value === null ? '' : String(value));

/** The walk list PDF: a section per building and floor, a row per member, boxes for the outcome. */
export async function renderWalkList(context: RollContext, request: WalkRequest): Promise<{ pdf: Uint8Array; rows: WalkRow[] }> {
  const rows = walkRows(context, request);
  const title = `${chapterName(context)} — Walk list`;
  const writer = new PdfWriter({ title, footer: CONFIDENTIAL_FOOTER, runningHead: title, layout: 'landscape', now: context.now() });
  header(writer, title, context, rows.length, describe(request, organizerName(context, request)));
  const sections = new Map<string, WalkRow[]>();
  for (const row of rows) {
    const key = `${row.building || 'No building'} — Floor ${row.floor || '?'}`;
    const section = sections.get(key) ?? sections.set(key, []).get(key)!;
    section.push(row);
  }
  for (const [heading, members] of sections) {
    writer.ensureSpace(60);
    writer.paragraph(heading, { font: 'bold', size: 12, gapAfter: 2 });
    await writer.table({
      columns: [
        { header: 'Unit', width: 45, fixed: true },
        { header: 'Name', width: 150, maxLines: 2 },
        { header: 'Goes by', width: 70 },
        { header: 'Language', width: 70 },
        { header: 'Assess.', width: 42, fixed: true },
        { header: 'Last contact', width: 68, fixed: true },
        { header: 'Outcome', width: 150, fixed: true },
        { header: 'Next / notes', width: 140, writeOn: true },
      ],
      rows: members.map((row) => [
        row.unit,
        row.name,
        row.preferred_name,
        row.languages,
        assessmentText(row.assessment),
        shortDate(row.last_contact),
        OUTCOME_BOXES,
      ]),
      font: 'condensed',
      fontSize: 10,
      minRowHeight: 22,
      rules: true,
    });
    writer.y += 8;
  }
  if (rows.length === 0) writer.paragraph('Nobody matches this walk list.', { size: 11 });
  return { pdf: await writer.finish(), rows };
}

/** The call list PDF: per organizer, their members with phone numbers and boxes for the outcome. */
export async function renderCallList(context: RollContext, request: WalkRequest): Promise<Uint8Array> {
  const rows = walkRows(context, request);
  const byOrganizer = new Map<string, WalkRow[]>();
  for (const row of [...rows].sort((a, b) => compareNatural(a.organizer || '\uffff', b.organizer || '\uffff') || compareNatural(a.name, b.name))) {
    const key = row.organizer || 'No organizer';
    const list = byOrganizer.get(key) ?? byOrganizer.set(key, []).get(key)!;
    list.push(row);
  }
  const title = `${chapterName(context)} — Call list`;
  const writer = new PdfWriter({ title, footer: CONFIDENTIAL_FOOTER, runningHead: title, layout: 'landscape', now: context.now() });
  header(writer, title, context, rows.length, describe(request, organizerName(context, request)));
  for (const [organizer, members] of byOrganizer) {
    writer.ensureSpace(60);
    writer.paragraph(`Organizer: ${organizer}`, { font: 'bold', size: 12, gapAfter: 2 });
    await writer.table({
      columns: [
        { header: 'Name', width: 150, maxLines: 2 },
        { header: 'Phone', width: 110, maxLines: 2 },
        { header: 'Language', width: 70 },
        { header: 'Assess.', width: 42, fixed: true },
        { header: 'Last contact', width: 68, fixed: true },
        { header: 'Outcome', width: 150, fixed: true },
        { header: 'Next / notes', width: 120, writeOn: true },
      ],
      rows: members.map((row) => [
        row.preferred_name ? `${row.name} (${row.preferred_name})` : row.name,
        row.phone.split(/[;\n]/).map((phone) => phone.trim()).filter(Boolean),
        row.languages,
        assessmentText(row.assessment),
        shortDate(row.last_contact),
        OUTCOME_BOXES,
      ]),
      font: 'condensed',
      fontSize: 10,
      minRowHeight: 22,
      rules: true,
    });
    writer.y += 8;
  }
  if (rows.length === 0) writer.paragraph('Nobody matches this call list.', { size: 11 });
  return writer.finish();
}
