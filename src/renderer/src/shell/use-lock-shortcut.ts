import { useEffect } from 'react';

const isMac = /Mac|iPhone|iPad/.test(navigator.userAgent);

/** How the shortcut is shown on the Lock button, and how it is announced (aria-keyshortcuts). */
export const lockShortcut = isMac ? { label: '⌘L', aria: 'Meta+L' } : { label: 'Ctrl+L', aria: 'Control+L' };

/** Ctrl+L (⌘L on a Mac) locks from anywhere in the app, even while typing in a field. */
export function useLockShortcut(onLock: () => void): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const modifier = isMac ? event.metaKey : event.ctrlKey;
      if (modifier && !event.shiftKey && !event.altKey && event.key.toLowerCase() === 'l') {
        event.preventDefault();
        onLock();
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [onLock]);
}
