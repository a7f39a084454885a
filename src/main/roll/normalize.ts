/**
 * Folding and normalizing what people type, so that `José` and `jose`, or `(555) 123-4567`
 * and `555.123.4567`, are recognized as the same.
 */
import { getCountryCallingCode, parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js';

const ASCII = /^[\x00-\x7f]*$/;

/** Lowercase without accents: the form used for sorting, duplicate keys and short searches. */
export function foldText(text: string): string {
  // ASCII has nothing to decompose or strip (NFKD leaves it as it is), and most text is ASCII.
  return (ASCII.test(text) ? text : text.normalize('NFKD').replace(/\p{M}/gu, ''))
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** "a, b;c" → "a, b, c": trimmed, de-duplicated (case-insensitively), order kept. */
export function normalizeList(text: string): string {
  const seen = new Set<string>();
  const items: string[] = [];
  for (const raw of text.split(/[,;]/)) {
    const item = raw.trim().replace(/\s+/g, ' ');
    const key = foldText(item);
    if (!item || seen.has(key)) continue;
    seen.add(key);
    items.push(item);
  }
  return items.join(', ');
}

export function listItems(text: string): string[] {
  return text ? text.split(', ') : [];
}

/** Several values in one field ("a@x.org; b@y.org") are separated by semicolons. */
export function splitMulti(text: string): string[] {
  return text
    .split(/[;\n]/)
    .map((item) => item.trim())
    .filter(Boolean);
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
export function isEmail(text: string): boolean {
  return EMAIL.test(text);
}

export interface NormalizedPhones {
  /** What is shown: each number formatted nationally (or internationally if foreign), "; "-joined. */
  display: string;
  /** For search and duplicate detection: every number's national and E.164 digits. */
  digits: string;
  invalid: string[];
}

/**
 * A ten-digit North American number as it is usually written — (212) 555-0142, 212.555.0142,
 * +1 212 555 0142 — read without libphonenumber, which costs 10 µs a number (a second per
 * 100,000-member import). The result is libphonenumber's, as a test checks for every area code.
 */
const NANP = /^(?:\+?1[ .-]?)?(?:\(([2-9]\d\d)\) ?|([2-9]\d\d)[ .-]?)(\d{3})[ .-]?(\d{4})$/;

export function normalizePhones(text: string, defaultCountry: string): NormalizedPhones {
  const display: string[] = [];
  const digits: string[] = [];
  const invalid: string[] = [];
  const homeCallingCode = getCountryCallingCode(defaultCountry as CountryCode);
  for (const raw of splitMulti(text)) {
    const northAmerican = homeCallingCode === '1' ? NANP.exec(raw) : null;
    if (northAmerican) {
      const [, parenthesized, area = parenthesized, exchange, line] = northAmerican;
      display.push(`(${area}) ${exchange}-${line}`);
      digits.push(`${area}${exchange}${line}`, `1${area}${exchange}${line}`);
      continue;
    }
    const parsed = parsePhoneNumberFromString(raw, defaultCountry as CountryCode);
    if (!parsed || !parsed.isPossible()) {
      invalid.push(raw);
      continue;
    }
    display.push(parsed.countryCallingCode === homeCallingCode ? parsed.formatNational() : parsed.formatInternational());
    digits.push(parsed.nationalNumber, parsed.number.replace(/\D/g, ''));
  }
  return { display: display.join('; '), digits: [...new Set(digits)].join(' '), invalid };
}

/** Only the digits of a search query that looks like a phone number, else null. */
export function phoneQueryDigits(query: string): string | null {
  if (!/^[\d\s().+\-]+$/.test(query)) return null;
  const digits = query.replace(/\D/g, '');
  return digits.length >= 3 ? digits : null;
}

/**
 * Dates as people write them → YYYY-MM-DD, or null. Accepts ISO (2024-03-05, 2024/3/5) and
 * slashed dates in the chapter's order (US: 3/5/2024 is March 5).
 */
export function normalizeDate(text: string, order: 'MDY' | 'DMY' = 'MDY'): string | null {
  const trimmed = text.trim();
  let year: number;
  let month: number;
  let day: number;
  let match = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T ].*)?$/.exec(trimmed);
  if (match) {
    [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  } else {
    match = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{2}|\d{4})$/.exec(trimmed);
    if (!match) return null;
    const [first, second] = [Number(match[1]), Number(match[2])];
    [month, day] = order === 'MDY' ? [first, second] : [second, first];
    year = Number(match[3]);
    if (year < 100) year += year < 70 ? 2000 : 1900;
  }
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return date.toISOString().slice(0, 10);
}
