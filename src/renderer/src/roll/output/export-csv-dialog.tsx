import { useTranslation } from 'react-i18next';
import { useState } from 'react';
import type { RollQuery } from '../../../../shared/roll';
import { ErrorAlert } from '../../ui/alerts';
import { errorMessage } from '../../ui/errors';
import { useChapterLoad } from '../../ui/use-chapter-load';
import { Dialog } from '../../ui/dialog';
import { useFocusOnMount } from '../import/use-focus-on-mount';
import { saveFile } from '../../ui/save-file';
import { isNarrowed } from './selection';
import { memberCount } from '../member-fields';

/**
 * The one moment a plaintext copy of the roll leaves the vault, so the officer is told plainly
 * what that means before it happens. Cancel has the focus: Enter alone must not export.
 */
export function ExportCsvDialog({
  selection,
  onClose,
  onSaved,
}: {
  selection: RollQuery;
  onClose: () => void;
  onSaved: (message: string) => void;
}) {
  const { t } = useTranslation(['roll', 'common']);
  const [count, setCount] = useState<number | null>(null);
  const [exporting, setExporting] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const cancelRef = useFocusOnMount<HTMLButtonElement>();

  // The count is a courtesy; the export still works without it.
  useChapterLoad(() => window.chapter.roll.list({ ...selection, limit: 1 }), (page) => setCount(page.total), null, [selection]);

  async function exportNow() {
    setExporting(true);
    setError(null);
    try {
      const file = await window.chapter.roll.exportCsv({ query: selection });
      saveFile(file.fileName, new Blob([file.csv], { type: 'text/csv;charset=utf-8' }));
      onSaved(t('output.csvSaved', { fileName: file.fileName, members: memberCount(file.count) }));
    } catch (failure) {
      setError(errorMessage(failure));
      setExporting(false);
    }
  }

  const who = isNarrowed(selection) ? t('output.whoShown') : t('output.whoAll');

  return (
    <Dialog labelledBy="export-title" describedBy="export-warning" onCancel={onClose} cancellable={!exporting}>
      <div className="dialog-body">
        <h1 id="export-title" className="dialog-title">
          {t('output.csvTitle')}
        </h1>
        <p>{t('output.willList', { who: count !== null ? `${who} (${memberCount(count)})` : who })}</p>
        <div id="export-warning" className="tool-danger-note">
          <p>
            <strong>{t('output.notEncrypted')}</strong> {t('output.anyone')}
          </p>
          <p>{t('output.keepShort')}</p>
        </div>
        <p className="field-hint">
          {t('output.formulas')}
        </p>
        <ErrorAlert message={error} />
      </div>
      <footer className="dialog-footer">
        <button ref={cancelRef} type="button" className="button button-secondary" onClick={onClose} disabled={exporting}>
          {t('common:actions.cancel')}
        </button>
        <button type="button" className="button button-danger-solid" onClick={() => void exportNow()} disabled={exporting}>
          {exporting ? t('output.exporting') : t('output.exportPlain')}
        </button>
      </footer>
    </Dialog>
  );
}
