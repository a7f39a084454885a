import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { MinutesSearchHit } from '../../../shared/meetings';
import { useDebouncedValue } from '../roll/use-debounced-value';
import { ErrorAlert } from '../ui/alerts';
import { errorMessage } from '../ui/errors';
import { formatMeetingDate } from './format';

/** Search across every meeting's minutes; each hit opens its meeting at its agenda item. */
export function MinutesSearch({
  query,
  onQueryChange,
  onOpen,
}: {
  query: string;
  onQueryChange: (query: string) => void;
  onOpen: (meetingId: string, itemId?: string) => void;
}) {
  const { t } = useTranslation('meetings');
  const debounced = useDebouncedValue(query.trim(), 200);
  const [hits, setHits] = useState<{ q: string; hits: MinutesSearchHit[] } | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (!debounced) {
      setHits(null);
      return;
    }
    let current = true;
    window.chapter.meetings
      .search({ q: debounced })
      .then((found) => {
        if (!current) return;
        setHits({ q: debounced, hits: found });
        setError(null);
      })
      .catch((failure: unknown) => current && setError(errorMessage(failure)));
    return () => {
      current = false;
    };
  }, [debounced]);

  return (
    <div className="mtg-search">
      <input
        type="search"
        className="input mtg-search-input"
        aria-label={t('search.label')}
        placeholder={t('search.placeholder')}
        autoComplete="off"
        spellCheck={false}
        value={query}
        onChange={(event) => onQueryChange(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Escape' && query) {
            event.preventDefault();
            onQueryChange('');
          }
        }}
      />
      <ErrorAlert message={error} />
      {query.trim() && hits ? (
        <div className="mtg-search-results">
          <p role="status" className="mtg-search-count">
            {t('search.count', { count: hits.hits.length })}
          </p>
          {hits.hits.length > 0 ? (
            <ul className="mtg-hits" aria-label={t('search.results')}>
              {hits.hits.map((hit, index) => (
                <li key={`${hit.meetingId}-${hit.agendaItemId ?? ''}-${index}`}>
                  <button type="button" className="mtg-hit" onClick={() => onOpen(hit.meetingId, hit.agendaItemId)}>
                    <span className="mtg-hit-title">
                      {hit.title}
                      <span className="mtg-hit-date"> · {formatMeetingDate(hit.date)}</span>
                    </span>
                    {hit.itemTitle ? <span className="mtg-hit-item">{hit.itemTitle}</span> : null}
                    <span className="mtg-hit-snippet">{highlight(hit.snippet, hits.q)}</span>
                  </button>
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}

/** The snippet with the searched words marked; plain text throughout (the snippet is never HTML). */
function highlight(snippet: string, query: string): ReactNode[] {
  const words = query
    .split(/\s+/)
    .map((word) => word.replace(/[^\p{L}\p{N}]/gu, ''))
    .filter((word) => word.length > 1);
  if (words.length === 0) return [snippet];
  const pattern = new RegExp(`(${words.map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})`, 'giu');
  return snippet.split(pattern).map((part, index) => (index % 2 === 1 ? <mark key={index}>{part}</mark> : part));
}
