/**
 * Where each record of a CSV file is: its bytes, the line it starts on (as a text editor counts
 * lines, so an import error can say "row on line 14" even after quoted fields spanning several
 * lines), whether it contains a quote at all, and the two quoting mistakes we refuse rather than
 * guess about.
 *
 * It follows the quoting rules of csv-parse with `relax_quotes` exactly: a quote opens a quoted
 * field only as a field's first character, and elsewhere in an unquoted field is an ordinary
 * character; `""` inside a quoted field is one quote; a line break (CRLF, LF or CR) outside quotes
 * ends a record; an empty line is no record. So the n-th record here is the n-th record csv-parse
 * finds, and csv-parse's own line count (which takes a CRLF inside quotes for two lines) is not needed.
 */

const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;

export type QuotingProblem =
  /** A quoted field runs to the end of the file; the line is where its opening quote is. */
  | 'unclosed-quote'
  /** A closing quote is followed by more text, e.g. `"Ana" Reyes` or `"say \"hi\""`; the line is where. */
  | 'text-after-closing-quote';

export interface RecordIndex {
  /** Byte offset of each non-empty record's first byte. */
  starts: number[];
  /** Byte offset just past each record's last byte, before its line break. */
  ends: number[];
  /** 1-based line on which each record starts. */
  startLines: number[];
  /** Whether each record contains a double quote anywhere. */
  hasQuote: boolean[];
  /** True when the scan stopped because there were more than `maxRecords` records. */
  truncated: boolean;
  /** The first quoting mistake, where the scan stopped. */
  problem?: { kind: QuotingProblem; line: number };
}

export interface IndexRecordsOptions {
  /** The line number of `bytes[0]` in the file (2 when a `sep=` line was cut off). */
  firstLine?: number;
  /** Stop after this many records, to bound the work on a huge file. */
  maxRecords?: number;
}

/**
 * @param bytes the UTF-8 bytes of the CSV
 * @param delimiter the field delimiter, which decides where a field, and so a quoted field, may start
 */
export function indexRecords(bytes: Uint8Array, delimiter: string, options: IndexRecordsOptions = {}): RecordIndex {
  const { firstLine = 1, maxRecords = Infinity } = options;
  const delimiterBytes = Buffer.from(delimiter, 'utf8');
  const length = bytes.length;
  const index: RecordIndex = { starts: [], ends: [], startLines: [], hasQuote: [], truncated: false };

  let line = firstLine;
  let inQuotes = false;
  let quoteOpenedOnLine = 0;
  let inRecord = false;
  let recordHasQuote = false;

  const hasDelimiterAt = (position: number): boolean => {
    if (position < 0 || position + delimiterBytes.length > length) return false;
    for (let offset = 0; offset < delimiterBytes.length; offset++) {
      if (bytes[position + offset] !== delimiterBytes[offset]) return false;
    }
    return true;
  };
  /** A quote opens a quoted field only where a field starts: at a record's start or right after a delimiter. */
  const startsField = (position: number): boolean => {
    const previous = bytes[position - 1];
    return position === 0 || previous === LF || previous === CR || hasDelimiterAt(position - delimiterBytes.length);
  };
  /** A closing quote must end its field: a delimiter, a line break or the end of the file follows. */
  const endsField = (position: number): boolean => {
    const next = bytes[position];
    return position >= length || next === LF || next === CR || hasDelimiterAt(position);
  };
  const startRecord = (position: number): boolean => {
    if (index.starts.length === maxRecords) {
      index.truncated = true;
      return false;
    }
    index.starts.push(position);
    index.startLines.push(line);
    inRecord = true;
    recordHasQuote = false;
    return true;
  };
  const endRecord = (position: number): void => {
    index.ends.push(position);
    index.hasQuote.push(recordHasQuote);
    inRecord = false;
  };

  // Jump from one quote or line break to the next with the native indexOf instead of looking at
  // every byte in JavaScript: on a large roll that is a few milliseconds instead of a hundred.
  const nextAtOrAfter = (byte: number, from: number): number => {
    const found = bytes.indexOf(byte, from);
    return found < 0 ? length : found;
  };
  let nextQuote = nextAtOrAfter(QUOTE, 0);
  let nextLf = nextAtOrAfter(LF, 0);
  let nextCr = nextAtOrAfter(CR, 0);
  let position = 0;

  while (position < length) {
    const event = Math.min(nextQuote, nextLf, nextCr);
    const lineBreakHere = event === position && event !== nextQuote;
    // Anything but a line break starts a record: ordinary bytes before the next event, or a quote.
    if (!inRecord && !lineBreakHere && !startRecord(position)) return index;
    if (event === length) break;

    if (event === nextQuote) {
      recordHasQuote = true;
      if (inQuotes && bytes[event + 1] === QUOTE) {
        position = event + 2; // "" inside a quoted field: one literal quote
      } else if (inQuotes) {
        inQuotes = false;
        position = event + 1;
        if (!endsField(position)) return { ...index, problem: { kind: 'text-after-closing-quote', line } };
      } else {
        if (startsField(event)) {
          inQuotes = true;
          quoteOpenedOnLine = line;
        }
        position = event + 1;
      }
      nextQuote = nextAtOrAfter(QUOTE, position);
      continue;
    }

    // A line break: CRLF, LF or a lone CR, each one line.
    if (!inQuotes && inRecord) endRecord(event);
    position = event === nextCr && nextLf === event + 1 ? event + 2 : event + 1;
    line++;
    if (nextLf < position) nextLf = nextAtOrAfter(LF, position);
    if (nextCr < position) nextCr = nextAtOrAfter(CR, position);
  }
  if (inQuotes) return { ...index, problem: { kind: 'unclosed-quote', line: quoteOpenedOnLine } };
  if (inRecord) endRecord(length);
  return index;
}
