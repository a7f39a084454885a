import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/main/roll/csv/read';
import { neutralizeFormula, stripFormulaGuard, toCsv } from '../../src/main/roll/csv/write';

const BOM = '\uFEFF';
const bytesOf = (csv: string): Uint8Array => new TextEncoder().encode(csv);

/** Our export read back by our import, guard removed: what an officer gets after export → import. */
function readBack(csv: string): { headers: string[]; rows: string[][] } {
  const parsed = parseCsv(bytesOf(csv));
  return {
    headers: parsed.headers.map(stripFormulaGuard),
    rows: parsed.rows.map((row) => row.cells.map(stripFormulaGuard)),
  };
}

describe('toCsv', () => {
  it('writes a UTF-8 byte-order mark, CRLF line ends and a final CRLF', () => {
    expect(toCsv(['first_name', 'city'], [['José', 'Quito']])).toBe(`${BOM}first_name,city\r\nJosé,Quito\r\n`);
  });

  it('quotes what needs quoting and doubles quotes inside', () => {
    const csv = toCsv(['a', 'b', 'c', 'd', 'e', 'f'], [['Reyes, Ana', 'say "hi"', 'one\ntwo', 'x;y', ' padded ', 'plain']]);
    expect(csv).toBe(`${BOM}a,b,c,d,e,f\r\n"Reyes, Ana","say ""hi""","one\ntwo","x;y"," padded ",plain\r\n`);
  });

  it('writes null and undefined as empty cells, numbers as digits, and pads short rows', () => {
    expect(toCsv(['a', 'b', 'c'], [[null, 3, undefined], ['x']])).toBe(`${BOM}a,b,c\r\n,3,\r\nx,,\r\n`);
  });

  it('writes a row of empty cells so that it is not read back as a blank line', () => {
    const csv = toCsv(['a', 'b'], [['', ''], [null, undefined]]);
    expect(csv).toBe(`${BOM}a,b\r\n"",\r\n"",\r\n`);
    expect(readBack(csv).rows).toEqual([['', ''], ['', '']]);
  });

  it('guards header cells too', () => {
    expect(toCsv(['=HYPERLINK("x")'], [])).toBe(`${BOM}"'=HYPERLINK(""x"")"\r\n`);
  });
});

describe('neutralizeFormula', () => {
  it.each([
    ['=SUM(A1:A9)', "'=SUM(A1:A9)"],
    ['+1 555 0100', "'+1 555 0100"],
    ['-3', "'-3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\t=1+1', "'\t=1+1"],
    ['\r=1+1', "'\r=1+1"],
  ])('guards %j', (cell, guarded) => {
    expect(neutralizeFormula(cell)).toBe(guarded);
    expect(stripFormulaGuard(guarded)).toBe(cell);
  });

  it('leaves other cells alone', () => {
    for (const cell of ['', 'Ana', ' =1', "'quoted", 'a=b', '1-2', "O'Brien"]) expect(neutralizeFormula(cell)).toBe(cell);
  });

  it('guards a cell that already looks guarded, so that stripping gives it back', () => {
    expect(neutralizeFormula("'=1")).toBe("''=1");
    expect(stripFormulaGuard("''=1")).toBe("'=1");
    expect(stripFormulaGuard("'x")).toBe("'x");
  });

  it('is applied to every exported cell, numbers included', () => {
    expect(toCsv(['phone', 'balance'], [['+1 555 0100', -3]])).toBe(`${BOM}phone,balance\r\n'+1 555 0100,'-3\r\n`);
  });
});

describe('export → import round trip', () => {
  it('gives back formulas, phone numbers and negative numbers as they were', () => {
    const rows = [['=1+1', '+1 555 0100', '-3', '@x', '\tx', '\rx', "'=1", 'a,b', 'línea\r\nnueva', '"']];
    const headers = rows[0]!.map((_, index) => `h${index}`);
    expect(readBack(toCsv(headers, rows))).toEqual({ headers, rows });
  });

  // Any characters, including line breaks, quotes, delimiters and astral code points.
  const cell = fc.string({ unit: 'binary', maxLength: 12 });
  const trickyCell = fc.oneof(
    cell,
    fc.stringMatching(/^['=+\-@\t\r\n",; ]{0,6}$/),
    fc.constantFrom('', ' ', '""', '\r\n', "'", "'-1", '+1 555'),
  );

  it('gives back any array of strings (one row)', () => {
    fc.assert(
      fc.property(fc.array(trickyCell, { minLength: 1, maxLength: 8 }), (row) => {
        const headers = row.map((_, index) => `h${index}`);
        expect(readBack(toCsv(headers, [row]))).toEqual({ headers, rows: [row] });
      }),
      { numRuns: 300 },
    );
  });

  it('gives back any table of strings', () => {
    fc.assert(
      fc.property(fc.array(fc.array(trickyCell, { minLength: 3, maxLength: 3 }), { maxLength: 8 }), (rows) => {
        const headers = ['first_name', 'notes', 'phone'];
        expect(readBack(toCsv(headers, rows))).toEqual({ headers, rows });
      }),
      { numRuns: 200 },
    );
  });
});
