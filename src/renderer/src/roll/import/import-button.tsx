import { useTranslation } from 'react-i18next';
import { useCallback, useState } from 'react';
import { ImportDialog, type DroppedFile } from './import-dialog';
import { useFileDrop } from './use-file-drop';

/**
 * "Import CSV": opens the import sheet. A CSV dropped anywhere on the Roll page opens it too,
 * already reading that file. The table reads the new rows when main announces the change;
 * `onOpenChange` lets the page keep this button where it is meanwhile (an empty roll's "import"
 * button would otherwise be replaced by the table, closing the summary).
 */
export function ImportButton({ onOpenChange }: { onOpenChange?: (open: boolean) => void }) {
  const { t } = useTranslation('roll');
  const [open, setOpen] = useState(false);
  const [dropped, setDropped] = useState<DroppedFile | null>(null);

  const onDrop = useCallback((file: File) => {
    setDropped((previous) => ({ file, serial: (previous?.serial ?? 0) + 1 }));
    setOpen(true);
    onOpenChange?.(true);
  }, [onOpenChange]);
  const dragging = useFileDrop(open, onDrop);

  function show() {
    setOpen(true);
    onOpenChange?.(true);
  }

  function close() {
    setOpen(false);
    setDropped(null);
    onOpenChange?.(false);
  }

  return (
    <>
      <button type="button" className="button button-secondary" onClick={show}>
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
