/**
 * Turning the bytes of a CSV file into text. Rolls arrive from many places: Excel on Windows
 * saves "CSV" in the ANSI code page (windows-1252 for English and Spanish) and "CSV UTF-8" with a
 * byte-order mark, Excel's "Unicode text" is UTF-16 little-endian, Google Sheets and most
 * organizing tools write plain UTF-8. We detect which, so that "José Müller" reads right without
 * anyone having to know what an encoding is; an explicit choice still wins.
 */
import { isUtf8 } from 'node:buffer';
import iconv from 'iconv-lite';
import { CsvError } from './errors';

export type CsvEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252' | 'iso-8859-15' | 'macintosh';

/** The encodings a person may name, with the other names they go by (compared ignoring case and punctuation). */
const ENCODING_ALIASES: Record<CsvEncoding, readonly string[]> = {
  'utf-8': ['utf8', 'unicode-1-1-utf-8'],
  // Excel calls UTF-16LE "Unicode"; a bare "UTF-16" file without a byte-order mark is little-endian in practice.
  'utf-16le': ['utf16le', 'utf-16', 'ucs-2', 'unicode'],
  'utf-16be': ['utf16be'],
  // As in the WHATWG Encoding standard, "latin1", "ISO-8859-1" and "ASCII" mean windows-1252: it is
  // what such files really contain, and it only differs by giving 0x80–0x9F printable characters (€, “, ”…).
  'windows-1252': ['cp1252', 'win1252', 'ansi', 'latin1', 'iso-8859-1', 'ascii', 'us-ascii'],
  'iso-8859-15': ['latin9', 'latin-9'],
  // What Excel for Mac writes for "CSV (Macintosh)".
  macintosh: ['mac', 'macroman', 'mac-roman', 'x-mac-roman'],
};

export const SUPPORTED_ENCODINGS = Object.keys(ENCODING_ALIASES) as CsvEncoding[];

function comparableName(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]/g, '');
}

const ENCODING_BY_NAME = new Map<string, CsvEncoding>(
  SUPPORTED_ENCODINGS.flatMap((encoding) =>
    [encoding, ...ENCODING_ALIASES[encoding]].map((name) => [comparableName(name), encoding] as const),
  ),
);

/** The canonical name of an encoding a person typed, or a CsvError that lists what we accept. */
export function resolveEncodingName(name: string): CsvEncoding {
  const encoding = ENCODING_BY_NAME.get(comparableName(name));
  if (!encoding) {
    throw new CsvError(`Unknown encoding "${name}". Supported encodings: ${SUPPORTED_ENCODINGS.join(', ')}.`);
  }
  return encoding;
}

/**
 * The text of a CSV file and the encoding it was read in.
 * Without `encoding`: a byte-order mark decides (UTF-8 or UTF-16), else valid UTF-8 is UTF-8,
 * else windows-1252. A leading byte-order mark is never part of the text.
 */
export function decodeCsvBytes(
  bytes: Uint8Array,
  encoding?: 'utf-8' | 'windows-1252' | 'utf-16le' | string,
): { text: string; encoding: string } {
  const chosen = chooseEncoding(bytes, encoding);
  const text = chosen === 'utf-8' ? utf8WithoutBom(bytes).toString('utf8') : iconv.decode(bytes, chosen);
  return { text, encoding: chosen };
}

/**
 * The same content as {@link decodeCsvBytes}, as UTF-8 bytes, which is what the parser reads.
 * A UTF-8 file (the usual case) is passed through without being decoded and encoded again,
 * which matters for a roll of 100,000 members.
 */
export function csvBytesAsUtf8(bytes: Uint8Array, encoding?: string): { utf8: Buffer; encoding: CsvEncoding } {
  const chosen = chooseEncoding(bytes, encoding);
  const utf8 = chosen === 'utf-8' ? utf8WithoutBom(bytes) : Buffer.from(iconv.decode(bytes, chosen), 'utf8');
  return { utf8, encoding: chosen };
}

function chooseEncoding(bytes: Uint8Array, requested: string | undefined): CsvEncoding {
  return requested === undefined ? detectEncoding(bytes) : resolveEncodingName(requested);
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return bytes.length >= prefix.length && prefix.every((byte, index) => bytes[index] === byte);
}

const UTF8_BOM = [0xef, 0xbb, 0xbf] as const;
const UTF16LE_BOM = [0xff, 0xfe] as const;
const UTF16BE_BOM = [0xfe, 0xff] as const;

function detectEncoding(bytes: Uint8Array): CsvEncoding {
  if (startsWith(bytes, UTF8_BOM)) return 'utf-8';
  if (startsWith(bytes, UTF16LE_BOM)) return 'utf-16le';
  if (startsWith(bytes, UTF16BE_BOM)) return 'utf-16be';
  const utf16 = utf16WithoutBom(bytes);
  if (utf16) return utf16;
  return isUtf8(bytes) ? 'utf-8' : 'windows-1252';
}

/**
 * UTF-16 that lost its byte-order mark still shows itself: text in Latin script has a zero byte in
 * every other position, which never happens in a real UTF-8 or windows-1252 CSV. Without this
 * check such a file would "decode" as UTF-8 full of NUL characters.
 */
function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const pairs = Math.min(bytes.length, 4096) >> 1;
  if (pairs < 2) return null;
  let zerosAtEven = 0;
  let zerosAtOdd = 0;
  for (let pair = 0; pair < pairs; pair++) {
    if (bytes[2 * pair] === 0) zerosAtEven++;
    if (bytes[2 * pair + 1] === 0) zerosAtOdd++;
  }
  const mostly = pairs * 0.4;
  const hardly = pairs * 0.05;
  if (zerosAtOdd >= mostly && zerosAtEven <= hardly) return 'utf-16le';
  if (zerosAtEven >= mostly && zerosAtOdd <= hardly) return 'utf-16be';
  return null;
}

/**
 * UTF-8 we were told about (by a byte-order mark or by the person) must really be UTF-8: replacing
 * bad bytes with "�" would quietly damage names in the roll, so we say where the problem is instead.
 * Returns a view of the same memory, without the byte-order mark. (iconv-lite drops a UTF-16
 * byte-order mark itself.)
 */
function utf8WithoutBom(bytes: Uint8Array): Buffer {
  const start = startsWith(bytes, UTF8_BOM) ? UTF8_BOM.length : 0;
  const content = Buffer.from(bytes.buffer, bytes.byteOffset + start, bytes.length - start);
  if (!isUtf8(content)) {
    const line = lineOfFirstInvalidUtf8(content);
    throw new CsvError(
      `Line ${line}: the file is not valid UTF-8 there; it was probably saved in another encoding, such as windows-1252.`,
      line,
    );
  }
  return content;
}

/** Only called once decoding has failed, so it can afford to check line by line. */
function lineOfFirstInvalidUtf8(bytes: Uint8Array): number {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let line = 1;
  let lineStart = 0;
  for (let index = 0; index <= bytes.length; index++) {
    const byte = bytes[index];
    const atLineEnd = index === bytes.length || byte === 0x0a || (byte === 0x0d && bytes[index + 1] !== 0x0a);
    if (!atLineEnd) continue;
    try {
      decoder.decode(bytes.subarray(lineStart, index));
    } catch {
      return line;
    }
    line++;
    lineStart = index + 1;
  }
  return line - 1;
}
