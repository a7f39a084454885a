import { describe, expect, it } from 'vitest';
import { judgePassphrase, MIN_PASSPHRASE_LENGTH } from '../../src/main/vault/passphrase-strength';

describe('passphrase strength', () => {
  it.each(['', 'short', 'password1234', 'qwertyuiop12', 'aaaaaaaaaaaaaa'])('refuses %j with a reason', (passphrase) => {
    const verdict = judgePassphrase(passphrase);
    expect(verdict.acceptable).toBe(false);
    expect(verdict.feedback.length).toBeGreaterThan(10);
  });

  it('asks for a minimum length even when the characters look random', () => {
    const verdict = judgePassphrase('X7#q!z2');
    expect(verdict.acceptable).toBe(false);
    expect(verdict.feedback).toContain(String(MIN_PASSPHRASE_LENGTH));
  });

  it('accepts a few unrelated words', () => {
    const verdict = judgePassphrase('correct horse battery staple');
    expect(verdict.acceptable).toBe(true);
    expect(verdict.score).toBeGreaterThanOrEqual(3);
  });

  it("refuses one made of the chapter's or the officer's name", () => {
    const context = ['Riverside Tenants Union', 'Ana Reyes'];
    for (const passphrase of ['Riverside Tenants Union 2024', 'anareyes-riverside', 'TenantsUnionRiverside!']) {
      const verdict = judgePassphrase(passphrase, context);
      expect(verdict.acceptable, passphrase).toBe(false);
      expect(verdict.feedback).toMatch(/chapter's name/);
    }
    expect(judgePassphrase('correct horse battery staple', context).acceptable).toBe(true);
  });
});
