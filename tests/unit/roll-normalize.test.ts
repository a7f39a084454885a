import { describe, expect, it } from 'vitest';
import { foldText, normalizeDate, normalizeList, normalizePhones, phoneQueryDigits } from '../../src/main/roll/normalize';
import { standingOf } from '../../src/main/roll/standing';

describe('phone numbers', () => {
  it('(555) 123-4567, 555.123.4567 and +1 555 123 4567 are the same number', () => {
    const forms = ['(555) 123-4567', '555.123.4567', '+1 555 123 4567', '5551234567'].map((text) => normalizePhones(text, 'US'));
    expect(new Set(forms.map((phones) => phones.display)).size).toBe(1);
    expect(new Set(forms.map((phones) => phones.digits)).size).toBe(1);
    expect(forms[0]!.digits.split(' ')).toContain('15551234567');
  });

  it('reads numbers without a country code in the chapter’s country', () => {
    expect(normalizePhones('020 7946 0018', 'GB').digits).toContain('442079460018');
    expect(normalizePhones('55 1234 5678', 'MX').digits).toContain('525512345678');
  });

  it('keeps several numbers and shows foreign ones internationally', () => {
    const phones = normalizePhones('555-123-4567; +44 20 7946 0018', 'US');
    expect(phones.display).toBe('(555) 123-4567; +44 20 7946 0018');
    expect(phones.invalid).toEqual([]);
  });

  it('reports what is not a phone number', () => {
    expect(normalizePhones('12', 'US').invalid).toEqual(['12']);
    expect(normalizePhones('call me', 'US').invalid).toEqual(['call me']);
  });

  it('recognizes a search query that is a phone number', () => {
    expect(phoneQueryDigits('(555) 123')).toBe('555123');
    expect(phoneQueryDigits('jose')).toBeNull();
    expect(phoneQueryDigits('12')).toBeNull();
  });
});

describe('text', () => {
  it('folds accents and case', () => {
    expect(foldText('  José   ÑÚÑEZ ')).toBe('jose nunez');
    expect(foldText('Nguyễn')).toBe('nguyen');
  });

  it('normalizes lists: trims, de-duplicates ignoring case and accents, keeps order', () => {
    expect(normalizeList(' steward ;Building Committee, steward,  Spanish ,español, Español ')).toBe('steward, Building Committee, Spanish, español');
  });
});

describe('dates', () => {
  it.each([
    ['2024-03-05', 'MDY', '2024-03-05'],
    ['2024/3/5', 'MDY', '2024-03-05'],
    ['3/5/2024', 'MDY', '2024-03-05'],
    ['3/5/2024', 'DMY', '2024-05-03'],
    ['05.03.24', 'DMY', '2024-03-05'],
    ['2024-02-30', 'MDY', null],
    ['13/13/2024', 'MDY', null],
    ['soon', 'MDY', null],
  ] as const)('%s (%s) → %s', (text, order, expected) => {
    expect(normalizeDate(text, order)).toBe(expected);
  });
});

describe('standing from dues paid-through', () => {
  it.each([
    ['', 'unknown'],
    ['2026-07-01', 'current'],
    ['2026-06-15', 'current'],
    ['2026-06-01', 'grace'],
    ['2026-05-16', 'grace'],
    ['2026-05-15', 'lapsed'],
    ['2020-01-01', 'lapsed'],
  ] as const)('paid through %j on 2026-06-15 with 30 days grace → %s', (paidThrough, standing) => {
    expect(standingOf(paidThrough, '2026-06-15', 30)).toBe(standing);
  });
});
