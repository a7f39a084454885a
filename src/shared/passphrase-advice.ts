/**
 * What the strength check says about a passphrase, as stable codes: main judges, the renderer
 * words the codes in the officer's language (main's `feedback` sentence stays English, for the
 * CLI and error messages). Imports zod only.
 */
import { z } from 'zod';

/** Shorter is refused whatever zxcvbn thinks of it. */
export const MIN_PASSPHRASE_LENGTH = 10;

export const PassphraseAdvice = z.enum(['empty', 'tooShort', 'knownWords', 'tooEasy', 'good', 'strong']);
export type PassphraseAdvice = z.infer<typeof PassphraseAdvice>;

/** zxcvbn-ts's warning keys (what makes it guessable) and suggestion keys (what to do instead). */
export const ZXCVBN_WARNINGS = [
  'straightRow',
  'keyPattern',
  'simpleRepeat',
  'extendedRepeat',
  'sequences',
  'recentYears',
  'dates',
  'topTen',
  'topHundred',
  'common',
  'similarToCommon',
  'wordByItself',
  'namesByThemselves',
  'commonNames',
  'userInputs',
  'pwned',
] as const;
export const ZXCVBN_SUGGESTIONS = [
  'l33t',
  'reverseWords',
  'allUppercase',
  'capitalization',
  'dates',
  'recentYears',
  'associatedYears',
  'sequences',
  'repeated',
  'longerKeyboardPattern',
  'anotherWord',
  'useWords',
  'noNeed',
  'pwned',
] as const;

export type ZxcvbnWarning = (typeof ZXCVBN_WARNINGS)[number];
export type ZxcvbnSuggestion = (typeof ZXCVBN_SUGGESTIONS)[number];
export type PassphrasePattern = `warning.${ZxcvbnWarning}` | `suggestion.${ZxcvbnSuggestion}`;

const PATTERNS = [
  ...ZXCVBN_WARNINGS.map((key): PassphrasePattern => `warning.${key}`),
  ...ZXCVBN_SUGGESTIONS.map((key): PassphrasePattern => `suggestion.${key}`),
] as [PassphrasePattern, ...PassphrasePattern[]];
/** Behind "tooEasy": zxcvbn's warning, or else its first suggestion, e.g. "warning.dates". */
export const PassphrasePattern = z.enum(PATTERNS);
