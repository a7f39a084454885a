import { useCallback, useMemo, useState } from 'react';

/**
 * Which rows are selected (by member id) and which row the keyboard is on (by index).
 * Shift+↑/↓ and Shift+click select from an anchor row to the active one, on top of what was
 * selected before the anchor was set, so reversing direction shrinks the range again.
 */
export interface RowSelection {
  selected: ReadonlySet<string>;
  activeIndex: number | null;
  /** Moves the keyboard to `index`; without `extend` the range anchor is forgotten. */
  moveTo(index: number, extend?: { idAt: (index: number) => string | undefined }): void;
  /** Space, or a click on the row's checkbox (which also makes that row the active one). */
  toggle(id: string, index?: number): void;
  /** Shift+click: from the anchor (or the active row) to `index`. */
  extendTo(index: number, idAt: (index: number) => string | undefined): void;
  selectOnly(ids: readonly string[]): void;
  clear(): void;
  /** A new question: nothing selected, no active row. */
  reset(): void;
}

interface State {
  selected: ReadonlySet<string>;
  activeIndex: number | null;
  anchor: { index: number; before: ReadonlySet<string> } | null;
}

const EMPTY: State = { selected: new Set(), activeIndex: null, anchor: null };

function withRange(state: State, to: number, idAt: (index: number) => string | undefined): State {
  const anchor = state.anchor ?? { index: state.activeIndex ?? to, before: state.selected };
  const selected = new Set(anchor.before);
  const [from, until] = anchor.index <= to ? [anchor.index, to] : [to, anchor.index];
  for (let index = from; index <= until; index++) {
    const id = idAt(index);
    if (id) selected.add(id);
  }
  return { selected, activeIndex: to, anchor };
}

export function useRowSelection(): RowSelection {
  const [state, setState] = useState<State>(EMPTY);

  const moveTo = useCallback((index: number, extend?: { idAt: (index: number) => string | undefined }) => {
    setState((current) => (extend ? withRange(current, index, extend.idAt) : { ...current, activeIndex: index, anchor: null }));
  }, []);

  const extendTo = useCallback((index: number, idAt: (index: number) => string | undefined) => {
    setState((current) => withRange(current, index, idAt));
  }, []);

  const toggle = useCallback((id: string, index?: number) => {
    setState((current) => {
      const selected = new Set(current.selected);
      if (selected.has(id)) selected.delete(id);
      else selected.add(id);
      return { selected, activeIndex: index ?? current.activeIndex, anchor: null };
    });
  }, []);

  const selectOnly = useCallback((ids: readonly string[]) => {
    setState((current) => ({ ...current, selected: new Set(ids), anchor: null }));
  }, []);

  const clear = useCallback(() => setState((current) => ({ ...current, selected: new Set(), anchor: null })), []);

  const reset = useCallback(() => setState(EMPTY), []);

  return useMemo(
    () => ({ selected: state.selected, activeIndex: state.activeIndex, moveTo, toggle, extendTo, selectOnly, clear, reset }),
    [state, moveTo, toggle, extendTo, selectOnly, clear, reset],
  );
}
