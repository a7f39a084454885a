/**
 * CSV injection (OWASP "CSV Injection"): a spreadsheet runs a cell that starts with `=`, `+`, `-`
 * or `@` as a formula, and tab or carriage return can smuggle one in after them. A roll export
 * opened in Excel must never do that, whatever a member's notes say, so every exported cell that
 * could start a formula gets a leading apostrophe, which spreadsheets read as "this is text".
 *
 * The price: a phone number like "+1 555 0100" or a negative number is exported as
 * "'+1 555 0100" / "'-3". We accept that; security over prettiness. Our own import can take it
 * back off with {@link stripFormulaGuard}.
 */

/** A cell the guard applies to: any apostrophes, then a formula trigger. */
const NEEDS_GUARD = /^'*[=+\-@\t\r]/;
/** A cell the guard was applied to: at least one apostrophe, then a trigger. */
const GUARDED = /^'+[=+\-@\t\r]/;

/**
 * `cell` with a leading `'` when it starts with `=`, `+`, `-`, `@`, tab or carriage return.
 * A cell that already starts with apostrophes before such a character gets one more, so that
 * {@link stripFormulaGuard} can undo exactly what this did, for every string.
 */
export function neutralizeFormula(cell: string): string {
  return NEEDS_GUARD.test(cell) ? `'${cell}` : cell;
}

/** Removes the one apostrophe {@link neutralizeFormula} added: `stripFormulaGuard(neutralizeFormula(s)) === s`. */
export function stripFormulaGuard(cell: string): string {
  return GUARDED.test(cell) ? cell.slice(1) : cell;
}
