/**
 * The roll's rows, fetched a page at a time as the table scrolls. One instance lives in the
 * Roll page's React state (never at module level), so locking the vault drops every row.
 *
 * - Pages are cached by offset and fetched once; the pages far from what is on screen are
 *   dropped, so scrolling through 100,000 members does not keep them all.
 * - After a change (an edit, a delete) the pages are fetched again, but the old rows stay on
 *   screen until their replacements arrive, so the table does not flash.
 */
import type { Member, RollPage, RollQuery } from '../../../shared/roll';

export const PAGE_SIZE = 150;
const MAX_CACHED_PAGES = 40;

type FetchPage = (query: RollQuery) => Promise<RollPage>;

export class RowCache {
  private query: RollQuery = {};
  private pages = new Map<number, Member[]>();
  /** Rows of the previous fetch, shown until a fresh page replaces them. */
  private stale = new Map<number, Member[]>();
  /** Stale rows belong to another query: drop them all as soon as the first fresh page lands. */
  private staleIsOtherQuery = false;
  private inFlight = new Set<number>();
  private wanted = { start: 0, end: PAGE_SIZE - 1 };
  /** Bumped on every reset, so an answer to an older question is ignored. */
  private generation = 0;
  /** Nothing is fetched before the first question is asked. */
  private asked = false;
  /** A change arrived while pages were on their way (see refreshSoon). */
  private refreshWhenLanded = false;

  total: number | null = null;
  error: unknown = null;

  constructor(
    private readonly fetchPage: FetchPage,
    private readonly onChange: () => void,
  ) {}

  /** A new question (search, filter, sort): start over. */
  setQuery(query: RollQuery): void {
    this.query = query;
    this.asked = true;
    this.staleIsOtherQuery = true;
    // The table scrolls back to the top for a new question.
    this.wanted = { start: 0, end: this.wanted.end - this.wanted.start };
    this.restart();
  }

  /** Same question, fresh answers (after a write). */
  refresh(): void {
    this.staleIsOtherQuery = false;
    this.restart();
  }

  /**
   * After a change: fresh answers now, or, while pages are on their way, once they have landed,
   * so a burst of changes (members added one by one) costs a few reads, not one per change.
   */
  refreshSoon(): void {
    if (this.inFlight.size > 0) this.refreshWhenLanded = true;
    else this.refresh();
  }

  private restart(): void {
    this.generation++;
    this.refreshWhenLanded = false;
    // Only the rows on screen are worth keeping until their replacements arrive.
    const first = pageOffset(this.wanted.start);
    const onScreen = (offset: number) => offset >= first && offset <= this.wanted.end;
    this.stale = new Map([...this.stale, ...this.pages].filter(([offset]) => onScreen(offset)));
    this.pages = new Map();
    this.inFlight.clear();
    this.error = null;
    this.ensure(this.wanted.start, this.wanted.end);
  }

  row(index: number): Member | undefined {
    const offset = pageOffset(index);
    const page = this.pages.get(offset) ?? this.stale.get(offset);
    return page?.[index - offset];
  }

  /** Every row fetched for the current question, in order (what "select all loaded" selects). */
  loadedRows(): Member[] {
    return [...this.pages.entries()].sort(([a], [b]) => a - b).flatMap(([, rows]) => rows);
  }

  indexOf(id: string): number | null {
    for (const [offset, rows] of this.pages) {
      const at = rows.findIndex((row) => row.id === id);
      if (at >= 0) return offset + at;
    }
    return null;
  }

  /** Rows start…end (inclusive) are on screen or about to be: fetch the pages they need. */
  ensure(start: number, end: number): void {
    this.wanted = { start: Math.max(0, start), end: Math.max(start, end) };
    if (!this.asked) return;
    const last = this.total === null ? this.wanted.start : Math.min(this.wanted.end, this.total - 1);
    for (let offset = pageOffset(this.wanted.start); offset <= Math.max(last, this.wanted.start); offset += PAGE_SIZE) {
      if (this.pages.has(offset) || this.inFlight.has(offset)) continue;
      if (this.total !== null && offset >= this.total && offset > 0) break;
      void this.load(offset);
    }
  }

  private async load(offset: number): Promise<void> {
    const generation = this.generation;
    this.inFlight.add(offset);
    try {
      const page = await this.fetchPage({ ...this.query, offset, limit: PAGE_SIZE });
      if (generation !== this.generation) return;
      this.pages.set(offset, page.rows);
      this.total = page.total;
      this.error = null;
      if (this.staleIsOtherQuery) this.stale.clear();
      else this.stale.delete(offset);
      this.evictFarPages();
    } catch (error) {
      if (generation !== this.generation) return;
      this.error = error;
    } finally {
      if (generation === this.generation) this.inFlight.delete(offset);
    }
    this.onChange();
    if (generation !== this.generation) return;
    if (this.refreshWhenLanded && this.inFlight.size === 0) {
      this.refresh();
      return;
    }
    // The total may have grown the range worth fetching (the first page tells how many rows there are).
    if (this.error === null) this.ensure(this.wanted.start, this.wanted.end);
  }

  private evictFarPages(): void {
    if (this.pages.size <= MAX_CACHED_PAGES) return;
    const middle = (this.wanted.start + this.wanted.end) / 2;
    const byDistance = [...this.pages.keys()].sort((a, b) => Math.abs(b - middle) - Math.abs(a - middle));
    for (const offset of byDistance.slice(0, this.pages.size - MAX_CACHED_PAGES)) this.pages.delete(offset);
  }

  /** Try the pages on screen again after a failure. */
  retry(): void {
    this.error = null;
    this.ensure(this.wanted.start, this.wanted.end);
    this.onChange();
  }
}

function pageOffset(index: number): number {
  return Math.floor(index / PAGE_SIZE) * PAGE_SIZE;
}
