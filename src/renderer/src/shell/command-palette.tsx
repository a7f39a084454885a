import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Member, SavedView } from '../../../shared/roll';
import { displayName } from '../roll/member-fields';

const MEMBERS_SHOWN = 5;

export interface PaletteAction {
  id: string;
  label: string;
  /** Shown dimmed after the label, e.g. "Saved view" or a shortcut. */
  hint?: string;
  /** Going to a page ranks above doing something: "meet" + Enter opens Meetings, not a new meeting. */
  navigates?: boolean;
  run: () => void;
}

/** Accents and case do not matter when looking for an action: "reunion" finds "Nueva reunión". */
const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/**
 * Ctrl+K: type a few letters of what you want to do, Enter does it. A combobox with a listbox
 * (the ARIA pattern screen readers know): ↑/↓ move, Enter runs, Esc closes, and focus returns to
 * where it was (or to the page's heading, when the action took the officer to another page).
 */
export function CommandPalette({
  actions,
  loadViews,
  onApplyView,
  onOpenMember,
  onClose,
}: {
  actions: PaletteAction[];
  /** The roll's saved views, fetched when the palette opens. */
  loadViews: () => Promise<SavedView[]>;
  onApplyView: (view: SavedView) => void;
  /** Members found by name as the officer types: Enter opens the member. */
  onOpenMember: (member: Member) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  const input = useRef<HTMLInputElement>(null);
  const returnTo = useRef<Element | null>(null);
  const [text, setText] = useState('');
  const [active, setActive] = useState(0);
  const [views, setViews] = useState<SavedView[]>([]);
  const [members, setMembers] = useState<{ text: string; rows: Member[] }>({ text: '', rows: [] });
  const listId = useId();

  useEffect(() => {
    returnTo.current = document.activeElement;
    dialog.current?.showModal();
    input.current?.focus();
    let current = true;
    loadViews()
      .then((loaded) => current && setViews(loaded))
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, [loadViews]);

  useEffect(() => {
    const needle = text.trim();
    if (needle.length < 2) {
      setMembers({ text: '', rows: [] });
      return;
    }
    let current = true;
    window.chapter.roll
      .list({ search: needle, limit: MEMBERS_SHOWN })
      .then((page) => current && setMembers({ text: needle, rows: page.rows }))
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, [text]);

  const all = useMemo<PaletteAction[]>(
    () => [
      ...actions,
      ...views.map((view) => ({
        id: `view-${view.id}`,
        label: t('palette.switchView', { name: view.name }),
        hint: t('palette.savedView'),
        run: () => onApplyView(view),
      })),
    ],
    [actions, views, onApplyView, t],
  );
  const shown = useMemo(() => {
    const needle = fold(text.trim());
    if (!needle) return all;
    const matching = all.filter((action) => fold(action.label).includes(needle));
    const found = members.text === text.trim() ? members.rows : [];
    const people: PaletteAction[] = found.map((member) => ({
      id: `member-${member.id}`,
      label: displayName(member),
      hint: [member.building || member.workplace, member.unit].filter(Boolean).join(' · ') || t('palette.member'),
      run: () => onOpenMember(member),
    }));
    // Pages first, then what the words name among the actions, then the people found.
    return [...matching.filter((action) => action.navigates), ...matching.filter((action) => !action.navigates), ...people];
  }, [all, text, members, onOpenMember, t]);
  const activeIndex = Math.min(active, Math.max(shown.length - 1, 0));

  function close(then?: () => void) {
    dialog.current?.close();
    onClose();
    then?.();
    // After the page has changed, the element that had focus may be gone: the page's heading then.
    requestAnimationFrame(() => {
      const back = returnTo.current;
      if (!then && back instanceof HTMLElement && back.isConnected) {
        back.focus();
        return;
      }
      const heading = document.getElementById('page-title');
      if (document.activeElement === document.body || !document.activeElement) {
        if (heading) {
          heading.tabIndex = -1;
          heading.focus();
        }
      }
    });
  }

  function onKeyDown(event: KeyboardEvent) {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setActive((activeIndex + 1) % Math.max(shown.length, 1));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((activeIndex - 1 + shown.length) % Math.max(shown.length, 1));
    } else if (event.key === 'Home') {
      event.preventDefault();
      setActive(0);
    } else if (event.key === 'End') {
      event.preventDefault();
      setActive(Math.max(shown.length - 1, 0));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const chosen = shown[activeIndex];
      if (chosen) close(chosen.run);
    }
  }

  const optionId = (index: number) => `${listId}-option-${index}`;

  return (
    <dialog
      ref={dialog}
      className="dialog palette"
      aria-label={t('palette.title')}
      onCancel={(event) => {
        event.preventDefault();
        close();
      }}
      onClick={(event) => {
        // A click on the backdrop (the dialog itself, outside its content) closes it.
        if (event.target === dialog.current) close();
      }}
    >
      <div className="palette-body">
        <input
          ref={input}
          className="input palette-input"
          role="combobox"
          aria-expanded="true"
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={shown.length > 0 ? optionId(activeIndex) : undefined}
          aria-label={t('palette.label')}
          placeholder={t('palette.placeholder')}
          autoComplete="off"
          spellCheck={false}
          value={text}
          onChange={(event) => {
            setText(event.target.value);
            setActive(0);
          }}
          onKeyDown={onKeyDown}
        />
        <ul id={listId} role="listbox" className="palette-list" aria-label={t('palette.actions')}>
          {shown.map((action, index) => (
            <li
              key={action.id}
              id={optionId(index)}
              role="option"
              aria-selected={index === activeIndex}
              className="palette-option"
              onMouseMove={() => setActive(index)}
              onClick={() => close(action.run)}
            >
              <span>{action.label}</span>
              {action.hint ? <span className="palette-hint">{action.hint}</span> : null}
            </li>
          ))}
        </ul>
        {shown.length === 0 ? <p className="palette-empty">{t('palette.none')}</p> : null}
      </div>
    </dialog>
  );
}
