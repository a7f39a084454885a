import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useCallback, useEffect, useRef, type CSSProperties, type KeyboardEvent, type MouseEvent, type Ref } from 'react';
import type { Member, SortField } from '../../../shared/roll';
import { gridTemplate, minimumWidth, type Column } from './columns';
import { i18n } from '../i18n';
import { displayName } from './member-fields';
import type { RollSort } from './roll-query';
import type { RowCache } from './row-cache';
import type { RowSelection } from './use-row-selection';

/** Fixed row height: the virtualizer can place any of 100,000 rows without measuring them. */
export const ROW_HEIGHT = 36;
const HEADER_HEIGHT = 38;
const OVERSCAN = 12;

interface RollTableProps {
  cache: RowCache;
  total: number;
  columns: Column[];
  /** The order the rows are in, shown on its header; null while a search orders them its own way. */
  sort: RollSort | null;
  onSort: (field: SortField) => void;
  selection: RowSelection;
  /** The member shown in the panel, marked in the table. */
  openId: string | null;
  /** `fromKeyboard`: Enter, so the panel should take the focus. */
  onOpen: (member: Member, fromKeyboard: boolean) => void;
  onDelete: (ids: string[]) => void;
  /** Changes whenever the question changes: the table goes back to the top. */
  queryKey: string;
  gridRef: Ref<HTMLDivElement>;
}

/**
 * The roll as an ARIA grid. Only the rows on screen (and a few either side) are in the DOM;
 * the rest are fetched as they scroll into view. Focus stays on the grid and
 * aria-activedescendant names the active row, so a row scrolled out of the DOM never takes
 * the focus with it.
 */
export function RollTable({ cache, total, columns, sort, onSort, selection, openId, onOpen, onDelete, queryKey, gridRef }: RollTableProps) {
  const scroller = useRef<HTMLDivElement | null>(null);
  const virtualizer = useVirtualizer({
    count: total,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: OVERSCAN,
    // The sticky header sits above the first row inside the same scroller.
    scrollMargin: HEADER_HEIGHT,
    scrollPaddingStart: HEADER_HEIGHT,
    // React 19 warns about flushSync inside rendering; plain re-renders are smooth enough here.
    useFlushSync: false,
  });
  const items = virtualizer.getVirtualItems();
  const firstIndex = items[0]?.index ?? 0;
  const lastIndex = items[items.length - 1]?.index ?? 0;

  useEffect(() => {
    cache.ensure(firstIndex, lastIndex);
  }, [cache, firstIndex, lastIndex]);

  useEffect(() => {
    if (scroller.current) scroller.current.scrollTop = 0;
  }, [queryKey]);

  const { activeIndex, selected } = selection;
  const idAt = (index: number) => cache.row(index)?.id;
  const template = gridTemplate(columns);
  const layout = { '--roll-columns': template, minWidth: minimumWidth(columns) } as CSSProperties;

  function moveTo(index: number, extend: boolean) {
    if (total === 0) return;
    const clamped = Math.max(0, Math.min(total - 1, index));
    selection.moveTo(clamped, extend ? { idAt } : undefined);
    virtualizer.scrollToIndex(clamped, { align: 'auto' });
  }

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    // Keys typed into the row checkboxes or header buttons are theirs.
    if (event.target !== event.currentTarget) return;
    const current = activeIndex ?? -1;
    const page = Math.max(1, Math.floor((scroller.current?.clientHeight ?? 0) / ROW_HEIGHT) - 1);
    const command = event.ctrlKey || event.metaKey;
    const handled = (() => {
      switch (event.key) {
        case 'ArrowDown':
          moveTo(current + 1, event.shiftKey);
          return true;
        case 'ArrowUp':
          moveTo(Math.max(0, current - 1), event.shiftKey);
          return true;
        case 'PageDown':
          moveTo(current + page, event.shiftKey);
          return true;
        case 'PageUp':
          moveTo(current - page, event.shiftKey);
          return true;
        case 'Home':
          moveTo(0, event.shiftKey);
          return true;
        case 'End':
          moveTo(total - 1, event.shiftKey);
          return true;
        case 'Enter': {
          const member = activeIndex === null ? undefined : cache.row(activeIndex);
          if (member) onOpen(member, true);
          return true;
        }
        case ' ': {
          const id = activeIndex === null ? undefined : idAt(activeIndex);
          if (id) selection.toggle(id);
          return true;
        }
        case 'Delete':
        case 'Backspace': {
          const id = activeIndex === null ? undefined : idAt(activeIndex);
          const ids = selected.size > 0 ? [...selected] : id ? [id] : [];
          if (ids.length > 0) onDelete(ids);
          return true;
        }
        case 'Escape':
          if (selected.size === 0) return false;
          selection.clear();
          return true;
        default:
          if (command && event.key.toLowerCase() === 'a') {
            selection.selectOnly(cache.loadedRows().map((member) => member.id));
            return true;
          }
          return false;
      }
    })();
    if (handled) {
      event.preventDefault();
      event.stopPropagation();
    }
  }

  // One stable click handler for every row, so rows that did not change are not re-rendered.
  const latest = useRef({ selection, onOpen, idAt });
  latest.current = { selection, onOpen, idAt };
  const onRowClick = useCallback((event: MouseEvent, index: number, member: Member) => {
    const { selection: current, onOpen: open, idAt: idOf } = latest.current;
    if (event.shiftKey) current.extendTo(index, idOf);
    else if (event.ctrlKey || event.metaKey) current.toggle(member.id, index);
    else {
      current.moveTo(index);
      open(member, false);
    }
  }, []);

  const loaded = cache.loadedRows();
  const allLoadedSelected = loaded.length > 0 && loaded.every((member) => selected.has(member.id));

  return (
    <div
      ref={(element) => {
        scroller.current = element;
        if (typeof gridRef === 'function') gridRef(element);
        else if (gridRef) gridRef.current = element;
      }}
      className="roll-grid"
      role="grid"
      aria-label={i18n.t('roll:tabs.members')}
      aria-rowcount={total + 1}
      aria-colcount={columns.length + 1}
      aria-multiselectable="true"
      aria-activedescendant={activeIndex !== null && cache.row(activeIndex) ? rowId(activeIndex) : undefined}
      tabIndex={0}
      onKeyDown={onKeyDown}
      onFocus={(event) => {
        // Arriving with the keyboard: start on the first row, so ↓ moves from there.
        if (event.target === event.currentTarget && activeIndex === null && total > 0) selection.moveTo(0);
      }}
    >
      <div className="roll-grid-inner" style={layout}>
        <div role="rowgroup" className="roll-head">
          <div role="row" aria-rowindex={1} className="roll-row roll-head-row">
            <div role="columnheader" className="roll-cell roll-cell-check">
              <input
                type="checkbox"
                aria-label={i18n.t('roll:selectAll')}
                checked={allLoadedSelected}
                ref={(box) => {
                  if (box) box.indeterminate = !allLoadedSelected && selected.size > 0;
                }}
                onChange={(event) => (event.target.checked ? selection.selectOnly(loaded.map((member) => member.id)) : selection.clear())}
              />
            </div>
            {columns.map((column) => (
              <HeaderCell key={column.id} column={column} sort={sort} onSort={onSort} />
            ))}
          </div>
        </div>
        <div role="rowgroup" className="roll-body" style={{ height: virtualizer.getTotalSize() }}>
          {items.map((item) => {
            const member = cache.row(item.index);
            const top = item.start - HEADER_HEIGHT;
            return member ? (
              <MemberRow
                key={member.id}
                index={item.index}
                top={top}
                member={member}
                columns={columns}
                active={item.index === activeIndex}
                selected={selected.has(member.id)}
                open={member.id === openId}
                onClick={onRowClick}
                onToggle={selection.toggle}
              />
            ) : (
              <LoadingRow key={`loading-${item.index}`} index={item.index} top={top} columns={columns} />
            );
          })}
        </div>
      </div>
    </div>
  );
}

function rowId(index: number): string {
  return `roll-row-${index}`;
}

function HeaderCell({ column, sort, onSort }: { column: Column; sort: RollSort | null; onSort: (field: SortField) => void }) {
  const direction = sort && sort.field === column.sortField ? sort.direction : null;
  const ariaSort = direction === 'asc' ? 'ascending' : direction === 'desc' ? 'descending' : undefined;
  const className = `roll-cell roll-head-cell${column.align === 'end' ? ' roll-cell-end' : ''}`;
  if (!column.sortField) {
    return (
      <div role="columnheader" className={className}>
        {column.label}
      </div>
    );
  }
  const field = column.sortField;
  return (
    <div role="columnheader" className={className} aria-sort={ariaSort}>
      <button type="button" className="roll-sort" onClick={() => onSort(field)}>
        {column.label}
        <svg className={`roll-sort-mark${direction ? ` roll-sort-${direction}` : ''}`} width="10" height="10" viewBox="0 0 10 10" aria-hidden="true">
          <path d="M2.5 6.5 5 3.5l2.5 3" />
        </svg>
      </button>
    </div>
  );
}

const MemberRow = memo(function MemberRow({
  index,
  top,
  member,
  columns,
  active,
  selected,
  open,
  onClick,
  onToggle,
}: {
  index: number;
  top: number;
  member: Member;
  columns: Column[];
  active: boolean;
  selected: boolean;
  open: boolean;
  onClick: (event: MouseEvent, index: number, member: Member) => void;
  onToggle: (id: string, index?: number) => void;
}) {
  const classes = ['roll-row', 'roll-body-row', index % 2 === 1 ? 'roll-row-alt' : '', active ? 'roll-row-active' : '', open ? 'roll-row-open' : '']
    .filter(Boolean)
    .join(' ');
  return (
    <div
      role="row"
      id={rowId(index)}
      aria-rowindex={index + 2}
      aria-selected={selected}
      aria-current={open ? 'true' : undefined}
      className={classes}
      style={{ transform: `translateY(${top}px)` }}
      onClick={(event) => onClick(event, index, member)}
    >
      <div role="gridcell" className="roll-cell roll-cell-check">
        <input
          type="checkbox"
          tabIndex={-1}
          aria-label={i18n.t('roll:selectMember', { name: displayName(member) })}
          checked={selected}
          onClick={(event) => event.stopPropagation()}
          onChange={() => onToggle(member.id, index)}
        />
      </div>
      {columns.map((column) => (
        <div
          key={column.id}
          role="gridcell"
          className={`roll-cell${column.align === 'end' ? ' roll-cell-end' : ''}`}
          title={column.text(member) || undefined}
        >
          {column.cell(member)}
        </div>
      ))}
    </div>
  );
});

function LoadingRow({ index, top, columns }: { index: number; top: number; columns: Column[] }) {
  return (
    <div role="row" aria-rowindex={index + 2} aria-busy="true" className="roll-row roll-body-row roll-row-loading" style={{ transform: `translateY(${top}px)` }}>
      <div role="gridcell" className="roll-cell roll-cell-check" />
      {columns.map((column) => (
        <div key={column.id} role="gridcell" className="roll-cell">
          <span className="skeleton" />
        </div>
      ))}
    </div>
  );
}
