import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as english from '@zxcvbn-ts/language-en';
import type { PassphraseVerdict } from '../../shared/contract';

export const MIN_PASSPHRASE_LENGTH = 10;
/** zxcvbn's 3: "safely unguessable: moderate protection from offline slow-hash scenario". */
const MIN_SCORE = 3;

let estimator: ZxcvbnFactory | undefined;
/** Built on first use: loading the dictionaries costs a few hundred milliseconds. */
function getEstimator(): ZxcvbnFactory {
  estimator ??= new ZxcvbnFactory({
    dictionary: { ...common.dictionary, ...english.dictionary },
    graphs: common.adjacencyGraphs,
    translations: english.translations,
  });
  return estimator;
}

/**
 * The vault is only as strong as its passphrase: someone who takes the laptop can guess
 * offline for as long as they like. Weak passphrases are refused with a reason.
 */
export function judgePassphrase(passphrase: string, context: string[] = []): PassphraseVerdict {
  if (passphrase.length === 0) return { score: 0, acceptable: false, feedback: 'Enter a passphrase.' };
    // Each word of the chapter's or officer's name counts as known to an attacker, and so does the whole.
  const knownWords = context.flatMap((text) => [text, ...text.split(/\s+/)]).filter((word) => word.length > 1);
  const result = getEstimator().check(passphrase.slice(0, 256), knownWords);
  const score = result.score;
  if (passphrase.length < MIN_PASSPHRASE_LENGTH) {
    return {
      score: Math.min(score, 2),
      acceptable: false,
      feedback: `Use at least ${MIN_PASSPHRASE_LENGTH} characters; four or five unrelated words are easy to remember.`,
    };
  }
  if (isMostlyKnownWords(passphrase, knownWords)) {
    return {
      score: Math.min(score, 1),
      acceptable: false,
      feedback: "Don't build it from the chapter's name or your own: anyone who finds the laptop knows those.",
    };
  }
  if (score < MIN_SCORE) {
    const reason = result.feedback.warning ?? result.feedback.suggestions[0] ?? '';
    return {
      score,
      acceptable: false,
      feedback: `Too easy to guess. ${reason} Add another uncommon word or two.`.replace(/\s+/g, ' ').trim(),
    };
  }
  return { score, acceptable: true, feedback: score === 3 ? 'Good. One more word would make it strong.' : 'Strong.' };
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
