import { useTranslation } from 'react-i18next';
import type { ImportResult } from '../../../../shared/roll';
import { ProgressBar } from './progress-bar';
import { formatCount } from '../../ui/dates';
import { useFocusOnMount } from './use-focus-on-mount';
import type { WorkProgress } from './use-work-progress';

/** Step 4 while rows are written: it cannot be stopped half-way, and says so. */
export function ImportingStep({ totalRows, progress }: { totalRows: number; progress: WorkProgress }) {
  const { t } = useTranslation('roll');
  const headingRef = useFocusOnMount<HTMLHeadingElement>();
  return (
    <section className="import-step" aria-labelledby="import-running-title" aria-busy="true">
      <h2 id="import-running-title" className="section-title" ref={headingRef} tabIndex={-1}>
        {t('import.importing', { count: totalRows })}
      </h2>
      <ProgressBar label={t('import.imported')} done={progress.done} total={progress.total} />
      <p className="import-lead">
        {t('import.allOrNone')}
      </p>
    </section>
  );
}

/** Step 4, finished: what changed on the roll. */
export function ImportSummary({ result, fileName }: { result: ImportResult; fileName: string }) {
  // Focus goes to the Done button; the status line below is announced.
  const { t } = useTranslation('roll');
  return (
    <section className="import-step" aria-labelledby="import-done-title">
      <h2 id="import-done-title" className="section-title">
        {t('import.complete')}
      </h2>
      <p role="status" className="import-lead">
        {t('import.onRoll', { fileName })}
      </p>
      <dl className="import-counts" data-testid="import-summary">
        <div>
          <dt>{t('import.newMembers')}</dt>
          <dd>{formatCount(result.imported)}</dd>
        </div>
        <div>
          <dt>{t('import.updated')}</dt>
          <dd>{formatCount(result.updated)}</dd>
        </div>
        <div>
          <dt>{t('import.skipped')}</dt>
          <dd>{formatCount(result.skipped)}</dd>
        </div>
      </dl>
      <p className="field-hint">
        {t('import.rowsRead', { count: result.total })} {t('import.deletePlain')}
      </p>
    </section>
  );
}
