import { useTranslation } from 'react-i18next';
import type { ColumnMapping, ImportPreview } from '../../../../shared/roll';
import type { TargetGroup } from './mapping-targets';
import { i18n } from '../../i18n';

const SAMPLES_SHOWN = 3;
const SAMPLE_CHARS = 60;
/** The <select> value for "Don't import" (a mapping holds null for it). */
const IGNORE = '';

/** Up to three non-empty example values of a column, on one line each, so its content is recognisable. */
function samplesOf(preview: ImportPreview, column: number): string[] {
  const values: string[] = [];
  for (const row of preview.sample) {
    const cell = (row[column] ?? '').trim();
    if (!cell) continue;
    const oneLine = cell.replace(/\r?\n/g, ' ↵ ');
    values.push(oneLine.length > SAMPLE_CHARS ? `${oneLine.slice(0, SAMPLE_CHARS - 1)}…` : oneLine);
    if (values.length === SAMPLES_SHOWN) break;
  }
  return values;
}

function headerName(preview: ImportPreview, column: number): string {
  return preview.headers[column]?.trim() || i18n.t('roll:import.unnamedColumn', { number: column + 1 });
}

/** One row per column of the file: its name, examples, and where it goes. */
export function MappingTable({
  preview,
  mapping,
  groups,
  onAssign,
}: {
  preview: ImportPreview;
  mapping: ColumnMapping;
  groups: TargetGroup[];
  onAssign: (column: number, target: string | null) => void;
}) {
  // Which column holds each target now, to say so in the other selects' options.
  const { t } = useTranslation('roll');
  const columnOf = new Map<string, number>();
  mapping.forEach((target, column) => target !== null && columnOf.set(target, column));

  return (
    <table className="tool-table import-mapping">
      <thead>
        <tr>
          <th scope="col">{t('import.columnInFile')}</th>
          <th scope="col">{t('import.examples')}</th>
          <th scope="col">{t('import.importAs')}</th>
        </tr>
      </thead>
      <tbody>
        {preview.headers.map((_, column) => {
          const name = headerName(preview, column);
          const target = mapping[column] ?? null;
          const samples = samplesOf(preview, column);
          return (
            <tr key={column} data-ignored={target === null}>
              <th scope="row" className="import-mapping-header">
                {name}
              </th>
              <td>
                <div className="import-mapping-samples">
                  {samples.length ? (
                    samples.map((sample, index) => <span key={index}>{sample}</span>)
                  ) : (
                    <span className="import-empty">(empty in the first rows)</span>
                  )}
                </div>
              </td>
              <td>
                <select
                  className="input import-target"
                  aria-label={t('import.importNamedAs', { name })}
                  value={target ?? IGNORE}
                  onChange={(event) => onAssign(column, event.target.value === IGNORE ? null : event.target.value)}
                >
                  <option value={IGNORE}>{t('import.dontImport')}</option>
                  {target !== null && !groups.some((group) => group.targets.some((option) => option.key === target)) ? (
                    // A remembered mapping can name a field this list lacks (e.g. one still loading).
                    <option value={target}>{target}</option>
                  ) : null}
                  {groups.map((group) => (
                    <optgroup key={group.label} label={group.label}>
                      {group.targets.map((option) => {
                        const holder = columnOf.get(option.key);
                        const elsewhere = holder !== undefined && holder !== column;
                        return (
                          <option key={option.key} value={option.key}>
                            {elsewhere ? `${option.label} — now from “${headerName(preview, holder)}”` : option.label}
                          </option>
                        );
                      })}
                    </optgroup>
                  ))}
                </select>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
