/**
 * Printable PDFs (the roll, sign-in sheets, later minutes): Letter pages set in DejaVu Sans, so
 * names such as "Nguyễn", "Müller" or "Łukasz" print as written (the PDF standard fonts only
 * cover Western European letters). Tables repeat their header row on every page; every page
 * gets a footer line and "Page N of M".
 *
 * Nothing here reads the vault: callers hand in plain strings. Text is drawn as text, never
 * interpreted, so a member named `<script>` is only ever those characters on paper.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import PDFDocument from 'pdfkit';

const FONT_FILES = {
  regular: 'dejavu-fonts-ttf/ttf/DejaVuSans.ttf',
  bold: 'dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf',
  /** For wide tables: the same letters, narrower. */
  condensed: 'dejavu-fonts-ttf/ttf/DejaVuSansCondensed.ttf',
  condensedBold: 'dejavu-fonts-ttf/ttf/DejaVuSansCondensed-Bold.ttf',
} as const;
export type FontName = keyof typeof FONT_FILES;

let fontData: { paths: Record<FontName, string>; data: Partial<Record<FontName, Buffer>> } | undefined;

/** The font files, read once per process (about 2.6 MB together); each PDF embeds only the glyphs it uses. */
function fonts(): { paths: Record<FontName, string>; data: Partial<Record<FontName, Buffer>> } {
  if (!fontData) {
    const require = createRequire(import.meta.url);
    const names = Object.keys(FONT_FILES) as FontName[];
    const paths = Object.fromEntries(names.map((name) => [name, require.resolve(FONT_FILES[name])])) as Record<FontName, string>;
    // The regular font pdfkit reads from its path, as the document's starting font (see `regularKey`).
    const data = Object.fromEntries(names.filter((name) => name !== 'regular').map((name) => [name, readFileSync(paths[name])]));
    fontData = { paths, data };
  }
  return fontData;
}

export const INK = '#1a1a1a';
export const MUTED = '#595959';
export const RULE = '#b3b3b3';
export const SHADE = '#f0f0f0';

const POINTS_PER_INCH = 72;
const PAPER = {
  letter: { name: 'LETTER', width: 8.5 * POINTS_PER_INCH, height: 11 * POINTS_PER_INCH },
  /** 11 × 17 in, for a chart to pin on a wall. */
  tabloid: { name: 'TABLOID', width: 11 * POINTS_PER_INCH, height: 17 * POINTS_PER_INCH },
  /** 297 × 420 mm, the same use where paper is metric. */
  a3: { name: 'A3', width: (297 / 25.4) * POINTS_PER_INCH, height: (420 / 25.4) * POINTS_PER_INCH },
} as const;
const MARGIN = { side: 0.5 * POINTS_PER_INCH, top: 0.5 * POINTS_PER_INCH, bottom: 0.75 * POINTS_PER_INCH };
const FOOTER_SIZE = 8;
const RUNNING_HEAD_SIZE = 8;
/** Space kept under the running head on pages after the first. */
const RUNNING_HEAD_SPACE = 18;

/** Control characters, line and paragraph separators, and bidi overrides that could disguise text. */
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]+/g;

/** One line of printable text: composed (NFC), no control characters, runs of white space as one space. */
export function printable(text: string): string {
  return text.normalize('NFC').replace(UNPRINTABLE, ' ').replace(/\s+/g, ' ').trim();
}

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
const ELLIPSIS = '…';

export interface PdfOptions {
  /** The document's title in its properties; the same as its printed heading, usually. */
  title: string;
  /** The small line at the foot of every page, left of the page number. */
  footer: string;
  /** Repeated small at the top of every page after the first, so a loose page says what it is from. */
  runningHead?: string;
  layout?: 'portrait' | 'landscape';
  /** Letter unless said otherwise. */
  paper?: keyof typeof PAPER;
  /** The date written into the file's properties. */
  now: Date;
}

export interface TableColumn {
  header: string;
  /** A share of the table's width: such widths are scaled to fill what fixed columns leave. */
  width: number;
  /** `width` is in points, as it is (e.g. measured with `columnWidth`), not a share. */
  fixed?: boolean;
  align?: 'left' | 'right';
  /** Long text wraps to at most this many lines, the last one ending in "…". Default 1. */
  maxLines?: number;
  /** Draw a line to write on along the bottom of the cell (a signature, a walk-in's name). */
  writeOn?: boolean;
}

/** A cell: one text, or several (each starts its own line, e.g. two phone numbers). */
export type TableCell = string | readonly string[];

export interface TableOptions {
  columns: readonly TableColumn[];
  rows: Iterable<readonly TableCell[]>;
  /** The body's font; the header row uses its bold. Default 'regular'. */
  font?: 'regular' | 'condensed';
  fontSize?: number;
  /** Rows are at least this tall (points), e.g. room to sign. */
  minRowHeight?: number;
  /** Shade every other row, to help the eye along a wide row. */
  zebra?: boolean;
  /** A hairline under every row (not under columns with a line to write on: that line is the rule). */
  rules?: boolean;
  /** Where text sits in a row taller than its text: at the top (default) or on the row's bottom line, as on a form. */
  valign?: 'top' | 'bottom';
  /** Called now and then with the number of rows drawn so far. */
  onProgress?: (done: number) => void;
}

const CELL_PAD_X = 4;
const CELL_PAD_Y = 3;
const YIELD_EVERY = 250;

export class PdfWriter {
  readonly doc: PDFKit.PDFDocument;
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
  /** Where the next thing is drawn. */
  y: number;
  private readonly chunks: Buffer[] = [];
  private readonly ended: Promise<void>;
  private readonly options: PdfOptions;
  /**
   * pdfkit caches the starting font under its path; asked for it under another name, it would
   * parse the whole font file again on every switch (seconds for a long roll).
   */
  private readonly regularKey: string;

  constructor(options: PdfOptions) {
    this.options = options;
    const { paths, data } = fonts();
    const paper = PAPER[options.paper ?? 'letter'];
    this.doc = new PDFDocument({
      size: paper.name,
      layout: options.layout ?? 'portrait',
      margins: { top: MARGIN.top, bottom: MARGIN.bottom, left: MARGIN.side, right: MARGIN.side },
      bufferPages: true,
      // Start in DejaVu Sans rather than Helvetica, whose metrics pdfkit would otherwise load.
      font: paths.regular,
      info: { Title: options.title, Creator: 'Chapterhouse', Producer: 'Chapterhouse', CreationDate: options.now, ModDate: options.now },
      displayTitle: true,
      lang: 'en',
      pdfVersion: '1.7',
    });
    for (const [name, bytes] of Object.entries(data)) this.doc.registerFont(name, bytes);
    this.regularKey = paths.regular;
    this.doc.on('data', (chunk: Buffer) => this.chunks.push(chunk));
    this.ended = new Promise((resolve, reject) => {
      this.doc.on('end', () => resolve());
      this.doc.on('error', reject);
    });
    const landscape = options.layout === 'landscape';
    const pageWidth = landscape ? paper.height : paper.width;
    const pageHeight = landscape ? paper.width : paper.height;
    this.left = MARGIN.side;
    this.right = pageWidth - MARGIN.side;
    this.top = MARGIN.top;
    this.bottom = pageHeight - MARGIN.bottom;
    this.y = this.top;
  }

  get width(): number {
    return this.right - this.left;
  }

  /** Starts a new page; pages after the first leave room for the running head. */
  newPage(): void {
    this.doc.addPage();
    this.y = this.top + (this.options.runningHead ? RUNNING_HEAD_SPACE : 0);
  }

  /** Starts a new page unless `height` points still fit on this one. Returns true when it did. */
  ensureSpace(height: number): boolean {
    if (this.y + height <= this.bottom) return false;
    this.newPage();
    return true;
  }

  /** Selects a font and size, always through here (see `regularKey`). */
  setFont(font: FontName, size: number): void {
    this.doc.font(font === 'regular' ? this.regularKey : font).fontSize(size);
  }

  use(font: FontName, size: number, color = INK): void {
    this.setFont(font, size);
    this.doc.fillColor(color);
  }

  lineHeight(font: FontName, size: number): number {
    this.setFont(font, size);
    return this.doc.currentLineHeight(true);
  }

  /**
   * The width (points, padding included) of a table column that shows the widest of `values`
   * and its header whole, but no wider than `max`. For short, repetitive values: statuses, units.
   */
  columnWidth(header: string, values: Iterable<string>, options: { font?: 'regular' | 'condensed'; size?: number; max: number; min?: number }): number {
    const font = options.font ?? 'regular';
    const size = options.size ?? 10;
    this.setFont(font === 'condensed' ? 'condensedBold' : 'bold', size - 1);
    let widest = this.doc.widthOfString(printable(header));
    this.setFont(font, size);
    for (const value of new Set(values)) widest = Math.max(widest, this.doc.widthOfString(printable(value)));
    return Math.min(options.max, Math.max(options.min ?? 0, Math.ceil(widest) + CELL_PAD_X * 2 + 1));
  }

  /** `text` cut to fit `width` with the current font, ending in "…" when cut. */
  fit(text: string, width: number): string {
    if (this.doc.widthOfString(text) <= width) return text;
    const parts = Array.from(graphemes.segment(text), (part) => part.segment);
    let low = 0;
    let high = parts.length;
    while (low < high) {
      const middle = Math.ceil((low + high) / 2);
      if (this.doc.widthOfString(parts.slice(0, middle).join('').trimEnd() + ELLIPSIS) <= width) low = middle;
      else high = middle - 1;
    }
    return parts.slice(0, low).join('').trimEnd() + ELLIPSIS;
  }

  /**
   * Greedy wrap of one paragraph into at most `maxLines` lines of `width`, the last cut with "…".
   * Lines break after spaces, and before an "@" so a long e-mail address splits where it reads best.
   */
  wrap(text: string, width: number, maxLines: number): string[] {
    if (maxLines <= 1 || this.doc.widthOfString(text) <= width) return [this.fit(text, width)];
    const pieces = text.split(/(?<= )|(?=@)/);
    const lines: string[] = [];
    let current = '';
    for (let index = 0; index < pieces.length; index++) {
      const piece = pieces[index]!;
      if (!current || this.doc.widthOfString((current + piece).trimEnd()) <= width) {
        current += piece;
        continue;
      }
      lines.push(this.fit(current.trimEnd(), width));
      current = piece;
      if (lines.length === maxLines - 1) {
        current += pieces.slice(index + 1).join('');
        break;
      }
    }
    if (current.trim()) lines.push(this.fit(current.trim(), width));
    return lines;
  }

  /** Draws one line of text at (x, y) as it is: never wraps, never starts a page. */
  textAt(text: string, x: number, y: number): void {
    if (text) this.doc.text(text, x, y, { lineBreak: false });
  }

  /** A paragraph across the page (wrapped), then moves down past it. */
  paragraph(text: string, options: { font?: FontName; size?: number; color?: string; gapAfter?: number; maxLines?: number } = {}): void {
    const font = options.font ?? 'regular';
    const size = options.size ?? 10;
    const height = this.lineHeight(font, size);
    this.use(font, size, options.color ?? INK);
    const lines = this.wrap(printable(text), this.width, options.maxLines ?? 3);
    this.ensureSpace(height * lines.length);
    this.use(font, size, options.color ?? INK);
    for (const line of lines) {
      this.textAt(line, this.left, this.y);
      this.y += height;
    }
    this.y += options.gapAfter ?? 0;
  }

  hline(x1: number, x2: number, y: number, color = RULE, width = 0.5): void {
    this.doc.save().moveTo(x1, y).lineTo(x2, y).lineWidth(width).strokeColor(color).stroke().restore();
  }

  /**
   * A table that runs over as many pages as it needs, its header row repeated at the top of
   * each. Rows never split across pages.
   */
  async table(options: TableOptions): Promise<number> {
    const fontSize = options.fontSize ?? 10;
    const body = options.font ?? 'regular';
    const bold = body === 'condensed' ? 'condensedBold' : 'bold';
    const fixedWidth = options.columns.reduce((sum, column) => sum + (column.fixed ? column.width : 0), 0);
    const totalWeight = options.columns.reduce((sum, column) => sum + (column.fixed ? 0 : column.width), 0);
    // What fixed columns leave goes to the others by their shares; if fixed ones overflow, all shrink.
    const shrink = Math.min(1, this.width / Math.max(fixedWidth, 1));
    const flexible = Math.max(0, this.width - fixedWidth);
    const columns = options.columns.map((column) => ({
      ...column,
      points: column.fixed ? column.width * shrink : totalWeight > 0 ? (column.width / totalWeight) * flexible : 0,
    }));
    const starts: number[] = [];
    columns.reduce((x, column) => (starts.push(x), x + column.points), this.left);
    const lineHeight = this.lineHeight(body, fontSize);
    const headerSize = fontSize - 1;
    const headerLine = this.lineHeight(bold, headerSize);
    const headerHeight = headerLine + CELL_PAD_Y * 2 + 1;

    const drawHeader = (): void => {
      this.use(bold, headerSize, MUTED);
      columns.forEach((column, index) => {
        const text = this.fit(printable(column.header), column.points - CELL_PAD_X * 2);
        const x = column.align === 'right' ? starts[index]! + column.points - CELL_PAD_X - this.doc.widthOfString(text) : starts[index]! + CELL_PAD_X;
        this.textAt(text, x, this.y + CELL_PAD_Y);
      });
      this.y += headerHeight;
      this.hline(this.left, this.right, this.y - 0.5, INK, 0.75);
    };

    // The header and at least one row stay together.
    this.ensureSpace(headerHeight + Math.max(lineHeight + CELL_PAD_Y * 2, options.minRowHeight ?? 0));
    drawHeader();
    let done = 0;
    for (const row of options.rows) {
      this.use(body, fontSize);
      const cells = columns.map((column, index) => {
        const cell = row[index] ?? '';
        const paragraphs = (typeof cell === 'string' ? [cell] : cell).map(printable).filter(Boolean);
        const width = column.points - CELL_PAD_X * 2;
        const maxLines = column.maxLines ?? 1;
        const lines: string[] = [];
        for (const [position, paragraph] of paragraphs.entries()) {
          const room = maxLines - lines.length;
          if (room <= 0) break;
          const leftOver = paragraphs.length - position - 1;
          if (room === 1 && leftOver > 0) {
            // The last line that fits: say how many more there are rather than dropping them silently.
            lines.push(this.fit(`${paragraph} (+${leftOver} more)`, width));
            break;
          }
          lines.push(...this.wrap(paragraph, width, room));
        }
        return lines;
      });
      const lineCount = Math.max(1, ...cells.map((lines) => lines.length));
      const rowHeight = Math.max(lineCount * lineHeight + CELL_PAD_Y * 2, options.minRowHeight ?? 0);
      if (this.ensureSpace(rowHeight)) drawHeader();
      if (options.zebra && done % 2 === 1) {
        this.doc.save().rect(this.left, this.y, this.width, rowHeight).fill(SHADE).restore();
      }
      this.use(body, fontSize);
      const textTop = options.valign === 'bottom' ? this.y + rowHeight - CELL_PAD_Y - lineCount * lineHeight : this.y + CELL_PAD_Y;
      cells.forEach((lines, index) => {
        const column = columns[index]!;
        lines.forEach((line, lineIndex) => {
          const x = column.align === 'right' ? starts[index]! + column.points - CELL_PAD_X - this.doc.widthOfString(line) : starts[index]! + CELL_PAD_X;
          this.textAt(line, x, textTop + lineIndex * lineHeight);
        });
      });
      const lineY = this.y + rowHeight - 0.5;
      columns.forEach((column, index) => {
        const from = starts[index]!;
        if (column.writeOn) this.hline(from + CELL_PAD_X * 2, from + column.points - CELL_PAD_X, lineY, INK, 0.6);
        else if (options.rules) this.hline(from, from + column.points, lineY, RULE, 0.4);
      });
      this.y += rowHeight;
      done += 1;
      if (done % YIELD_EVERY === 0) {
        options.onProgress?.(done);
        // Let the process breathe: a 5,000-row roll must not freeze the window that asked for it.
        await yieldToEventLoop();
      }
    }
    options.onProgress?.(done);
    return done;
  }

  /** Footers, page numbers and running heads on every page; then the finished file. */
  async finish(): Promise<Uint8Array> {
    const { start, count } = this.doc.bufferedPageRange();
    for (let index = start; index < start + count; index++) {
      this.doc.switchToPage(index);
      const page = this.doc.page;
      // Drawing in the bottom margin must not make pdfkit start another page.
      const bottomMargin = page.margins.bottom;
      page.margins.bottom = 0;
      const footerY = page.height - MARGIN.bottom + 14;
      this.hline(this.left, this.right, footerY - 5, RULE, 0.4);
      this.use('regular', FOOTER_SIZE, MUTED);
      const number = `Page ${index - start + 1} of ${count}`;
      const numberWidth = this.doc.widthOfString(number);
      this.textAt(this.fit(printable(this.options.footer), this.width - numberWidth - 12), this.left, footerY);
      this.textAt(number, this.right - numberWidth, footerY);
      if (index > start && this.options.runningHead) {
        this.use('regular', RUNNING_HEAD_SIZE, MUTED);
        this.textAt(this.fit(printable(this.options.runningHead), this.width), this.left, MARGIN.top - 4);
      }
      page.margins.bottom = bottomMargin;
    }
    this.doc.flushPages();
    this.doc.end();
    await this.ended;
    const bytes = Buffer.concat(this.chunks);
    return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }
}

/** "2026-06-15" → "June 15, 2026", for a printed page (the calendar date, whatever the time zone). */
export function longDate(isoDate: string): string {
  const date = new Date(`${isoDate}T12:00:00Z`);
  if (Number.isNaN(date.getTime())) return isoDate;
  return date.toLocaleDateString('en-US', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });
}
