import type { Language } from '../../../shared/contract';
import { applyLanguage } from '.';

/**
 * The officer picked a language: the screen switches at once, and main remembers the choice for
 * the next start (the lock screen needs it before any vault is open). If saving fails, the
 * choice still holds until the app closes; there is nothing the officer could do about it.
 */
export function chooseLanguage(language: Language): Promise<void> {
  applyLanguage(language);
  return window.chapter.app.setLanguage({ language }).then(
    () => undefined,
    () => undefined,
  );
}
