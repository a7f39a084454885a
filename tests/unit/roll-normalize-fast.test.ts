import { getCountryCallingCode, parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js';
import { describe, expect, it } from 'vitest';
import { foldText, normalizePhones } from '../../src/main/roll/normalize';

/** What libphonenumber alone makes of one number: the answer the quick path must give. */
function byLibrary(raw: string, country: CountryCode) {
  const parsed = parsePhoneNumberFromString(raw, country);
  if (!parsed || !parsed.isPossible()) return { display: '', digits: '', invalid: [raw] };
  const display = parsed.countryCallingCode === getCountryCallingCode(country) ? parsed.formatNational() : parsed.formatInternational();
  return { display, digits: [...new Set([parsed.nationalNumber, parsed.number.replace(/\D/g, '')])].join(' '), invalid: [] };
}

describe('quick paths in normalizing', () => {
  it('read every North American area code as libphonenumber does, in every usual spelling', () => {
    const spellings = (a: string, b: string, c: string) => [
      `(${a}) ${b}-${c}`, `(${a})${b}-${c}`, `${a}-${b}-${c}`, `${a}.${b}.${c}`, `${a} ${b} ${c}`, `${a}${b}${c}`,
      `+1${a}${b}${c}`, `+1 ${a} ${b} ${c}`, `1-${a}-${b}-${c}`, `+1 (${a}) ${b}-${c}`, `1 ${a}.${b}.${c}`,
    ];
    let checked = 0;
    for (const country of ['US', 'CA'] as CountryCode[]) {
      for (let area = 200; area <= 999; area++) {
        for (const [b, c] of [['555', '0142'], ['012', '3456']] as const) {
          for (const raw of spellings(String(area), b, c)) {
            expect(normalizePhones(raw, country), raw).toEqual(byLibrary(raw, country));
            checked++;
          }
        }
      }
    }
    expect(checked).toBe(2 * 800 * 2 * 11);
  });

  it('leave other numbers to libphonenumber', () => {
    for (const raw of ['(112) 555-0142', '555-0142', '+44 20 7946 0958', '(212) 555-01423', '212 555 014', '+52 55 1234 5678']) {
      expect(normalizePhones(raw, 'US'), raw).toEqual(byLibrary(raw, 'US'));
    }
    expect(normalizePhones('020 7946 0958', 'GB')).toEqual(byLibrary('020 7946 0958', 'GB'));
  });

  it('fold ASCII text exactly as the full Unicode path does', () => {
    const full = (text: string) => text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
    for (const text of ['  Ana  REYES ', 'O\'Brien-Smith', 'tab\there', '', 'José Núñez', 'ﬁne', 'Ǆemal']) expect(foldText(text)).toBe(full(text));
    let ascii = '';
    for (let code = 0; code < 128; code++) ascii += String.fromCharCode(code);
    expect(foldText(ascii)).toBe(full(ascii));
  });
});
