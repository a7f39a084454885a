/**
 * The wall chart, as a component any page can feed: columns (buildings, or workplace ·
 * department), groups down each column (floors or shifts), a card per member. The caller gives
 * the members and the marks; this draws them, speaks them, and moves focus with the arrow keys.
 *
 * Colour is never the only signal: the assessment is printed ("A2"), a response has its symbol
 * and word, and each card's accessible name says all of it.
 */
import { useRef, type KeyboardEvent } from 'react';
import './wall-chart.css';

export interface WallChartMark {
  /** A short sign on the card: ✔, ✘, ?, ○ … */
  symbol: string;
  /** The same in words, shown small and spoken. */
  label: string;
  /** For colour only: yes, no, unsure, none, or any tone the caller styles. */
  tone: string;
}

export interface WallChartCard {
  id: string;
  name: string;
  unit: string;
  assessment: number | null;
  mark?: WallChartMark | null;
  leader: boolean;
  /** null where the roll does not track who organizes whom. */
  unassigned: boolean | null;
}

export interface WallChartGroup {
  label: string;
  total: number;
  cards: WallChartCard[];
}

export interface WallChartColumn {
  key: string;
  label: string;
  total: number;
  shown: number;
  groups: WallChartGroup[];
}

export interface WallChartLabels {
  /** "Floor 3 · 12" */
  group: (label: string, count: number) => string;
  noValue: string;
  leader: string;
  unassigned: string;
  assessment: (value: number | null) => string;
  card: (card: WallChartCard, assessment: string, marks: string) => string;
  more: (count: number) => string;
}

const MORE_STEP = 60;

export function WallChart({
  columns,
  labels,
  onActivate,
  onMore,
  ariaLabel,
}: {
  columns: WallChartColumn[];
  labels: WallChartLabels;
  onActivate: (card: WallChartCard, column: WallChartColumn) => void;
  /** Asks for more cards of a column; absent when every card is shown. */
  onMore?: (column: WallChartColumn) => void;
  ariaLabel: string;
}) {
  const board = useRef<HTMLDivElement>(null);

  // Arrow keys move like eyes over the paper: up and down a column, across to the next column.
  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const current = (event.target as HTMLElement).closest<HTMLElement>('[data-card]');
    if (!current || !board.current) return;
    const columnElements = [...board.current.querySelectorAll<HTMLElement>('[data-column]')];
    const columnIndex = columnElements.findIndex((element) => element.contains(current));
    const cardsOf = (index: number) => [...(columnElements[index]?.querySelectorAll<HTMLElement>('[data-card]') ?? [])];
    const cards = cardsOf(columnIndex);
    const index = cards.indexOf(current);
    let target: HTMLElement | undefined;
    if (event.key === 'ArrowDown') target = cards[index + 1];
    else if (event.key === 'ArrowUp') target = cards[index - 1];
    else if (event.key === 'Home') target = cards[0];
    else if (event.key === 'End') target = cards.at(-1);
    else if (event.key === 'ArrowRight' || event.key === 'ArrowLeft') {
      const next = cardsOf(columnIndex + (event.key === 'ArrowRight' ? 1 : -1));
      target = next[Math.min(index, next.length - 1)];
    } else return;
    event.preventDefault();
    target?.focus();
  }

  return (
    <div className="wall-board" ref={board} role="group" aria-label={ariaLabel} onKeyDown={onKeyDown}>
      {columns.map((column) => (
        <section key={column.key} className="wall-column" data-column aria-labelledby={`wall-col-${cssId(column.key)}`}>
          <h3 className="wall-column-title" id={`wall-col-${cssId(column.key)}`}>
            {column.label.trim() || labels.noValue} <span className="wall-count">{column.total}</span>
          </h3>
          {column.groups.map((group) => (
            <div key={group.label} className="wall-group">
              <h4 className="wall-group-title">{labels.group(group.label || labels.noValue, group.total)}</h4>
              <ul className="wall-cards">
                {group.cards.map((card) => {
                  const assessment = labels.assessment(card.assessment);
                  const marks = [card.mark?.label, card.leader ? labels.leader : '', card.unassigned ? labels.unassigned : ''].filter(Boolean).join(', ');
                  return (
                    <li key={card.id}>
                      <button
                        type="button"
                        data-card
                        className={`wall-card assess-${card.assessment ?? 'none'}${card.mark ? ` mark-${card.mark.tone}` : ''}`}
                        aria-label={labels.card(card, assessment, marks ? `, ${marks}` : '')}
                        onClick={() => onActivate(card, column)}
                      >
                        <span className="wall-card-name">{card.name}</span>
                        <span className="wall-card-line">
                          <span className="wall-card-unit">{card.unit}</span>
                          <span className="wall-card-assessment" aria-hidden="true">
                            {card.assessment ? `A${card.assessment}` : '–'}
                          </span>
                          {card.leader ? (
                            <span className="wall-card-flag" aria-hidden="true" title={labels.leader}>
                              ★
                            </span>
                          ) : null}
                          {card.unassigned ? (
                            <span className="wall-card-flag" aria-hidden="true" title={labels.unassigned}>
                              ⚑
                            </span>
                          ) : null}
                        </span>
                        {card.mark ? (
                          <span className="wall-card-mark" aria-hidden="true">
                            {card.mark.symbol} {card.mark.label}
                          </span>
                        ) : null}
                      </button>
                    </li>
                  );
                })}
              </ul>
            </div>
          ))}
          {onMore && column.shown < column.total ? (
            <button type="button" className="button button-secondary button-small wall-more" onClick={() => onMore(column)}>
              {labels.more(Math.min(MORE_STEP, column.total - column.shown))}
            </button>
          ) : null}
        </section>
      ))}
    </div>
  );
}

/** An id-safe form of a column key (keys are data: names of buildings). */
function cssId(key: string): string {
  let hash = 0;
  for (const char of key) hash = (Math.imul(hash, 31) + char.codePointAt(0)!) | 0;
  return `${(hash >>> 0).toString(36)}`;
}

export const WALL_MORE_STEP = MORE_STEP;
