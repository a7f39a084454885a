/**
 * Reading a CSV file into a header and rows, ready for column mapping. Forgiving where a
 * spreadsheet is forgiving (any common encoding and delimiter, blank lines, ragged rows, a stray
 * quote in a value) and strict where guessing could put data in the wrong column (a quoted field
 * that never closes or is followed by more text), with one plain sentence naming the line when
 * the file cannot be read.
 *
 * A quick scan of our own (record-index.ts) finds each record, the line it starts on and any
 * quoting mistake; csv-parse then reads every record that contains a quote. A record without a
 * single quote means exactly its text split at the delimiter, so we split those ourselves: csv-parse
 * looks at one byte at a time in JavaScript, and in a typical export, where most rows quote
 * nothing, this makes reading a 100,000-member roll about twice as fast.
 */
import { parse, CsvError as CsvParseError } from 'csv-parse/sync';
import { csvBytesAsUtf8 } from './decode';
import { detectDelimiter, readSeparatorHint } from './delimiter';
import { CsvError } from './errors';
import { indexRecords, type QuotingProblem, type RecordIndex } from './record-index';

export interface CsvRow {
  /** 1-based line of the file on which the row starts. */
  line: number;
  /** One cell per header; as given, never trimmed. */
  cells: string[];
}

export interface ParsedCsv {
  /** Trimmed header names. Duplicates and '' are kept; columns beyond the header line get ''. */
  headers: string[];
  /** Data rows without blank ones, each exactly `headers.length` cells long. */
  rows: CsvRow[];
  /** The encoding the bytes were read in, e.g. 'utf-8' or 'windows-1252'. */
  encoding: string;
  /** The field delimiter used: ',', ';', '\t' or the one asked for. */
  delimiter: string;
}

export interface ParseCsvOptions {
  /** Read the bytes in this encoding instead of detecting it. */
  encoding?: string;
  /** Use this one-character delimiter instead of detecting it. */
  delimiter?: string;
}

/** No chapter roll is this long; a file that is is something else, and reading it would exhaust memory. */
export const MAX_ROWS = 1_000_000;
/** Longer than any real note; a longer field is a sign the file is not a roll. */
export const MAX_FIELD_CHARS = 100_000;

function formatCount(count: number): string {
  return count.toLocaleString('en-US');
}

export function parseCsv(bytes: Uint8Array, options: ParseCsvOptions = {}): ParsedCsv {
  const { utf8, encoding } = csvBytesAsUtf8(bytes, options.encoding);
  const hint = options.delimiter === undefined ? readSeparatorHint(utf8) : null;
  const delimiter = options.delimiter === undefined ? (hint?.delimiter ?? detectDelimiter(utf8)) : checkDelimiter(options.delimiter);
  const body = hint ? utf8.subarray(hint.hintBytes) : utf8;

  // Room for the header and every allowed row; the scan stops at the first record beyond.
  const index = indexRecords(body, delimiter, { firstLine: hint ? 2 : 1, maxRecords: MAX_ROWS + 1 });
  if (index.truncated) throw new CsvError(`The file has more than ${formatCount(MAX_ROWS)} rows; split it into smaller files.`);
  if (index.problem) throw quotingError(index.problem.kind, index.problem.line);

  return { ...toHeaderAndRows(readRecords(body, delimiter, index), index), encoding, delimiter };
}

function checkDelimiter(delimiter: string): string {
  if ([...delimiter].length !== 1 || delimiter === '"' || delimiter === '\r' || delimiter === '\n') {
    throw new CsvError('The delimiter must be a single character other than a double quote or a line break.');
  }
  return delimiter;
}

/**
 * The two quoting mistakes we refuse. A stray quote inside an unquoted field (5'10") is read as
 * the character it is, but text after a closing quote (`"Ana" Reyes`, or quotes escaped with a
 * backslash as some databases write them) could shift every later cell of the row into the wrong
 * column, so we ask for the file to be fixed instead of guessing.
 */
function quotingError(kind: QuotingProblem, line: number): CsvError {
  switch (kind) {
    case 'unclosed-quote':
      return new CsvError(`Line ${line}: a quoted field is never closed.`, line);
    case 'text-after-closing-quote':
      return new CsvError(
        `Line ${line}: a quoted field has more text after its closing quote; a double quote inside a quoted field must be written twice ("").`,
        line,
      );
  }
}

/** Records are separated by this in the batch given to csv-parse, whatever line ends the file used. */
const RECORD_SEPARATOR = Buffer.from('\n');

/** The cells of every indexed record, in order. */
function readRecords(body: Buffer, delimiter: string, index: RecordIndex): string[][] {
  const records: string[][] = new Array<string[]>(index.starts.length);
  const quoted: number[] = [];
  for (let record = 0; record < records.length; record++) {
    if (index.hasQuote[record]) quoted.push(record);
    else records[record] = body.toString('utf8', index.starts[record], index.ends[record]).split(delimiter);
  }
  if (quoted.length === 0) return records;

  // All records with quotes in one csv-parse call, one per line, in file order.
  const batch = Buffer.concat(quoted.flatMap((record) => [body.subarray(index.starts[record], index.ends[record]), RECORD_SEPARATOR]));
  const lineOfQuotedRecord = (position: number): number => index.startLines[quoted[Math.min(position, quoted.length - 1)] as number] ?? 1;
  const parsed = parseQuotedRecords(batch, delimiter, lineOfQuotedRecord);
  if (parsed.length !== quoted.length) {
    // The index follows csv-parse's rules by construction; if they ever disagree, rows and lines would not match.
    throw new Error(`CSV record count mismatch: csv-parse read ${parsed.length} quoted records, the index has ${quoted.length}.`);
  }
  quoted.forEach((record, position) => {
    records[record] = parsed[position] as string[];
  });
  return records;
}

function parseQuotedRecords(batch: Buffer, delimiter: string, lineOfRecord: (position: number) => number): string[][] {
  try {
    return parse(batch, {
      delimiter,
      // How readRecords joined them; other line breaks in the batch are inside quoted fields.
      record_delimiter: '\n',
      quote: '"',
      escape: '"',
      // A quote inside an unquoted field is a character (csv-spectrum has 37°36'37.8"N); the
      // mistakes this would also let through were refused by the index already.
      relax_quotes: true,
      // Extra and missing cells are the caller's business (padded or ignored), not a reason to refuse the file.
      relax_column_count: true,
    });
  } catch (error) {
    // The index has refused everything csv-parse objects to with these options; should it object
    // anyway, still one sentence for the person instead of its message, which quotes cell
    // contents (member data must not reach logs).
    if (!(error instanceof CsvParseError)) throw error;
    const line = lineOfRecord(typeof error['records'] === 'number' ? error['records'] : 0);
    throw new CsvError(`Line ${line}: this row could not be read as CSV.`, line);
  }
}

/**
 * A row with nothing but empty or blank cells is what a spreadsheet writes for a formatted but
 * unused row (`,,,,`); skip it like a blank line. One with a quote in it (`"",""`) was written on
 * purpose, e.g. by our own export, and is kept.
 */
function isBlankRow(cells: string[], hasQuote: boolean): boolean {
  return !hasQuote && cells.every((cell) => cell.length === 0 || cell.trim().length === 0);
}

function checkFieldLengths(cells: string[], line: number): void {
  for (let column = 0; column < cells.length; column++) {
    if ((cells[column] as string).length > MAX_FIELD_CHARS) {
      throw new CsvError(
        `Line ${line}: the field in column ${column + 1} is longer than ${formatCount(MAX_FIELD_CHARS)} characters.`,
        line,
      );
    }
  }
}

function toHeaderAndRows(records: string[][], index: RecordIndex): Pick<ParsedCsv, 'headers' | 'rows'> {
  let headerCells: string[] | null = null;
  const rows: CsvRow[] = [];
  let width = 0;

  for (let record = 0; record < records.length; record++) {
    const cells = records[record] as string[];
    if (isBlankRow(cells, index.hasQuote[record] === true)) continue;
    const line = index.startLines[record] as number;
    checkFieldLengths(cells, line);
    if (cells.length > width) width = cells.length;
    if (headerCells === null) headerCells = cells;
    else rows.push({ line, cells });
  }
  if (headerCells === null) throw new CsvError('The file is empty.');

  // Make the table rectangular: extra cells get a '' header, short rows get '' cells.
  const headers = headerCells.map((header) => header.trim());
  while (headers.length < width) headers.push('');
  for (const row of rows) {
    while (row.cells.length < width) row.cells.push('');
  }
  return { headers, rows };
}
