/**
 * Search across all minutes: one document per agenda item (title, notes, its motions and action
 * items) in the minutes_search FTS5 index. Every word must match, the last one as a prefix, so
 * results narrow as the officer types; the best matches come first, titles weighing most.
 */
import type { MinutesSearchHit } from '../../shared/meetings';
import { all, sql } from '../db/sql';
import type { VaultContext } from '../core/context';

const MAX_HITS = 50;
/**
 * Scoring every match of a word found in nearly every item ("tenants", "the") costs tens of
 * milliseconds at 30,000 items: only the most recent matches are ranked, which is all of them for
 * any word that actually narrows the search.
 */
const RANKED = 500;
const SNIPPET_CHARS = 160;

/** Lowercase, accents off, code unit for code unit where the text is NFC (close enough to place a snippet). */
const fold = (text: string): string => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** Words of the query, FTS5-quoted so that no operator or column filter can be smuggled in. */
export function searchTerms(query: string): string[] {
  return fold(query).match(/[\p{L}\p{N}]+/gu) ?? [];
}

function matchExpression(terms: string[]): string {
  return terms.map((term, index) => `"${term}"${index === terms.length - 1 ? '*' : ''}`).join(' ');
}

/** Markdown punctuation off, white space collapsed: the snippet is read, not rendered. */
const plain = (text: string): string => text.replace(/[*_`#>|~[\]]+/g, '').replace(/\s+/g, ' ').trim();

export function snippetOf(text: string, terms: string[]): string {
  const body = plain(text);
  const folded = fold(body);
  const at = Math.min(...terms.map((term) => folded.indexOf(term)).filter((index) => index >= 0), Number.MAX_SAFE_INTEGER);
  if (at === Number.MAX_SAFE_INTEGER) return body.length > SNIPPET_CHARS ? `${body.slice(0, SNIPPET_CHARS).trimEnd()}…` : body;
  const start = Math.max(0, at - 50);
  const end = Math.min(body.length, start + SNIPPET_CHARS);
  return `${start > 0 ? '…' : ''}${body.slice(start, end).trim()}${end < body.length ? '…' : ''}`;
}

export function searchMinutes(context: VaultContext, query: string): MinutesSearchHit[] {
  const terms = searchTerms(query);
  if (terms.length === 0) return [];
  const rows = all<{ meeting_id: string; meeting_title: string; starts_at: string; item_id: string; item_title: string; body: string }>(
    context.db,
    sql`WITH recent AS (SELECT rowid, rank FROM minutes_search WHERE minutes_search MATCH ${matchExpression(terms)} ORDER BY rowid DESC LIMIT ${RANKED}),
             hits AS (SELECT rowid, rank FROM recent ORDER BY rank LIMIT ${MAX_HITS})
        SELECT m.id AS meeting_id, m.title AS meeting_title, m.starts_at, a.id AS item_id, a.title AS item_title, d.body
        FROM hits JOIN agenda_items a ON a.seq = hits.rowid JOIN meetings m ON m.id = a.meeting_id
        JOIN minutes_search_documents d ON d.seq = a.seq
        ORDER BY hits.rank`,
  );
  return rows.map((row) => ({
    meetingId: row.meeting_id,
    title: row.meeting_title,
    date: row.starts_at,
    agendaItemId: row.item_id,
    itemTitle: row.item_title,
    snippet: snippetOf(row.body || row.item_title, terms),
  }));
}
