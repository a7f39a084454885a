import { isChapterFailure } from '../../../shared/bridge';
import type { ErrorCode } from '../../../shared/contract';
import { currentLanguage, i18n } from '../i18n';

/** Codes whose sentence is translated here; main's sentences for the others are English for now. */
const TRANSLATED: ReadonlySet<ErrorCode> = new Set([
  'WRONG_PASSPHRASE',
  'WRONG_RECOVERY_CODE',
  'VAULT_LOCKED',
  'VAULT_IN_USE',
  'NOT_A_VAULT',
  'DATABASE_DAMAGED',
  'KEYSLOTS_DAMAGED',
  'VAULT_TOO_NEW',
  'WEAK_PASSPHRASE',
]);

/**
 * What to tell the officer when a call to `window.chapter` fails: the service's message, which
 * is written for people (in English, its most precise wording is kept). Anything else (a bug,
 * not a refusal) gets one calm sentence. `translated` words codes the caller knows more about
 * (a restore refused for one backup) in the current language; English keeps main's sentence.
 */
export function errorMessage(error: unknown, translated: Partial<Record<ErrorCode, string>> = {}): string {
  if (isChapterFailure(error) && error.message) {
    if (currentLanguage() !== 'en') {
      const specific = translated[error.code];
      if (specific) return specific;
      if (TRANSLATED.has(error.code)) return i18n.t(`errors.${error.code as 'WRONG_PASSPHRASE'}`, { ns: 'common' });
    }
    return error.message;
  }
  return i18n.t('errors.fallback', { ns: 'common' });
}
