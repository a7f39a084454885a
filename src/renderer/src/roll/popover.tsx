import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';

/**
 * A button that opens a small panel under it (filters, saved views, columns). It closes on
 * Esc, on a click outside it, or when its content says so; focus goes back to the button.
 */
export function Popover({
  buttonLabel,
  buttonContent,
  panelLabel,
  className,
  align = 'start',
  side = 'below',
  disabled,
  onOpen,
  children,
}: {
  /** The button's accessible name when its content is not plain text. */
  buttonLabel?: string;
  buttonContent: ReactNode;
  panelLabel: string;
  className?: string;
  align?: 'start' | 'end';
  /** Above, for a bar at the bottom of the window. */
  side?: 'below' | 'above';
  disabled?: boolean;
  /** Called as the panel opens, e.g. to fetch what it lists. */
  onOpen?: () => void;
  children: (close: () => void) => ReactNode;
}) {
  const [open, setOpen] = useState(false);
  const anchor = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const panelId = useId();

  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: PointerEvent) => {
      if (!anchor.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown, true);
    return () => document.removeEventListener('pointerdown', onPointerDown, true);
  }, [open]);

  function close() {
    setOpen(false);
    button.current?.focus();
  }

  function onKeyDown(event: KeyboardEvent) {
    if (event.key === 'Escape' && open) {
      // Esc closes this panel only, not the member panel or the search behind it.
      event.stopPropagation();
      event.preventDefault();
      close();
    }
  }

  return (
    <div className="popover-anchor" ref={anchor} onKeyDown={onKeyDown}>
      <button
        ref={button}
        type="button"
        className={`button button-secondary ${className ?? ''}`}
        aria-expanded={open}
        aria-controls={open ? panelId : undefined}
        aria-label={buttonLabel}
        disabled={disabled}
        onClick={() => {
          if (!open) onOpen?.();
          setOpen(!open);
        }}
      >
        {buttonContent}
      </button>
      {open ? (
        <div id={panelId} role="dialog" aria-label={panelLabel} className={`popover popover-${align} popover-${side}`}>
          {children(close)}
        </div>
      ) : null}
    </div>
  );
}

export function ChevronDown() {
  return (
    <svg className="chevron" width="12" height="12" viewBox="0 0 12 12" aria-hidden="true">
      <path d="M3 4.5 6 7.5 9 4.5" />
    </svg>
  );
}
