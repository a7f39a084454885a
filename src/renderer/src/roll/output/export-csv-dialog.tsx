import { useEffect, useState } from 'react';
import type { RollQuery } from '../../../../shared/roll';
import { ErrorAlert } from '../../ui/alerts';
import { errorMessage } from '../../ui/errors';
import { ModalDialog } from '../import/modal-dialog';
import { useFocusOnMount } from '../import/use-focus-on-mount';
import { countOf } from '../import/words';
import { saveFile } from '../../ui/save-file';
import { isNarrowed } from './selection';

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
  const [count, setCount] = useState<number | null>(null);
  const [exporting, setExporting] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const cancelRef = useFocusOnMount<HTMLButtonElement>();

  useEffect(() => {
    let current = true;
    window.chapter.roll
      .list({ ...selection, limit: 1 })
      .then((page) => current && setCount(page.total))
      .catch(() => undefined); // the count is a courtesy; the export still works without it
    return () => {
      current = false;
    };
  }, [selection]);

  async function exportNow() {
    setExporting(true);
    setError(null);
    try {
      const file = await window.chapter.roll.exportCsv({ query: selection });
      saveFile(file.fileName, new Blob([file.csv], { type: 'text/csv;charset=utf-8' }));
      onSaved(`Exported ${file.fileName} with ${countOf(file.count, 'member', 'members')}. It is not encrypted: delete it when you are done.`);
    } catch (failure) {
      setError(errorMessage(failure));
      setExporting(false);
    }
  }

  const who = isNarrowed(selection) ? 'the members the roll shows now' : 'every member on the roll';

  return (
    <ModalDialog labelledBy="export-title" describedBy="export-warning" onCancel={onClose} cancellable={!exporting}>
      <div className="tool-dialog-body">
        <h1 id="export-title" className="sheet-title">
          Export a CSV file?
        </h1>
        <p>
          The file will list {who}
          {count !== null ? ` (${countOf(count, 'member', 'members')})` : ''}, with every field: names, contact details,
          addresses, notes.
        </p>
        <div id="export-warning" className="tool-danger-note">
          <p>
            <strong>This file is not encrypted.</strong> Anyone who gets it — from this computer, a USB stick, an e-mail
            attachment or a cloud folder — can read every member’s name and contact details.
          </p>
          <p>Keep it only as long as you need it, then delete it and empty the trash.</p>
        </div>
        <p className="field-hint">
          Cells that start with =, +, - or @ get a leading apostrophe, so that a spreadsheet shows them as text and never
          runs them as formulas.
        </p>
        <ErrorAlert message={error} />
      </div>
      <footer className="tool-dialog-footer">
        <button ref={cancelRef} type="button" className="button button-secondary" onClick={onClose} disabled={exporting}>
          Cancel
        </button>
        <button type="button" className="button tool-button-danger" onClick={() => void exportNow()} disabled={exporting}>
          {exporting ? 'Exporting…' : 'Export unencrypted CSV'}
        </button>
      </footer>
    </ModalDialog>
  );
}
