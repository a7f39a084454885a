import { useEffect } from 'react';
import { requestCommand } from '../shell/app-commands';

/**
 * An export file double-clicked in the file manager waits in main until the vault is unlocked.
 * The shell mounts only when unlocked, so it takes the file on mount (one opened at the lock
 * screen) and whenever main says another arrived, then shows it in the Officers page's import dialog.
 */
export function useOpenedExport(showOfficers: () => void): void {
  useEffect(() => {
    const take = () => {
      window.chapter.exchange
        .takeOpenedFile({})
        .then((opened) => {
          // Even if the shell unmounted meanwhile (StrictMode's rehearsal): the file is taken only once.
          if (!opened) return;
          showOfficers();
          requestCommand('open-export', opened);
        })
        // Locked meanwhile: main keeps the file for the next unlock.
        .catch(() => undefined);
    };
    take();
    return window.chapter.on('exchange:fileOpened', take);
    // showOfficers only switches the page; taking once per mount is what matters.
  }, []);
}
