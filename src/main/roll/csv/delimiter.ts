/**
 * Which character separates the fields. "CSV" from Excel in much of Latin America and Europe uses
 * semicolons (the comma is their decimal mark), and copy-paste exports are often tab-separated,
 * so we look at the file instead of assuming commas.
 *
 * Works on the UTF-8 bytes the parser reads: every character that matters here is ASCII, and
 * no byte of a multi-byte UTF-8 character can be mistaken for one.
 */

export const DELIMITER_CANDIDATES = [',', ';', '\t'] as const;
export type DetectedDelimiter = (typeof DELIMITER_CANDIDATES)[number];

const CANDIDATE_BYTES = DELIMITER_CANDIDATES.map((delimiter) => delimiter.charCodeAt(0));
const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;

/** Enough lines to see a pattern, few enough that detection costs nothing on a large file. */
const SAMPLE_RECORDS = 20;
const SAMPLE_BYTES = 64 * 1024;

/**
 * The candidate whose count per record (outside quotes) is most consistent with the header line:
 * a real delimiter appears in the header and the same number of times on most rows, while a
 * comma inside addresses or notes comes and goes. Ties go to the larger count, then to the
 * order comma, semicolon, tab. A file where none appears in the header has one column: comma.
 */
export function detectDelimiter(utf8: Uint8Array): DetectedDelimiter {
  const records = countCandidatesPerRecord(utf8);
  const header = records[0];
  if (!header) return ',';

  let best: { delimiter: DetectedDelimiter; agreement: number; count: number } | null = null;
  for (const [candidate, delimiter] of DELIMITER_CANDIDATES.entries()) {
    const count = header[candidate] ?? 0;
    if (count === 0) continue;
    const agreement = records.filter((record) => record[candidate] === count).length / records.length;
    if (!best || agreement > best.agreement || (agreement === best.agreement && count > best.count)) {
      best = { delimiter, agreement, count };
    }
  }
  return best?.delimiter ?? ',';
}

/** For the first records (a record ends at a line break outside quotes; blank lines are skipped), how often each candidate occurs outside quotes. */
function countCandidatesPerRecord(utf8: Uint8Array): number[][] {
  const records: number[][] = [];
  const end = Math.min(utf8.length, SAMPLE_BYTES);
  let counts = CANDIDATE_BYTES.map(() => 0);
  let recordHasContent = false;
  let inQuotes = false;

  for (let index = 0; index < end && records.length < SAMPLE_RECORDS; index++) {
    const byte = utf8[index] as number;
    if (inQuotes) {
      // A doubled quote is a literal quote; a single one closes the field.
      if (byte === QUOTE) {
        if (utf8[index + 1] === QUOTE) index++;
        else inQuotes = false;
      }
    } else if (byte === QUOTE) {
      // A quote opens a quoted field only at the start of a field (for any candidate delimiter);
      // elsewhere, as in 5'10", it is just a character.
      const previous = index === 0 ? LF : (utf8[index - 1] as number);
      if (previous === LF || previous === CR || CANDIDATE_BYTES.includes(previous)) inQuotes = true;
      recordHasContent = true;
    } else if (byte === LF || byte === CR) {
      if (recordHasContent) records.push(counts);
      counts = CANDIDATE_BYTES.map(() => 0);
      recordHasContent = false;
    } else {
      recordHasContent = true;
      const candidate = CANDIDATE_BYTES.indexOf(byte);
      if (candidate >= 0) counts[candidate] = (counts[candidate] ?? 0) + 1;
    }
  }
  // The last sampled record is complete only if the sample reached the end of the file.
  if (recordHasContent && end === utf8.length && records.length < SAMPLE_RECORDS) records.push(counts);
  return records;
}

/**
 * Excel honours a first line like `sep=;` to say which delimiter follows, and some tools write it.
 * When present it decides, and it is not the header.
 * @returns the delimiter and how many bytes the hint line takes, line break included
 */
export function readSeparatorHint(utf8: Uint8Array): { delimiter: string; hintBytes: number } | null {
  const firstLine = Buffer.from(utf8.buffer, utf8.byteOffset, Math.min(utf8.length, 16)).toString('utf8');
  const match = /^sep=([^\r\n])(\r\n|\n|\r|$)/i.exec(firstLine);
  if (!match || match[1] === undefined || match[1] === '"') return null;
  if (match[2] === '' && Buffer.byteLength(match[0]) !== utf8.length) return null; // cut short by the 16-byte window
  return { delimiter: match[1], hintBytes: Buffer.byteLength(match[0]) };
}
