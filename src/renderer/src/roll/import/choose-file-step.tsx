import { useTranslation } from 'react-i18next';
import { useRef } from 'react';
import { useFocusOnMount } from './use-focus-on-mount';

/**
 * Step 1: which file. A button opens the system's file chooser; a file dropped anywhere on the
 * window works too (the drop itself is caught by ImportButton), and `dragging` lights up the zone.
 */
export function ChooseFileStep({
  busy,
  dragging,
  onFile,
}: {
  busy: boolean;
  dragging: boolean;
  onFile: (file: File) => void;
}) {
  const { t } = useTranslation('roll');
  const inputRef = useRef<HTMLInputElement>(null);
  const buttonRef = useFocusOnMount<HTMLButtonElement>();

  return (
    <section className="import-step" aria-labelledby="import-choose-title">
      <h2 id="import-choose-title" className="section-title">
        {t('import.chooseTitle')}
      </h2>
      <p className="import-lead">{t('import.chooseLead')}</p>
      <ul className="import-sources">
        <li>
          <strong>Excel</strong>: {t('import.sources.excel')}
        </li>
        <li>
          <strong>Google Sheets</strong>: {t('import.sources.sheets')}
        </li>
        <li>
          <strong>Numbers, LibreOffice</strong>: {t('import.sources.numbers')}
        </li>
        <li>
          <strong>Action Network, NationBuilder, Mailchimp, VAN</strong>: {t('import.sources.tools')}
        </li>
      </ul>
      <div className="import-dropzone" data-dragging={dragging} aria-busy={busy}>
        {busy ? (
          <p role="status">{t('import.reading')}</p>
        ) : (
          <>
            <p>{dragging ? t('import.dropToRead') : t('import.dropHere')}</p>
            <button ref={buttonRef} type="button" className="button button-primary" onClick={() => inputRef.current?.click()}>
              {t('import.chooseFile')}
            </button>
          </>
        )}
        <input
          ref={inputRef}
          type="file"
          accept=".csv,text/csv,.txt,.tsv"
          aria-label={t('import.fileLabel')}
          hidden
          onChange={(event) => {
            const file = event.target.files?.[0];
            // Cleared, so that choosing the same (corrected) file again still counts as a change.
            event.target.value = '';
            if (file) onFile(file);
          }}
        />
      </div>
      <p className="field-hint">
        {t('import.nothingUntil')}
      </p>
    </section>
  );
}
