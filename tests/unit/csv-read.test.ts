import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeCsvBytes } from '../../src/main/roll/csv/decode';
import { CsvError } from '../../src/main/roll/csv/errors';
import { MAX_FIELD_CHARS, MAX_ROWS, parseCsv, type ParsedCsv } from '../../src/main/roll/csv/read';
import { indexRecords } from '../../src/main/roll/csv/record-index';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
const parseText = (text: string, options?: Parameters<typeof parseCsv>[1]): ParsedCsv => parseCsv(utf8(text), options);

/** The CsvError that `read` throws, so its message and line can be checked. */
function csvErrorFrom(read: () => unknown): CsvError {
  try {
    read();
  } catch (error) {
    expect(error).toBeInstanceOf(CsvError);
    return error as CsvError;
  }
  throw new Error('expected a CsvError, but nothing was thrown');
}

function asObjects(parsed: ParsedCsv): Record<string, string>[] {
  return parsed.rows.map((row) => Object.fromEntries(parsed.headers.map((header, index) => [header, row.cells[index] ?? ''])));
}

describe('parseCsv: the csv-spectrum acid test', () => {
  const spectrum = dirname(createRequire(import.meta.url).resolve('csv-spectrum/package.json'));
  const names = readdirSync(join(spectrum, 'csvs')).map((file) => file.replace(/\.csv$/, ''));

  it('has its cases where we expect them', () => {
    expect(names.length).toBeGreaterThanOrEqual(12);
  });

  it.each(names)('%s', (name) => {
    const parsed = parseCsv(readFileSync(join(spectrum, 'csvs', `${name}.csv`)));
    const json = JSON.parse(readFileSync(join(spectrum, 'json', `${name}.json`), 'utf8')) as Record<string, string> | Record<string, string>[];
    const expected = Array.isArray(json) ? json : [json];
    if (name === 'location_coordinates') {
      // Upstream erratum (max-mapper/csv-spectrum#20, open): the CSV says 2095257564, its JSON 1234567890.
      expect(expected[0]?.['Contact Phone Number']).toBe('1234567890');
      expected[0] = { ...expected[0], 'Contact Phone Number': '2095257564' };
    }
    expect(asObjects(parsed)).toEqual(expected);
  });
});

describe('parseCsv: encodings', () => {
  const accents = 'first,last\r\nJosé,Müller\r\nÑandú,Gönül €\r\n';
  const expectedRows = [['José', 'Müller'], ['Ñandú', 'Gönül €']];
  const cellsOf = (parsed: ParsedCsv) => parsed.rows.map((row) => row.cells);

  it('reads UTF-8 without a byte-order mark', () => {
    const parsed = parseCsv(utf8(accents));
    expect(parsed.encoding).toBe('utf-8');
    expect(parsed.headers).toEqual(['first', 'last']);
    expect(cellsOf(parsed)).toEqual(expectedRows);
  });

  it('reads UTF-8 with a byte-order mark, which is not part of the first header', () => {
    const parsed = parseCsv(utf8(`\uFEFF${accents}`));
    expect(parsed.encoding).toBe('utf-8');
    expect(parsed.headers).toEqual(['first', 'last']);
    expect(cellsOf(parsed)).toEqual(expectedRows);
  });

  it('reads what Excel on Windows saves as CSV (windows-1252)', () => {
    const parsed = parseCsv(iconv.encode(accents, 'windows-1252'));
    expect(parsed.encoding).toBe('windows-1252');
    expect(cellsOf(parsed)).toEqual(expectedRows);
  });

  it('reads UTF-16LE with a byte-order mark (Excel "Unicode text", tab-separated)', () => {
    const parsed = parseCsv(iconv.encode(accents.replaceAll(',', '\t'), 'utf-16le', { addBOM: true }));
    expect(parsed.encoding).toBe('utf-16le');
    expect(parsed.delimiter).toBe('\t');
    expect(parsed.headers).toEqual(['first', 'last']);
    expect(cellsOf(parsed)).toEqual(expectedRows);
  });

  it('reads UTF-16BE with a byte-order mark, and UTF-16LE that lost its mark', () => {
    expect(cellsOf(parseCsv(iconv.encode(accents, 'utf-16be', { addBOM: true })))).toEqual(expectedRows);
    const noBom = parseCsv(iconv.encode(accents, 'utf-16le'));
    expect(noBom.encoding).toBe('utf-16le');
    expect(cellsOf(noBom)).toEqual(expectedRows);
  });

  it('lets an explicit encoding override detection, under any of its usual names', () => {
    const bytes = iconv.encode('name\r\nJosé\r\n', 'windows-1252');
    expect(decodeCsvBytes(bytes, 'Latin1')).toEqual({ text: 'name\r\nJosé\r\n', encoding: 'windows-1252' });
    // Valid UTF-8 read as windows-1252 on request: the mojibake the person asked for.
    expect(parseCsv(utf8('name\nJosé\n'), { encoding: 'cp1252' }).rows[0]?.cells).toEqual(['JosÃ©']);
    expect(parseCsv(iconv.encode('name\nJosé\n', 'macintosh'), { encoding: 'macintosh' }).rows[0]?.cells).toEqual(['José']);
  });

  it('names the supported encodings when asked for an unknown one', () => {
    const error = csvErrorFrom(() => decodeCsvBytes(utf8('a\n'), 'klingon'));
    expect(error.message).toBe('Unknown encoding "klingon". Supported encodings: utf-8, utf-16le, utf-16be, windows-1252, iso-8859-15, macintosh.');
  });

  it('says on which line a file said to be UTF-8 is not', () => {
    const bytes = Buffer.concat([Buffer.from('name\r\nAna\r\n'), iconv.encode('José\r\n', 'windows-1252')]);
    const error = csvErrorFrom(() => parseCsv(bytes, { encoding: 'utf-8' }));
    expect(error.line).toBe(3);
    expect(error.message).toMatch(/^Line 3: the file is not valid UTF-8/);
  });
});

describe('parseCsv: delimiters', () => {
  it('detects comma, semicolon and tab', () => {
    expect(parseText('a,b,c\n1,2,3\n').delimiter).toBe(',');
    expect(parseText('a;b;c\n1;2;3\n').delimiter).toBe(';');
    expect(parseText('a\tb\tc\n1\t2\t3\n').delimiter).toBe('\t');
    expect(parseText('a\tb\tc\n1\t2\t3\n').rows[0]?.cells).toEqual(['1', '2', '3']);
  });

  it('is not misled by commas inside quoted or unquoted values of a semicolon file', () => {
    const parsed = parseText('name;address;amount\n"Reyes, Ana";"12 Elm St, Apt 3";1,50\nKim;Main St;2,75\n');
    expect(parsed.delimiter).toBe(';');
    expect(parsed.rows.map((row) => row.cells)).toEqual([
      ['Reyes, Ana', '12 Elm St, Apt 3', '1,50'],
      ['Kim', 'Main St', '2,75'],
    ]);
  });

  it('ignores delimiters inside quoted header names', () => {
    expect(parseText('"Name, full";"Zip; postal"\nAna;1\n').delimiter).toBe(';');
  });

  it('reads a one-column file as comma-separated', () => {
    const parsed = parseText('email\nana@example.org\n');
    expect(parsed.delimiter).toBe(',');
    expect(parsed.headers).toEqual(['email']);
  });

  it("honours Excel's sep= line, which is not the header", () => {
    const parsed = parseText('sep=;\r\nname;city\r\nAna;Quito\r\n');
    expect(parsed.delimiter).toBe(';');
    expect(parsed.headers).toEqual(['name', 'city']);
    expect(parsed.rows).toEqual([{ line: 3, cells: ['Ana', 'Quito'] }]);
  });

  it('uses an explicit delimiter, and refuses one that cannot work', () => {
    expect(parseText('a|b\n1|2\n', { delimiter: '|' }).rows[0]?.cells).toEqual(['1', '2']);
    expect(csvErrorFrom(() => parseText('a\n', { delimiter: '||' })).message).toMatch(/single character/);
    expect(csvErrorFrom(() => parseText('a\n', { delimiter: '"' })).message).toMatch(/single character/);
  });
});

describe('parseCsv: structure', () => {
  it('keeps commas, quotes and line breaks inside quoted fields', () => {
    const parsed = parseText('name,notes\n"Reyes, Ana","said ""hi""\nthen left"\n');
    expect(parsed.rows).toEqual([{ line: 2, cells: ['Reyes, Ana', 'said "hi"\nthen left'] }]);
  });

  it('reads CRLF, LF and old-Mac CR line ends, even mixed in one file', () => {
    const parsed = parseText('a,b\r\n1,2\n3,4\r5,6\r\n');
    expect(parsed.rows.map((row) => row.cells)).toEqual([['1', '2'], ['3', '4'], ['5', '6']]);
    expect(parsed.rows.map((row) => row.line)).toEqual([2, 3, 4]);
  });

  it('skips blank lines, whitespace-only lines and rows of empty cells, keeping line numbers true', () => {
    const parsed = parseText('\r\na,b\r\n\r\n1,2\r\n   \r\n,,\r\n , \r\n3,4\r\n\r\n\r\n');
    expect(parsed.headers).toEqual(['a', 'b']);
    expect(parsed.rows).toEqual([
      { line: 4, cells: ['1', '2'] },
      { line: 8, cells: ['3', '4'] },
    ]);
  });

  it('keeps a row of explicitly quoted empty cells', () => {
    expect(parseText('a,b\n"",""\n').rows).toEqual([{ line: 2, cells: ['', ''] }]);
  });

  it('keeps extra cells under empty headers and pads short rows', () => {
    const parsed = parseText('a,b,c\n1,2,3,4,5\n6\n7,8\n');
    expect(parsed.headers).toEqual(['a', 'b', 'c', '', '']);
    expect(parsed.rows.map((row) => row.cells)).toEqual([
      ['1', '2', '3', '4', '5'],
      ['6', '', '', '', ''],
      ['7', '8', '', '', ''],
    ]);
  });

  it('trims header names and keeps duplicate and empty ones', () => {
    const parsed = parseText('  First Name ,\tEmail,,Email\n Ana , a@x.org ,x,b@x.org\n');
    expect(parsed.headers).toEqual(['First Name', 'Email', '', 'Email']);
    // Cells are data: never trimmed here.
    expect(parsed.rows[0]?.cells).toEqual([' Ana ', ' a@x.org ', 'x', 'b@x.org']);
  });

  it('gives the line each row starts on, after quoted fields spanning lines', () => {
    const text = ['name,notes', 'Ana,"one', 'two', 'three"', 'Luis,short', '"Kim', '",x', '', 'Sol,"a\r\nb"', 'Eva,z'].join('\n');
    const parsed = parseText(text.replace('Sol,"a\r\nb"\nEva', 'Sol,"a\r\nb"\r\nEva'));
    expect(parsed.rows.map((row) => [row.line, row.cells[0]])).toEqual([
      [2, 'Ana'],
      [5, 'Luis'],
      [6, 'Kim\n'],
      [9, 'Sol'],
      [11, 'Eva'],
    ]);
  });

  it('counts a CRLF inside a quoted field as one line, as an editor shows it', () => {
    const parsed = parseText('a,b\r\n"x\r\ny\r\nz",1\r\n2,3\r\n"p\rq",4\r\n5,6');
    expect(parsed.rows.map((row) => row.line)).toEqual([2, 5, 6, 8]);
  });
});

describe('parseCsv: files it cannot read', () => {
  it('says on which line a quoted field is never closed, without a stack or the data', () => {
    const error = csvErrorFrom(() => parseText('name,notes\r\nAna,ok\r\nLuis,"secret phone 555\r\nKim,x\r\nSol,y\r\n'));
    expect(error.message).toBe('Line 3: a quoted field is never closed.');
    expect(error.line).toBe(3);
    expect(error.message).not.toMatch(/\n|\bat\s|secret/);
  });

  it('points at the opening quote, not the end of the file it swallowed', () => {
    const error = csvErrorFrom(() => parseText('a,b\n1,"multi\nline"\n2,x\n3,"never closed\n4,5\n6,7\n'));
    expect(error.line).toBe(5);
    expect(error.message).toBe('Line 5: a quoted field is never closed.');
  });

  it('reads a stray quote inside an unquoted field as the character it is', () => {
    const parsed = parseText('name,height,note\nAna,1.6,ok\nLuis,5\'10",say "hi"\n');
    expect(parsed.rows[1]).toEqual({ line: 3, cells: ['Luis', '5\'10"', 'say "hi"'] });
  });

  it('refuses text after a closing quote rather than guess which column it belongs to', () => {
    const named = csvErrorFrom(() => parseText('name,notes\nAna,x\n"Ana" Reyes,x\n'));
    expect(named.message).toBe(
      'Line 3: a quoted field has more text after its closing quote; a double quote inside a quoted field must be written twice ("").',
    );
    // Backslash-escaped quotes, as some databases export them: the line of the offending quote.
    const backslashed = csvErrorFrom(() => parseText('name,notes\nAna,"line one\nsaid \\"hi\\", ok"\n'));
    expect(backslashed.line).toBe(3);
    expect(backslashed.message).not.toMatch(/hi/);
  });

  it('knows where fields start when the delimiter is not a comma', () => {
    expect(parseText('a;b\n1;"x;y"\n').rows[0]?.cells).toEqual(['1', 'x;y']);
    expect(parseText('a;b\n1,"x;y"\n', { delimiter: ';' }).rows[0]?.cells).toEqual(['1,"x', 'y"']);
    expect(parseText('a§b\n1§"x§y"\n', { delimiter: '§' }).rows[0]?.cells).toEqual(['1', 'x§y']);
  });

  it('calls an empty file empty, with or without a byte-order mark or blank lines', () => {
    for (const text of ['', '\uFEFF', '\r\n\r\n', '  \n,,\n']) {
      expect(csvErrorFrom(() => parseText(text)).message).toBe('The file is empty.');
    }
  });

  it('reads a header with no rows', () => {
    expect(parseText('a,b\n')).toMatchObject({ headers: ['a', 'b'], rows: [] });
  });

  it(`refuses a field longer than ${MAX_FIELD_CHARS} characters`, () => {
    const long = 'x'.repeat(MAX_FIELD_CHARS + 1);
    expect(parseText(`a,b\n1,${'x'.repeat(MAX_FIELD_CHARS)}\n`).rows).toHaveLength(1);
    const error = csvErrorFrom(() => parseText(`a,b\n1,2\n3,"${long}"\n`));
    expect(error.message).toBe('Line 3: the field in column 2 is longer than 100,000 characters.');
  });

  it(`refuses more than ${MAX_ROWS} rows, without parsing them`, () => {
    const error = csvErrorFrom(() => parseCsv(utf8(`n\n${'1\n'.repeat(MAX_ROWS + 1)}`)));
    expect(error.message).toBe('The file has more than 1,000,000 rows; split it into smaller files.');
    // The limit is exact: the scan stops only when there is one record more than allowed.
    expect(indexRecords(utf8('a\nb\n"c\nd"\n'), ',', { maxRecords: 3 })).toMatchObject({ startLines: [1, 2, 3], truncated: false });
    expect(indexRecords(utf8('a\nb\n"c\nd"\ne'), ',', { maxRecords: 3 })).toMatchObject({ truncated: true });
  });
});

describe('parseCsv: line numbers and quoting, for any file', () => {
  /** Physical lines as an editor counts them: CRLF, LF and a lone CR are one line break each. */
  const lineBreaks = (text: string): number => text.match(/\r\n|\r|\n/g)?.length ?? 0;

  /** A cell the way a person or a tool might write it: quoted when needed, sometimes when not, stray quotes left bare. */
  const renderCell = (cell: string, quoteAnyway: boolean): string => {
    const mustQuote = /[,\r\n]/.test(cell) || cell.startsWith('"');
    return mustQuote || quoteAnyway ? `"${cell.replaceAll('"', '""')}"` : cell;
  };

  it('gives every row the line it starts on, whatever the line ends, blank lines and quoted line breaks', () => {
    const cell = fc.stringMatching(/^[a-zé",; \r\n]{0,5}$/);
    const row = fc.record({
      cells: fc.array(fc.tuple(cell, fc.boolean()), { minLength: 2, maxLength: 2 }),
      blankLinesBefore: fc.integer({ min: 0, max: 2 }),
    });
    fc.assert(
      fc.property(fc.constantFrom('\n', '\r\n', '\r'), fc.array(row, { maxLength: 8 }), (lineEnd, rows) => {
        let text = `h0,h1,h2${lineEnd}`;
        const expected: { line: number; cells: string[] }[] = [];
        rows.forEach((generated, index) => {
          text += lineEnd.repeat(generated.blankLinesBefore);
          // A first cell of its own keeps the row from being blank, and names it.
          const cells = [`r${index}`, ...generated.cells.map(([value]) => value)];
          expected.push({ line: lineBreaks(text) + 1, cells });
          text += [cells[0], ...generated.cells.map(([value, quote]) => renderCell(value, quote))].join(',') + lineEnd;
        });
        expect(parseText(text, { delimiter: ',' }).rows).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });

  it('either reads a file or refuses it with a CsvError, for any mix of quotes, delimiters and line breaks', () => {
    const soup = fc.array(fc.constantFrom('a', 'é', ',', ';', '"', '""', ' ', '\n', '\r', '\r\n'), { maxLength: 40 });
    fc.assert(
      fc.property(soup, (pieces) => {
        const text = pieces.join('');
        let parsed: ParsedCsv;
        try {
          parsed = parseText(text);
        } catch (error) {
          // A plain Error would mean the scan and csv-parse disagreed about where records are.
          expect(error).toBeInstanceOf(CsvError);
          return;
        }
        const lastLine = lineBreaks(text) + 1;
        const lines = parsed.rows.map((row) => row.line);
        expect(lines).toEqual([...lines].sort((a, b) => a - b));
        for (const line of lines) expect(line).toBeLessThanOrEqual(lastLine);
      }),
      { numRuns: 1000 },
    );
  });
});
