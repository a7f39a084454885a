/**
 * The wall chart on paper, to pin up in the hall: tabloid landscape (11 × 17 in), one column per
 * building (or workplace · department), floors (or shifts) down the column, a card per member.
 * Every mark is printed as a word as well as a colour, so a black-and-white copy still reads.
 * And the "unsigned by unit" list: who in each unit still has to be reached or moved.
 *
 * In the officer's language (English or Spanish): the words are here, the data is the vault's.
 */
import type { Campaign, CampaignKind, ResponseWord, WallCard, WallColumn } from '../../../shared/campaigns';
import type { RollQuery } from '../../../shared/roll';
import { get, sql } from '../../db/sql';
import { INK, MUTED, PdfWriter, RULE, printable } from '../../print/pdf';
import { today, type VaultContext } from '../../core/context';
import { getCampaign } from './campaigns';
import { campaignMembers } from './progress';
import { structureKind } from './levels';
import { wallChart, wallLevels } from './wall-chart';

export type PrintLanguage = 'en' | 'es';

const WORDS = {
  en: {
    wallChart: 'Wall chart',
    unsigned: 'Not yet signed, by unit',
    printed: 'Printed',
    members: (n: number) => `${n.toLocaleString('en-US')} member${n === 1 ? '' : 's'}`,
    goal: (goal: number) => `goal ${goal}%`,
    legend: 'A1–A5: assessment (1 leader … 5 opposed) · ★ leader · ⚑ no one assigned',
    leader: 'leader',
    unassigned: 'no one assigned',
    noValue: '(none)',
    continued: '(continued)',
    footer: 'Confidential — contains members’ personal information. Shred after use.',
    building: 'Building', floor: 'Floor', unit: 'Unit', workplace: 'Workplace', department: 'Department', shift: 'Shift',
    name: 'Name', assessment: 'Assessment', response: 'Response', collected: 'Last note',
    nobody: 'Everyone in this campaign has said yes.',
  },
  es: {
    wallChart: 'Mapa de la pared',
    unsigned: 'Sin firmar todavía, por vivienda',
    printed: 'Impreso',
    members: (n: number) => `${n.toLocaleString('es')} miembro${n === 1 ? '' : 's'}`,
    goal: (goal: number) => `meta ${goal} %`,
    legend: 'A1–A5: evaluación (1 líder … 5 en contra) · ★ líder · ⚑ sin responsable',
    leader: 'líder',
    unassigned: 'sin responsable',
    noValue: '(ninguno)',
    continued: '(continuación)',
    footer: 'Confidencial: contiene datos personales de los miembros. Destrúyalo después de usarlo.',
    building: 'Edificio', floor: 'Piso', unit: 'Vivienda', workplace: 'Centro de trabajo', department: 'Departamento', shift: 'Turno',
    name: 'Nombre', assessment: 'Evaluación', response: 'Respuesta', collected: 'Última nota',
    nobody: 'Todas las personas de esta campaña han dicho que sí.',
  },
} as const;

/** The answer in the campaign's own words: "Signed" for a card drive, "Pledged" for a pledge. */
const RESPONSE_WORDS: Record<PrintLanguage, Record<CampaignKind, Record<ResponseWord, string>>> = {
  en: {
    card: { yes: 'Signed', no: 'Refused', unsure: 'Unsure', none: 'Not reached' },
    petition: { yes: 'Signed', no: 'Refused', unsure: 'Unsure', none: 'Not reached' },
    pledge: { yes: 'Pledged', no: 'Refused', unsure: 'Unsure', none: 'Not reached' },
    vote: { yes: 'Voted yes', no: 'Voted no', unsure: 'Unsure', none: 'Not reached' },
    action: { yes: 'Committed', no: 'Not coming', unsure: 'Unsure', none: 'Not reached' },
    survey: { yes: 'Yes', no: 'No', unsure: 'Unsure', none: 'Not reached' },
  },
  es: {
    card: { yes: 'Firmó', no: 'Rechazó', unsure: 'Indeciso', none: 'Sin contactar' },
    petition: { yes: 'Firmó', no: 'Rechazó', unsure: 'Indeciso', none: 'Sin contactar' },
    pledge: { yes: 'Se comprometió', no: 'Rechazó', unsure: 'Indeciso', none: 'Sin contactar' },
    vote: { yes: 'Votó sí', no: 'Votó no', unsure: 'Indeciso', none: 'Sin contactar' },
    action: { yes: 'Vendrá', no: 'No vendrá', unsure: 'Indeciso', none: 'Sin contactar' },
    survey: { yes: 'Sí', no: 'No', unsure: 'Indeciso', none: 'Sin contactar' },
  },
};

export function responseLabel(language: PrintLanguage, kind: CampaignKind, response: ResponseWord): string {
  return RESPONSE_WORDS[language][kind][response];
}

/** Assessment colours, light enough to print text on; the number is printed too. */
const ASSESSMENT_FILL: Record<number, string> = { 1: '#1b7f3b', 2: '#7cc68d', 3: '#f2d25c', 4: '#f0a35e', 5: '#d9534f' };
const RESPONSE_SYMBOL: Record<ResponseWord, string> = { yes: '✔', no: '✘', unsure: '?', none: '○' };

function chapterName(context: VaultContext): string {
  return get<{ value: string }>(context.db, sql`SELECT value FROM meta WHERE key = 'chapter_name'`)?.value ?? 'Chapter';
}

export function chartFileName(context: VaultContext, kind: 'wall-chart' | 'unsigned'): string {
  return `${kind}-${today(context)}.pdf`;
}

const COLUMN_GAP = 10;
const CARD_HEIGHT = 24;
const GROUP_HEIGHT = 15;
const COLUMNS_PER_PAGE = 6;
const CARDS_PER_READ = 2000;

type Item = { kind: 'group'; label: string; count: number } | { kind: 'card'; card: WallCard };

/** Every card of a column, read in pages so a building of thousands is never one huge read. */
function columnItems(context: VaultContext, campaignId: string | undefined, query: RollQuery | undefined, key: string): Item[] {
  const column = wallChart(context, { campaignId, query, column: key, cards: 1_000_000 }).columns[0];
  if (!column) return [];
  return columnToItems(column);
}

function columnToItems(column: WallColumn): Item[] {
  return column.groups.flatMap((group): Item[] => [{ kind: 'group', label: group.label, count: group.total }, ...group.cards.map((card) => ({ kind: 'card' as const, card }))]);
}

export async function renderWallChartPdf(
  context: VaultContext,
  request: { campaignId?: string; query?: RollQuery; language?: PrintLanguage },
): Promise<Uint8Array> {
  const words = WORDS[request.language ?? 'en'];
  const language = request.language ?? 'en';
  const campaign: Campaign | undefined = request.campaignId ? getCampaign(context, request.campaignId) : undefined;
  const overview = wallChart(context, { campaignId: request.campaignId, query: request.query, limit: 1, cards: 1 });
  const title = `${words.wallChart} — ${campaign ? campaign.name : chapterName(context)}`;
  const writer = new PdfWriter({ title, footer: `${chapterName(context)} · ${words.footer}`, runningHead: title, layout: 'landscape', paper: 'tabloid', now: context.now() });
  const levels = wallLevels(structureKind(context.db, context.settings.chapterKind));
  const groupWord = words[levels.group];

  writer.paragraph(title, { font: 'bold', size: 20, gapAfter: 2 });
  const summary = [`${words.printed} ${today(context)}`, words.members(overview.members), campaign ? words.goal(campaign.goal) : ''].filter(Boolean).join(' · ');
  writer.paragraph(summary, { size: 10, color: MUTED });
  writer.paragraph(words.legend, { size: 9, color: MUTED, gapAfter: 8 });

  const allKeys = wallChart(context, { campaignId: request.campaignId, query: request.query, limit: 50, cards: 1 });
  const keys: { key: string; label: string }[] = allKeys.columns.map((column) => ({ key: column.key, label: column.label }));
  for (let offset = 50; offset < allKeys.columnCount; offset += 50) {
    keys.push(...wallChart(context, { campaignId: request.campaignId, query: request.query, offset, limit: 50, cards: 1 }).columns.map((column) => ({ key: column.key, label: column.label })));
  }

  const columnWidth = (writer.width - COLUMN_GAP * (COLUMNS_PER_PAGE - 1)) / COLUMNS_PER_PAGE;
  for (let start = 0; start < keys.length; start += COLUMNS_PER_PAGE) {
    const set = keys.slice(start, start + COLUMNS_PER_PAGE);
    const items = set.map((key) => columnItems(context, request.campaignId, request.query, key.key));
    if (start > 0) writer.newPage();
    const positions = items.map(() => 0);
    let firstPage = true;
    while (positions.some((position, index) => position < items[index]!.length)) {
      if (!firstPage) writer.newPage();
      const top = writer.y;
      set.forEach((key, index) => {
        const x = writer.left + index * (columnWidth + COLUMN_GAP);
        let y = top;
        writer.use('bold', 11);
        writer.textAt(writer.fit(printable(`${key.label || words.noValue}${firstPage ? '' : ` ${words.continued}`}`), columnWidth), x, y);
        y += 16;
        writer.hline(x, x + columnWidth, y - 2, INK, 0.75);
        const list = items[index]!;
        while (positions[index]! < list.length) {
          const item = list[positions[index]!]!;
          const height = item.kind === 'group' ? GROUP_HEIGHT : CARD_HEIGHT;
          if (y + height > writer.bottom) break;
          if (item.kind === 'group') drawGroup(writer, x, y, columnWidth, `${groupWord} ${item.label || words.noValue}`, item.count);
          else drawCard(writer, x, y, columnWidth, item.card, campaign ? responseLabel(language, campaign.kind, item.card.response ?? 'none') : '', words);
          y += height;
          positions[index]! += 1;
        }
      });
      firstPage = false;
      // Yield between pages: a chart of thousands must not freeze the window that asked for it.
      await new Promise((resolve) => setImmediate(resolve));
    }
  }
  return writer.finish();
}

function drawGroup(writer: PdfWriter, x: number, y: number, width: number, label: string, count: number): void {
  writer.use('bold', 9, MUTED);
  writer.textAt(writer.fit(printable(`${label} (${count})`), width), x, y + 3);
}

function drawCard(writer: PdfWriter, x: number, y: number, width: number, card: WallCard, response: string, words: (typeof WORDS)[PrintLanguage]): void {
  const doc = writer.doc;
  const height = CARD_HEIGHT - 3;
  doc.save().rect(x, y, width, height).lineWidth(0.5).strokeColor(RULE).stroke().restore();
  const stripe = card.assessment ? ASSESSMENT_FILL[card.assessment] : undefined;
  if (stripe) doc.save().rect(x, y, 5, height).fill(stripe).restore();
  const textX = x + 8;
  const textWidth = width - 12;
  const marks = [card.leader ? `★ ${words.leader}` : '', card.unassigned ? `⚑ ${words.unassigned}` : ''].filter(Boolean).join(' ');
  writer.use('condensedBold', 8.5);
  const head = [card.name, card.unit].filter(Boolean).join(' · ');
  writer.textAt(writer.fit(printable(head), textWidth), textX, y + 2);
  writer.use('condensed', 7.5, MUTED);
  const line = [card.assessment ? `A${card.assessment}` : '', response && card.response ? `${RESPONSE_SYMBOL[card.response]} ${response}` : '', marks].filter(Boolean).join(' · ');
  writer.textAt(writer.fit(printable(line), textWidth), textX, y + 12);
}

/** Everyone in the universe who has not said yes, building → floor → unit, with a line to write on. */
export async function renderUnsignedPdf(context: VaultContext, campaignId: string, language: PrintLanguage = 'en'): Promise<Uint8Array> {
  const words = WORDS[language];
  const campaign = getCampaign(context, campaignId);
  const title = `${words.unsigned} — ${campaign.name}`;
  const writer = new PdfWriter({ title, footer: `${chapterName(context)} · ${words.footer}`, runningHead: title, now: context.now() });
  const rows = (['none', 'unsure', 'no'] as const).flatMap((response) => campaignMembers(context, campaignId, { response, limit: CARDS_PER_READ * 50 }).rows);
  const tenant = structureKind(context.db, context.settings.chapterKind) === 'tenant';
  const place = (member: (typeof rows)[number]): string[] => (tenant ? [member.building, member.floor, member.unit] : [member.workplace, member.department, member.shift]);
  rows.sort((a, b) => {
    const x = place(a);
    const y = place(b);
    for (let index = 0; index < 3; index++) {
      const order = x[index]!.localeCompare(y[index]!, undefined, { numeric: true, sensitivity: 'base' });
      if (order !== 0) return order;
    }
    return a.name.localeCompare(b.name);
  });
  writer.paragraph(title, { font: 'bold', size: 16, gapAfter: 2 });
  writer.paragraph(`${words.printed} ${today(context)} · ${words.members(rows.length)} · ${words.goal(campaign.goal)}`, { size: 10, color: MUTED, gapAfter: 8 });
  if (rows.length === 0) writer.paragraph(words.nobody);
  else {
    const heads = tenant ? [words.building, words.floor, words.unit] : [words.workplace, words.department, words.shift];
    await writer.table({
      columns: [
        { header: heads[0]!, width: 3 },
        { header: heads[1]!, width: 1.2 },
        { header: heads[2]!, width: 1.2 },
        { header: words.name, width: 4 },
        { header: words.assessment, width: 1.4 },
        { header: words.response, width: 2 },
        { header: words.collected, width: 3, writeOn: true },
      ],
      rows: rows.map((member) => [...place(member), member.name, member.assessment ? String(member.assessment) : '', responseLabel(language, campaign.kind, member.response), '']),
      font: 'condensed',
      fontSize: 9,
      minRowHeight: 20,
      valign: 'bottom',
    });
  }
  return writer.finish();
}
