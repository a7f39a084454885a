import { isChapterFailure } from '../../../shared/bridge';

/**
 * What to tell the officer when a call to `window.chapter` fails: the service's message, which
 * is written for people. Anything else (a bug, not a refusal) gets one calm sentence.
 */
const FALLBACK = 'Something went wrong inside Chapterhouse. Nothing was changed.';

export function errorMessage(error: unknown): string {
  if (isChapterFailure(error) && error.message) return error.message;
  return FALLBACK;
}
