import { describe, expect, it } from 'vitest';
import { formatRecoveryCode, normalizeRecoveryCode } from '../../src/main/vault/recovery-code';

describe('recovery codes', () => {
  it('encode 15 bytes as six groups of four', () => {
    expect(formatRecoveryCode(new Uint8Array(15))).toBe('0000-0000-0000-0000-0000-0000');
    expect(formatRecoveryCode(new Uint8Array(15).fill(255))).toBe('ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ');
  });

  it('give different codes for different bytes', () => {
    const a = new Uint8Array(15);
    const b = new Uint8Array(15);
    b[14] = 1;
    expect(formatRecoveryCode(a)).not.toBe(formatRecoveryCode(b));
  });

  it('read back what a person copies by hand: any case, spaces, O for 0, I or L for 1', () => {
    expect(normalizeRecoveryCode('7k2m qx9d 0000 1111 abcd efgh')).toBe('7K2M-QX9D-0000-1111-ABCD-EFGH');
    expect(normalizeRecoveryCode('7K2M-QX9D-OOOO-IlI1-ABCD-EFGH')).toBe('7K2M-QX9D-0000-1111-ABCD-EFGH');
  });

  it('reject what cannot be a code', () => {
    expect(normalizeRecoveryCode('ABCD')).toBeNull();
    expect(normalizeRecoveryCode('UUUU-UUUU-UUUU-UUUU-UUUU-UUUU')).toBeNull();
    expect(normalizeRecoveryCode('')).toBeNull();
  });
});
