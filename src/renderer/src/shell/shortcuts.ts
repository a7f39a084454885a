import { useEffect } from 'react';

export const isMac = /Mac|iPhone|iPad/.test(navigator.userAgent);
const mod = isMac ? '⌘' : 'Ctrl+';

/** How a shortcut is shown, and how it is announced (aria-keyshortcuts). */
export const paletteShortcut = isMac ? { label: '⌘K', aria: 'Meta+K' } : { label: 'Ctrl+K', aria: 'Control+K' };

/** Every shortcut, for the help dialog: keys as shown, and the i18n key of what they do. */
export const SHORTCUTS = [
  { keys: [paletteShortcut.label], action: 'palette' },
  { keys: [`${mod}L`], action: 'lock' },
  { keys: ['/', `${mod}F`], action: 'search' },
  { keys: ['↑', '↓'], action: 'rows' },
  { keys: ['Enter'], action: 'open' },
  { keys: ['Delete'], action: 'delete' },
  { keys: ['Esc'], action: 'escape' },
  { keys: ['?'], action: 'help' },
] as const;

/** Whether a key press happened while typing somewhere, where "?" is just a character. */
export function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/** Ctrl+K (⌘K) opens the palette from anywhere, even while typing; "?" opens the shortcuts when not typing. */
export function useShellShortcuts(onPalette: () => void, onHelp: () => void): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const modifier = isMac ? event.metaKey : event.ctrlKey;
      if (modifier && !event.shiftKey && !event.altKey && event.key.toLowerCase() === 'k') {
        event.preventDefault();
        onPalette();
        return;
      }
      if (event.key === '?' && !event.ctrlKey && !event.metaKey && !event.altKey && !isTyping(event.target)) {
        // Another dialog owns the keyboard while it is open.
        if (document.querySelector('dialog[open]')) return;
        event.preventDefault();
        onHelp();
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [onPalette, onHelp]);
}
