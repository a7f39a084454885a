import type { ImportResult } from '../../../../shared/roll';
import { ProgressBar } from './progress-bar';
import { useFocusOnMount } from './use-focus-on-mount';
import type { WorkProgress } from './use-work-progress';
import { countOf } from './words';

/** Step 4 while rows are written: it cannot be stopped half-way, and says so. */
export function ImportingStep({ totalRows, progress }: { totalRows: number; progress: WorkProgress }) {
  const headingRef = useFocusOnMount<HTMLHeadingElement>();
  return (
    <section className="import-step" aria-labelledby="import-running-title" aria-busy="true">
      <h2 id="import-running-title" className="section-title" ref={headingRef} tabIndex={-1}>
        Importing {countOf(totalRows, 'row', 'rows')}…
      </h2>
      <ProgressBar label="Imported" done={progress.done} total={progress.total} />
      <p className="import-lead">
        All rows are saved together, or none are, so this cannot be stopped half-way. A large roll takes a minute or
        two.
      </p>
    </section>
  );
}

/** Step 4, finished: what changed on the roll. */
export function ImportSummary({ result, fileName }: { result: ImportResult; fileName: string }) {
  // Focus goes to the Done button; the status line below is announced.
  return (
    <section className="import-step" aria-labelledby="import-done-title">
      <h2 id="import-done-title" className="section-title">
        Import complete
      </h2>
      <p role="status" className="import-lead">
        {fileName} is on the roll.
      </p>
      <dl className="import-counts" data-testid="import-summary">
        <div>
          <dt>New members</dt>
          <dd>{result.imported.toLocaleString()}</dd>
        </div>
        <div>
          <dt>Updated</dt>
          <dd>{result.updated.toLocaleString()}</dd>
        </div>
        <div>
          <dt>Skipped</dt>
          <dd>{result.skipped.toLocaleString()}</dd>
        </div>
      </dl>
      <p className="field-hint">
        {countOf(result.total, 'row was', 'rows were')} read. The file you imported is not encrypted: if it holds members’
        details, delete it (and empty the trash) when you no longer need it.
      </p>
    </section>
  );
}
