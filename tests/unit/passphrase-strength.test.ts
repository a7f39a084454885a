import { describe, expect, it } from 'vitest';
import { judgePassphrase, MIN_PASSPHRASE_LENGTH } from '../../src/main/vault/passphrase-strength';
import { PassphraseVerdict } from '../../src/shared/contract';

describe('passphrase strength', () => {
  it.each(['', 'short', 'password1234', 'qwertyuiop12', 'aaaaaaaaaaaaaa'])('refuses %j with a reason', (passphrase) => {
    const verdict = judgePassphrase(passphrase);
    expect(verdict.acceptable).toBe(false);
    expect(verdict.feedback.length).toBeGreaterThan(10);
    // The channel's own schema: what the renderer receives.
    expect(PassphraseVerdict.parse(verdict)).toEqual(verdict);
  });

  it('names the reason as codes for the renderer to word, and the same reason in English for the CLI', () => {
    expect(judgePassphrase('')).toMatchObject({ advice: 'empty' });
    expect(judgePassphrase('X7#q!z2')).toMatchObject({ advice: 'tooShort' });
    const common = judgePassphrase('password1234');
    expect(common).toMatchObject({ advice: 'tooEasy', pattern: expect.stringMatching(/^(warning|suggestion)\./) });
    const keyboard = judgePassphrase('qwertyuiop12');
    expect(keyboard.advice).toBe('tooEasy');
    expect(keyboard.pattern).toBeDefined();
    // The English sentence behind the code, not the code, is what main's feedback says.
    expect(keyboard.feedback).not.toContain(keyboard.pattern!);
    expect(keyboard.feedback).toMatch(/^Too easy to guess\. [A-Z].+\. Add another uncommon word or two\.$/);
    expect(judgePassphrase('correct horse battery staple')).toMatchObject({ acceptable: true, advice: expect.stringMatching(/^(good|strong)$/) });
    expect(judgePassphrase('correct horse battery staple').pattern).toBeUndefined();
  });

  it.each(['contraseñasegura', 'nuestrasolidaridad', 'septiembrediciembre'])('refuses %j: common Spanish words are as guessable as English ones', (passphrase) => {
    expect(judgePassphrase(passphrase)).toMatchObject({ acceptable: false, advice: 'tooEasy' });
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
      expect(verdict.advice).toBe('knownWords');
    }
    expect(judgePassphrase('correct horse battery staple', context).acceptable).toBe(true);
  });
});
