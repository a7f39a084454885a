import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as english from '@zxcvbn-ts/language-en';
import * as spanish from '@zxcvbn-ts/language-es-es';
import type { PassphraseVerdict } from '../../shared/contract';
import {
  MIN_PASSPHRASE_LENGTH,
  ZXCVBN_SUGGESTIONS,
  ZXCVBN_WARNINGS,
  type PassphraseAdvice,
  type PassphrasePattern,
  type ZxcvbnSuggestion,
  type ZxcvbnWarning,
} from '../../shared/passphrase-advice';

export { MIN_PASSPHRASE_LENGTH };
/** zxcvbn's 3: "safely unguessable: moderate protection from offline slow-hash scenario". */
const MIN_SCORE = 3;

/**
 * zxcvbn "translated" into its own keys, so a result names the pattern it found ("warning.dates")
 * instead of an English sentence: the renderer words it in the officer's language.
 */
const KEYED_TRANSLATIONS = {
  ...english.translations,
  warnings: Object.fromEntries(ZXCVBN_WARNINGS.map((key) => [key, `warning.${key}`])) as Record<ZxcvbnWarning, string>,
  suggestions: Object.fromEntries(ZXCVBN_SUGGESTIONS.map((key) => [key, `suggestion.${key}`])) as Record<ZxcvbnSuggestion, string>,
};
const PATTERNS = new Set<string>([...Object.values(KEYED_TRANSLATIONS.warnings), ...Object.values(KEYED_TRANSLATIONS.suggestions)]);
const isPattern = (text: string | null | undefined): text is PassphrasePattern => typeof text === 'string' && PATTERNS.has(text);

/** The English sentence behind a pattern, for `feedback`. */
function englishSentence(pattern: PassphrasePattern): string {
  const [kind, key] = pattern.split('.') as ['warning' | 'suggestion', string];
  return kind === 'warning'
    ? english.translations.warnings[key as ZxcvbnWarning]
    : english.translations.suggestions[key as ZxcvbnSuggestion];
}

let estimator: ZxcvbnFactory | undefined;
/** Built on first use: loading the dictionaries costs a few hundred milliseconds. */
function getEstimator(): ZxcvbnFactory {
  estimator ??= new ZxcvbnFactory({
    // Chapters organize in English and Spanish: a passphrase of common Spanish words is as weak.
    dictionary: { ...common.dictionary, ...english.dictionary, ...spanish.dictionary },
    graphs: common.adjacencyGraphs,
    translations: KEYED_TRANSLATIONS,
  });
  return estimator;
}

const verdict = (score: number, advice: PassphraseAdvice, feedback: string, pattern?: PassphrasePattern): PassphraseVerdict => ({
  score,
  acceptable: advice === 'good' || advice === 'strong',
  feedback,
  advice,
  ...(pattern ? { pattern } : {}),
});

/**
 * The vault is only as strong as its passphrase: someone who takes the laptop can guess
 * offline for as long as they like. Weak passphrases are refused with a reason.
 */
export function judgePassphrase(passphrase: string, context: string[] = []): PassphraseVerdict {
  if (passphrase.length === 0) return verdict(0, 'empty', 'Enter a passphrase.');
  // Each word of the chapter's or officer's name counts as known to an attacker, and so does the whole.
  const knownWords = context.flatMap((text) => [text, ...text.split(/\s+/)]).filter((word) => word.length > 1);
  const result = getEstimator().check(passphrase.slice(0, 256), knownWords);
  const score = result.score;
  if (passphrase.length < MIN_PASSPHRASE_LENGTH) {
    return verdict(
      Math.min(score, 2),
      'tooShort',
      `Use at least ${MIN_PASSPHRASE_LENGTH} characters; four or five unrelated words are easy to remember.`,
    );
  }
  if (isMostlyKnownWords(passphrase, knownWords)) {
    return verdict(
      Math.min(score, 1),
      'knownWords',
      "Don't build it from the chapter's name or your own: anyone who finds the laptop knows those.",
    );
  }
  if (score < MIN_SCORE) {
    const found = [result.feedback.warning, ...result.feedback.suggestions].find(isPattern);
    const reason = found ? englishSentence(found) : '';
    return verdict(score, 'tooEasy', `Too easy to guess. ${reason} Add another uncommon word or two.`.replace(/\s+/g, ' ').trim(), found);
  }
  return score === 3 ? verdict(score, 'good', 'Good. One more word would make it strong.') : verdict(score, 'strong', 'Strong.');
}

const letters = (text: string): string => text.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

/** True when little but the known words remain once they are taken out. */
function isMostlyKnownWords(passphrase: string, knownWords: string[]): boolean {
  let rest = letters(passphrase);
  for (const word of knownWords.map(letters).filter((word) => word.length >= 3).sort((a, b) => b.length - a.length)) {
    rest = rest.split(word).join('');
  }
  return rest.length < 6;
}
