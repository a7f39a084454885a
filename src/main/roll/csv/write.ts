/**
 * Writing the roll as CSV: RFC 4180 (comma, CRLF, double quotes), with a UTF-8 byte-order mark
 * because without one Excel on Windows reads the file as windows-1252 and "José" becomes "JosÃ©".
 * Every cell, headers included, passes through the formula guard (see formula-guard.ts).
 */
import { neutralizeFormula } from './formula-guard';

export { neutralizeFormula, stripFormulaGuard } from './formula-guard';

export type CsvCell = string | number | null | undefined;

const BYTE_ORDER_MARK = '\uFEFF';
const LINE_END = '\r\n';
const DELIMITER = ',';

/**
 * Quote a cell when RFC 4180 requires it (quote, comma, line break), and also when it holds a
 * semicolon or tab (so that no reader's delimiter detection, ours included, can be misled by it)
 * or starts or ends with whitespace (which some readers trim from unquoted cells).
 */
const NEEDS_QUOTES = /[",;\t\r\n]|^\s|\s$/;

/**
 * The CSV text for `headers` and `rows`: one line per row, each ended by CRLF. A row shorter than
 * the headers is padded with empty cells; a longer one is written whole. `null` and `undefined`
 * are written as empty cells, numbers as `String(number)`.
 */
export function toCsv(headers: string[], rows: CsvCell[][]): string {
  const lines = [formatRecord(headers, headers.length)];
  for (const row of rows) lines.push(formatRecord(row, headers.length));
  return BYTE_ORDER_MARK + lines.join(LINE_END) + LINE_END;
}

function formatRecord(cells: readonly CsvCell[], width: number): string {
  const count = Math.max(cells.length, width);
  if (count === 0) return '';
  const formatted: string[] = [];
  let allEmpty = true;
  for (let index = 0; index < count; index++) {
    const cell = formatCell(cells[index]);
    if (cell !== '') allEmpty = false;
    formatted.push(cell);
  }
  // A line of nothing but commas (or nothing at all) is read back as a blank row and skipped;
  // an explicit "" keeps the row.
  if (allEmpty) formatted[0] = '""';
  return formatted.join(DELIMITER);
}

function formatCell(value: CsvCell): string {
  const text = neutralizeFormula(value === null || value === undefined ? '' : String(value));
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
