import type { ImportPreview } from '../../../../shared/roll';

/** The encodings main reads, as officers know them (main detects one; these re-read the file). */
const ENCODINGS: { value: string; label: string }[] = [
  { value: 'utf-8', label: 'UTF-8 (most apps)' },
  { value: 'windows-1252', label: 'Windows-1252 (Excel on Windows)' },
  { value: 'macintosh', label: 'Mac Roman (older Excel for Mac)' },
  { value: 'utf-16le', label: 'UTF-16 (Excel “Unicode text”)' },
  { value: 'utf-16be', label: 'UTF-16 big-endian' },
  { value: 'iso-8859-15', label: 'ISO-8859-15 (Latin-9)' },
];

const DELIMITERS: Record<string, string> = {
  ',': 'commas',
  ';': 'semicolons',
  '\t': 'tabs',
  '|': 'vertical bars',
};

/**
 * What was read and how: rows, encoding, delimiter. Accents that look wrong ("JosÃ©") mean the
 * encoding was guessed wrong; choosing another one reads the file again at once.
 */
export function FileFacts({
  preview,
  rereading,
  chosenByHand,
  onEncoding,
}: {
  preview: ImportPreview;
  rereading: boolean;
  /** The officer picked the encoding (else main detected it): the hint says which. */
  chosenByHand: boolean;
  onEncoding: (encoding: string) => void;
}) {
  const known = ENCODINGS.some((choice) => choice.value === preview.encoding);
  const choices = known ? ENCODINGS : [{ value: preview.encoding, label: preview.encoding }, ...ENCODINGS];
  const separatedBy = DELIMITERS[preview.delimiter] ?? `“${preview.delimiter}”`;

  return (
    <div className="import-facts">
      <p>
        <strong>{preview.fileName}</strong>: {preview.totalRows.toLocaleString()} {preview.totalRows === 1 ? 'row' : 'rows'},
        columns separated by {separatedBy}.
      </p>
      <div className="import-encoding">
        <label htmlFor="import-encoding">Text encoding</label>
        <select
          id="import-encoding"
          className="input select"
          value={preview.encoding}
          disabled={rereading}
          aria-describedby="import-encoding-hint"
          onChange={(event) => onEncoding(event.target.value)}
        >
          {choices.map((choice) => (
            <option key={choice.value} value={choice.value}>
              {choice.label}
            </option>
          ))}
        </select>
        <span id="import-encoding-hint" className="field-hint">
          {rereading
            ? 'Reading the file again…'
            : `${chosenByHand ? 'As you chose.' : 'Detected automatically.'} If names show “Ã©” or “?” instead of accents, try another.`}
        </span>
      </div>
    </div>
  );
}
