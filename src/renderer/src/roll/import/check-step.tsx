import type { ColumnMapping, CustomField, ImportPreview, ImportResult, ImportRowError } from '../../../../shared/roll';
import { FULL_NAME, fieldLabel } from './field-labels';
import { ProgressBar } from './progress-bar';
import type { ChapterKind } from './use-chapter-kind';
import { useFocusOnMount } from './use-focus-on-mount';
import type { WorkProgress } from './use-work-progress';
import { countOf } from './words';

const ERRORS_SHOWN = 100;

/** Step 3 while the dry run works through the file. */
export function CheckingStep({ totalRows, progress }: { totalRows: number; progress: WorkProgress }) {
  const headingRef = useFocusOnMount<HTMLHeadingElement>();
  return (
    <section className="import-step" aria-labelledby="import-checking-title" aria-busy="true">
      <h2 id="import-checking-title" className="section-title" ref={headingRef} tabIndex={-1}>
        Checking {countOf(totalRows, 'row', 'rows')}…
      </h2>
      {/* The dry run reports its checking as the first half of the work. */}
      <ProgressBar label="Checked" done={progress.done} total={progress.total} />
    </section>
  );
}

/** Step 3, clean: what the import will do, in numbers. */
export function ReadyStep({ result }: { result: ImportResult }) {
  const headingRef = useFocusOnMount<HTMLHeadingElement>();
  return (
    <section className="import-step" aria-labelledby="import-ready-title">
      <h2 id="import-ready-title" className="section-title" ref={headingRef} tabIndex={-1}>
        Every row is fine
      </h2>
      <p className="import-ready" data-testid="import-ready">
        Ready: {result.imported.toLocaleString()} new, {result.updated.toLocaleString()} updated,{' '}
        {result.skipped.toLocaleString()} skipped
      </p>
      <p className="import-lead">
        Nothing has been saved yet. Press Import to add them to the roll, or go back to change how the columns are matched.
        {result.skipped > 0 ? ' Skipped rows are empty, or belong to people already on the roll when you chose to skip them.' : ''}
      </p>
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
  const headingRef = useFocusOnMount<HTMLHeadingElement>();
  const errors = result.errors;
  const rows = new Set(errors.map((error) => error.row)).size;
  // Only the first problems come back; rows are counted among those, the total is exact.
  const cut = result.errorCount > errors.length;
  const problems = countOf(result.errorCount, 'problem', 'problems');

  return (
    <section className="import-step" aria-labelledby="import-problems-title">
      <h2 id="import-problems-title" className="section-title" ref={headingRef} tabIndex={-1}>
        Some rows need fixing
      </h2>
      <p role="alert" className="alert alert-error">
        {problems} in {countOf(rows, 'row', 'rows')}{cut ? ' or more' : ''}. Nothing has been imported.
      </p>
      <p className="import-lead">
        Fix these rows in your spreadsheet, save it as CSV again and choose it (or drop it here), or change how the columns
        are matched if a column went to the wrong field. Line numbers are those of the file, counting the header as line 1.
      </p>
      <table className="tool-table import-errors" aria-label="Problems found">
        <thead>
          <tr>
            <th scope="col">Line</th>
            <th scope="col">Column</th>
            <th scope="col">Problem</th>
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
          Showing the first {ERRORS_SHOWN} problems of {result.errorCount.toLocaleString()}.
        </p>
      ) : null}
    </section>
  );
}
