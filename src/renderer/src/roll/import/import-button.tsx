import { useTranslation } from 'react-i18next';
import { useCallback, useState } from 'react';
import { ImportDialog, type DroppedFile } from './import-dialog';
import { useFileDrop } from './use-file-drop';

/**
 * "Import CSV": opens the import sheet. A CSV dropped anywhere on the Roll page opens it too,
 * already reading that file.
 */
export function ImportButton({ onImported }: { onImported: () => void }) {
  const { t } = useTranslation('roll');
  const [open, setOpen] = useState(false);
  const [dropped, setDropped] = useState<DroppedFile | null>(null);

  const onDrop = useCallback((file: File) => {
    setDropped((previous) => ({ file, serial: (previous?.serial ?? 0) + 1 }));
    setOpen(true);
  }, []);
  const dragging = useFileDrop(open, onDrop);

  function close(imported: boolean) {
    setOpen(false);
    setDropped(null);
    // Told only now, not the moment the rows are written: the refresh may replace the part of the
    // page this button sits in (an empty roll's "import" button), which would close the summary.
    if (imported) onImported();
  }

  return (
    <>
      <button type="button" className="button button-secondary" onClick={() => setOpen(true)}>
        {t('import.button')}
      </button>
      {open ? (
        <ImportDialog dropped={dropped} dragging={dragging} onClose={close} />
      ) : dragging ? (
        <div className="import-drop-overlay" aria-hidden="true">
          <p>{t('import.dropOverlay')}</p>
        </div>
      ) : null}
    </>
  );
}
