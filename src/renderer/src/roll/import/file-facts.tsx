import { useTranslation } from 'react-i18next';
import type { ImportPreview } from '../../../../shared/roll';

/** The encodings main reads, as officers know them (main detects one; these re-read the file). */
const ENCODINGS = ['utf-8', 'windows-1252', 'macintosh', 'utf-16le', 'utf-16be', 'iso-8859-15'] as const;
type KnownEncoding = (typeof ENCODINGS)[number];

const DELIMITERS: Record<string, 'commas' | 'semicolons' | 'tabs' | 'bars'> = {
  ',': 'commas',
  ';': 'semicolons',
  '\t': 'tabs',
  '|': 'bars',
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
  const { t } = useTranslation('roll');
  const encodings = ENCODINGS.map((value) => ({ value: value as string, label: t(`import.encodings.${value as KnownEncoding}`) }));
  const known = ENCODINGS.some((value) => value === preview.encoding);
  const choices = known ? encodings : [{ value: preview.encoding, label: preview.encoding }, ...encodings];
  const delimiter = DELIMITERS[preview.delimiter];
  const separatedBy = delimiter ? t(`import.delimiters.${delimiter}`) : `“${preview.delimiter}”`;

  return (
    <div className="import-facts">
      <p>
        <strong>{preview.fileName}</strong>: {t('import.facts', { rows: t('count.rows', { count: preview.totalRows }), separatedBy })}
      </p>
      <div className="import-encoding">
        <label htmlFor="import-encoding">{t('import.encoding')}</label>
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
            ? t('import.rereading')
            : `${chosenByHand ? t('import.asChosen') : t('import.detected')} ${t('import.encodingTip')}`}
        </span>
      </div>
    </div>
  );
}
