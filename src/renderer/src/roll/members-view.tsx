import { useTranslation } from 'react-i18next';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Member, SavedView, SortField } from '../../../shared/roll';
import { ErrorAlert } from '../ui/alerts';
import { errorMessage } from '../ui/errors';
import { AddMemberDialog } from './add-member-dialog';
import { BulkBar, type BulkChange } from './bulk-bar';
import { ColumnChooser } from './column-chooser';
import { availableColumns, DEFAULT_COLUMN_IDS, visibleColumns } from './columns';
import { FilterChips } from './filter-chips';
import { FilterMenu } from './filter-menu';
import { ImportButton } from './import/import-button';
import { MemberPanel } from './member-panel';
import { i18n } from '../i18n';
import { useAppCommand } from '../shell/app-commands';
import { formatCount, memberCount } from './member-fields';
import { OutputMenu } from './output/output-menu';
import { BreakdownButton } from '../campaigns/breakdown-button';
import { RollEmpty, RollNoMatches } from './roll-empty';
import { filterCategories, filterChips, implicitSort, isNarrowed, nextSort } from './roll-query';
import { RollTable } from './roll-table';
import { SavedViewsMenu } from './saved-views-menu';
import { SearchBox } from './search-box';
import { Toast } from './toast';
import type { RollQueryState } from './use-roll-query-state';
import { useRollFacets, useRollSize, type RollSetup } from './use-roll-setup';
import { useRowCache } from './use-row-cache';
import { useRowSelection } from './use-row-selection';

export interface ColumnChoice {
  chosen: string[] | null;
  onChange: (chosen: string[] | null) => void;
}

/** A toast; `id` tells two alike ("Deleted 1 member" twice) apart, so each gets its full time. */
type Notice = { id: number; message: string; undo?: string };

/**
 * The Members tab: toolbar, the virtualized table, the bulk bar, the member panel, the add
 * dialog and the undo toast. It owns what the officer is doing (selection, open member); the
 * rows themselves live in the row cache.
 */
export function MembersView({
  setup,
  queryState,
  onViewsChange,
  officerName,
  columnChoice,
}: {
  setup: RollSetup;
  queryState: RollQueryState;
  onViewsChange: (views: SavedView[]) => void;
  officerName: string;
  columnChoice: ColumnChoice;
}) {
  const { settings, customFields, views } = setup;
  const kind = settings.chapterKind;
  const { query, typedQuery, filter, setFilter, sort, setSort, searchText, setSearchText } = queryState;
  const queryKey = JSON.stringify(query);

  const cache = useRowCache(query);
  const total = cache.total ?? 0;
  const narrowed = isNarrowed(query);
  const rollSize = useRollSize(narrowed);
  const { facets, loaded: facetsLoaded, want: wantFacets } = useRollFacets();
  const selection = useRowSelection();
  const gridRef = useRef<HTMLDivElement>(null);

  const { t } = useTranslation(['roll', 'common']);
  const [open, setOpen] = useState<{ id: string; fromKeyboard: boolean } | null>(null);
  const [adding, setAdding] = useState(false);
  useAppCommand('new-member', () => setAdding(true));
  useAppCommand('open-member', ({ id }) => setOpen({ id, fromKeyboard: true }));
  const [notice, setNoticeState] = useState<Notice | null>(null);
  const noticeCount = useRef(0);
  const setNotice = useCallback((next: Omit<Notice, 'id'> | null) => setNoticeState(next && { ...next, id: ++noticeCount.current }), []);
  const [actionError, setActionError] = useState<string | null>(null);
  // A member just added: make it the active row once the fresh rows show where it landed.
  const [activateWhenLoaded, setActivateWhenLoaded] = useState<string | null>(null);

  // A new question starts a new selection: deleting rows no longer on screen would be a surprise.
  const { reset, moveTo } = selection;
  useEffect(() => reset(), [queryKey, reset]);

  const landedAt = activateWhenLoaded ? cache.indexOf(activateWhenLoaded) : null;
  useEffect(() => {
    if (landedAt === null) return;
    moveTo(landedAt);
    setActivateWhenLoaded(null);
  }, [landedAt, moveTo]);

  const categories = useMemo(() => filterCategories(kind, facets, customFields), [kind, facets, customFields]);
  const chips = useMemo(() => filterChips(filter, categories), [filter, categories]);
  const available = useMemo(() => availableColumns(kind, customFields), [kind, customFields]);
  const chosen = columnChoice.chosen ?? DEFAULT_COLUMN_IDS[kind];
  const columns = useMemo(() => visibleColumns(available, chosen), [available, chosen]);

  const searching = Boolean(query.search);
  const onSort = useCallback((field: SortField) => setSort((current) => nextSort(current, field, searching)), [setSort, searching]);
  const onOpen = useCallback((member: Member, fromKeyboard: boolean) => setOpen({ id: member.id, fromKeyboard }), []);
  const dismissNotice = useCallback(() => setNotice(null), [setNotice]);

  /** Deleting needs no "are you sure": the toast offers Undo. */
  async function deleteMembers(ids: string[]) {
    setActionError(null);
    try {
      const { count, undo } = await window.chapter.roll.delete({ ids });
      selection.clear();
      setOpen((current) => (current && ids.includes(current.id) ? null : current));
      setNotice({ message: t('toast.deleted', { count }), undo });
    } catch (failure) {
      setActionError(errorMessage(failure));
    }
  }

  async function undoDelete(undo: string) {
    setNotice(null);
    try {
      const { count } = await window.chapter.roll.undo({ undo });
      setNotice({ message: t('toast.restored', { count }) });
    } catch (failure) {
      setActionError(errorMessage(failure));
    }
  }

  async function bulkChange(change: BulkChange) {
    const ids = [...selection.selected];
    const { count } = await window.chapter.roll.bulkUpdate({ ids, ...change });
    const message =
      'addTags' in change
        ? t('toast.tagged', { count, tag: change.addTags[0] })
        : 'removeTags' in change
          ? t('toast.untagged', { count, tag: change.removeTags[0] })
          : t('toast.statusSet', { count, status: change.status });
    setNotice({ message });
  }

  function closePanel() {
    setOpen(null);
    gridRef.current?.focus();
  }

  // Esc anywhere (outside a menu, the search or a dialog, which handle it themselves) closes the panel.
  const panelOpen = open !== null;
  useEffect(() => {
    if (!panelOpen) return;
    const onKeyDown = (event: globalThis.KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented || document.querySelector('dialog[open]')) return;
      event.preventDefault();
      setOpen(null);
      gridRef.current?.focus();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [panelOpen]);

  // An import started from the empty roll keeps the empty roll (and its dialog) until it is closed.
  const [importingIntoEmpty, setImportingIntoEmpty] = useState(false);
  const showEmptyRoll = importingIntoEmpty || (!narrowed && cache.total === 0);

  return (
    <div className="roll-members">
      <div className="roll-toolbar" role="toolbar" aria-label={t('title')}>
        <SearchBox value={searchText} onChange={setSearchText} onArrowDown={() => gridRef.current?.focus()} />
        <FilterMenu categories={categories} filter={filter} onChange={setFilter} onOpen={wantFacets} loaded={facetsLoaded} />
        <SavedViewsMenu views={views} currentQuery={typedQuery} onApply={queryState.applyView} onViewsChange={onViewsChange} />
        <div className="roll-toolbar-end">
          <ImportButton />
          <BreakdownButton query={query} />
          <OutputMenu query={query} />
          <button type="button" className="button button-primary" onClick={() => setAdding(true)}>
            <svg className="button-icon" width="16" height="16" viewBox="0 0 16 16" aria-hidden="true">
              <path d="M8 3v10M3 8h10" />
            </svg>
            {t('addMember')}
          </button>
        </div>
      </div>
      <FilterChips chips={chips} filter={filter} onChange={setFilter} />
      {showEmptyRoll ? null : (
        <div className="roll-summary">
          {selection.selected.size > 0 ? (
            <BulkBar
              count={selection.selected.size}
              tags={facets.tags}
              statuses={settings.statuses}
              onWantTags={wantFacets}
              onChange={bulkChange}
              onDelete={() => void deleteMembers([...selection.selected])}
              onClear={selection.clear}
            />
          ) : null}
          <p className="roll-count" aria-live="polite" data-testid="roll-count">
            {rollCount(cache.total, rollSize, narrowed)}
          </p>
          {selection.selected.size > 0 ? null : (
            <ColumnChooser
              available={available}
              chosen={chosen}
              onChange={(next) => columnChoice.onChange(next)}
              onReset={() => columnChoice.onChange(null)}
            />
          )}
        </div>
      )}
      <ErrorAlert message={actionError} />
      {cache.error ? (
        <div className="roll-error">
          <ErrorAlert message={errorMessage(cache.error)} />
          <button type="button" className="button button-secondary" onClick={() => cache.retry()}>
            {t('tryAgain')}
          </button>
        </div>
      ) : null}
      <div className="roll-main">
        {showEmptyRoll ? (
          <RollEmpty onAdd={() => setAdding(true)} importButton={<ImportButton onOpenChange={setImportingIntoEmpty} />} />
        ) : cache.total === 0 && narrowed ? (
          <RollNoMatches search={query.search ?? ''} filtered={chips.length > 0} onClear={queryState.clear} />
        ) : (
          <RollTable
            cache={cache}
            total={total}
            columns={columns}
            sort={sort ?? implicitSort(searching)}
            onSort={onSort}
            selection={selection}
            openId={open?.id ?? null}
            onOpen={onOpen}
            onDelete={(ids) => void deleteMembers(ids)}
            queryKey={queryKey}
            gridRef={gridRef}
          />
        )}
        {open ? (
          <MemberPanel
            key={open.id}
            id={open.id}
            kind={kind}
            statuses={settings.statuses}
            customFields={customFields}
            officerName={officerName}
            takeFocus={open.fromKeyboard}
            onClose={closePanel}
          />
        ) : null}
      </div>
      {adding ? (
        <AddMemberDialog
          kind={kind}
          statuses={settings.statuses}
          customFields={customFields}
          onClose={() => setAdding(false)}
          onAdded={(member) => {
            setAdding(false);
            setOpen({ id: member.id, fromKeyboard: false });
            setActivateWhenLoaded(member.id);
            setNotice({ message: t('toast.added', { name: [member.first_name, member.last_name].filter(Boolean).join(' ') || t('theMember') }) });
          }}
        />
      ) : null}
      {notice ? (
        <Toast
          key={notice.id}
          message={notice.message}
          onDismiss={dismissNotice}
          {...(notice.undo ? { action: { label: t('common:actions.undo'), run: () => void undoDelete(notice.undo!) } } : {})}
        />
      ) : null}
    </div>
  );
}

/** "1,234 members", or "12 of 1,234 members" while searching or filtering. */
function rollCount(shown: number | null, rollSize: number | null, narrowed: boolean): string {
  if (shown === null) return i18n.t('roll:loading');
  if (!narrowed || rollSize === null) return memberCount(shown);
  return i18n.t('roll:countOf', { shown: formatCount(shown), total: memberCount(rollSize) });
}
