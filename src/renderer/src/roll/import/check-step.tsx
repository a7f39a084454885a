import { useTranslation } from 'react-i18next';
import type { ColumnMapping, CustomField, ImportPreview, ImportResult, ImportRowError, MatchPolicy } from '../../../../shared/roll';
import { FULL_NAME, fieldLabel } from './field-labels';
import { ProgressBar } from './progress-bar';
import type { ChapterKind } from './use-chapter-kind';
import { useFocusOnMount } from './use-focus-on-mount';
import type { WorkProgress } from './use-work-progress';

const ERRORS_SHOWN = 100;

/** Step 3 while the dry run works through the file. */
export function CheckingStep({ totalRows, progress }: { totalRows: number; progress: WorkProgress }) {
  const { t } = useTranslation('roll');
  const headingRef = useFocusOnMount<HTMLHeadingElement>();
  return (
    <section className="import-step" aria-labelledby="import-checking-title" aria-busy="true">
      <h2 id="import-checking-title" className="section-title" ref={headingRef} tabIndex={-1}>
        {t('import.checking', { count: totalRows })}
      </h2>
      {/* The dry run reports its checking as the first half of the work. */}
      <ProgressBar label={t('import.checked')} done={progress.done} total={progress.total} />
    </section>
  );
}

/** Step 3, clean: what the import will do, in numbers. */
export function ReadyStep({ result, policy }: { result: ImportResult; policy: MatchPolicy }) {
  const { t } = useTranslation('roll');
  const headingRef = useFocusOnMount<HTMLHeadingElement>();
  return (
    <section className="import-step" aria-labelledby="import-ready-title">
      <h2 id="import-ready-title" className="section-title" ref={headingRef} tabIndex={-1}>
        {t('import.fine')}
      </h2>
      <p className="import-ready" data-testid="import-ready">
        {t('import.ready', { imported: result.imported, updated: result.updated, skipped: result.skipped })}
      </p>
      <p className="import-lead">
        {t('import.readyLead')}
        {result.skipped > 0 ? ` ${t('import.skippedWhy')}` : ''}
      </p>
      <Repeats result={result} policy={policy} />
    </section>
  );
}

const REPEATS_SHOWN = 20;

/** Rows of the file that repeat an earlier one ("line 6 repeats line 2"), and what the import does with them. */
function Repeats({ result, policy }: { result: ImportResult; policy: MatchPolicy }) {
  const { t } = useTranslation('roll');
  if (result.repeats.length === 0) return null;
  return (
    <section className="import-repeats" aria-labelledby="import-repeats-title">
      <h3 id="import-repeats-title" className="import-repeats-title">
        {t('import.repeats.title', { count: result.repeats.length })}
      </h3>
      <p className="field-hint">{t(`import.repeats.${policy}`)}</p>
      <ul>
        {result.repeats.slice(0, REPEATS_SHOWN).map((repeat) => (
          <li key={repeat.row}>{t(`import.repeats.line.${repeat.field}`, { row: repeat.row, of: repeat.of })}</li>
        ))}
      </ul>
    </section>
  );
}

/** Which column an error is about: the field's name and the file's header it came from. */
function columnOfError(
  error: ImportRowError,
  preview: ImportPreview,
  mapping: ColumnMapping,
  kind: ChapterKind,
  customFields: CustomField[],
): string {
  let column = mapping.indexOf(error.field);
  // First and last names come from the full-name column when there is one.
  if (column < 0 && (error.field === 'first_name' || error.field === 'last_name')) column = mapping.indexOf(FULL_NAME);
  const label = fieldLabel(error.field, kind, customFields);
  const header = column >= 0 ? preview.headers[column]?.trim() : '';
  return header && header !== label ? `${label} (“${header}”)` : label;
}

/** Step 3, with problems: every one with its line, nothing imported, and a way to fix it. */
export function ProblemsStep({
  result,
  preview,
  mapping,
  kind,
  customFields,
}: {
  result: ImportResult;
  preview: ImportPreview;
  mapping: ColumnMapping;
  kind: ChapterKind;
  customFields: CustomField[];
}) {
  const { t } = useTranslation('roll');
  const headingRef = useFocusOnMount<HTMLHeadingElement>();
  const errors = result.errors;
  const rows = new Set(errors.map((error) => error.row)).size;
  // Only the first problems come back; rows are counted among those, the total is exact.
  const cut = result.errorCount > errors.length;

  return (
    <section className="import-step" aria-labelledby="import-problems-title">
      <h2 id="import-problems-title" className="section-title" ref={headingRef} tabIndex={-1}>
        {t('import.needFixing')}
      </h2>
      <p role="alert" className="alert alert-error">
        {t('import.problems', { count: result.errorCount })} {cut ? t('import.inRowsOrMore', { count: rows }) : t('import.inRows', { count: rows })}{' '}
        {t('import.nothingImported')}
      </p>
      <p className="import-lead">
        {t('import.fixLead')}
      </p>
      <table className="tool-table import-errors" aria-label={t('import.problemsFound')}>
        <thead>
          <tr>
            <th scope="col">{t('import.line')}</th>
            <th scope="col">{t('import.column')}</th>
            <th scope="col">{t('import.problem')}</th>
          </tr>
        </thead>
        <tbody>
          {errors.slice(0, ERRORS_SHOWN).map((error, index) => (
            <tr key={index}>
              <td className="import-error-line">{error.row}</td>
              <td>{columnOfError(error, preview, mapping, kind, customFields)}</td>
              <td>{error.message}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {errors.length > ERRORS_SHOWN ? (
        <p className="field-hint">
          {t('import.showingFirst', { shown: ERRORS_SHOWN, count: result.errorCount })}
        </p>
      ) : null}
    </section>
  );
}
