import { useTranslation } from 'react-i18next';
import { useEffect, useRef } from 'react';
import { useAppCommand } from '../shell/app-commands';

const isMac = /Mac|iPhone|iPad/.test(navigator.userAgent);

/** Whether a key press happened while typing somewhere, where "/" is just a character. */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/**
 * The roll's search field. "/" (when not typing elsewhere) or Ctrl+F / ⌘F focuses it; Esc
 * clears it. The page debounces what is typed before it asks the service.
 */
export function SearchBox({
  value,
  onChange,
  onArrowDown,
}: {
  value: string;
  onChange: (value: string) => void;
  /** ↓ from the search goes down into the results. */
  onArrowDown: () => void;
}) {
  const { t } = useTranslation('roll');
  const input = useRef<HTMLInputElement>(null);
  useAppCommand('search-members', () => {
    input.current?.focus();
    input.current?.select();
  });

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const find = (isMac ? event.metaKey : event.ctrlKey) && !event.altKey && event.key.toLowerCase() === 'f';
      const slash = event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey && !isTyping(event.target);
      // A dialog (add member) owns the keyboard while it is open.
      if ((find || slash) && !document.querySelector('dialog[open]')) {
        event.preventDefault();
        input.current?.focus();
        input.current?.select();
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);

  return (
    <div className="roll-search">
      <svg className="roll-search-icon" width="16" height="16" viewBox="0 0 16 16" aria-hidden="true">
        <circle cx="7" cy="7" r="4.5" />
        <path d="m10.5 10.5 3 3" />
      </svg>
      <input
        ref={input}
        type="search"
        className="input roll-search-input"
        placeholder={t('search.placeholder')}
        aria-label={t('search.label')}
        aria-keyshortcuts={isMac ? '/ Meta+F' : '/ Control+F'}
        spellCheck={false}
        autoComplete="off"
        value={value}
        onChange={(event) => onChange(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Escape' && value) {
            event.preventDefault();
            event.stopPropagation();
            onChange('');
          } else if (event.key === 'ArrowDown') {
            event.preventDefault();
            onArrowDown();
          }
        }}
      />
      <kbd className="shortcut roll-search-shortcut" aria-hidden="true">
        /
      </kbd>
    </div>
  );
}
