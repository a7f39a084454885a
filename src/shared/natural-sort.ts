/**
 * The order people expect for units, floors and names with numbers in them: 1A, 2A, 10A (not
 * 1A, 10A, 2A), ignoring case and accents. Shared so that main's lists and the renderer's agree.
 */
export const compareNatural: (a: string, b: string) => number = new Intl.Collator(undefined, {
  numeric: true,
  sensitivity: 'base',
}).compare;
