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
  const inputRef = useRef<HTMLInputElement>(null);
  const buttonRef = useFocusOnMount<HTMLButtonElement>();

  return (
    <section className="import-step" aria-labelledby="import-choose-title">
      <h2 id="import-choose-title" className="section-title">
        Choose the file
      </h2>
      <p className="import-lead">
        A CSV file with one member per row and the column names in the first row. Any spreadsheet or organizing tool
        can make one:
      </p>
      <ul className="import-sources">
        <li>
          <strong>Excel</strong>: File › Save As › “CSV UTF-8” (plain “CSV” works too)
        </li>
        <li>
          <strong>Google Sheets</strong>: File › Download › Comma-separated values
        </li>
        <li>
          <strong>Numbers, LibreOffice</strong>: Export to CSV
        </li>
        <li>
          <strong>Action Network, NationBuilder, Mailchimp, VAN</strong>: their “export” or “download” of a list
        </li>
      </ul>
      <div className="import-dropzone" data-dragging={dragging} aria-busy={busy}>
        {busy ? (
          <p role="status">Reading the file…</p>
        ) : (
          <>
            <p>{dragging ? 'Drop the file to read it' : 'Drop the CSV file here, or'}</p>
            <button ref={buttonRef} type="button" className="button button-primary" onClick={() => inputRef.current?.click()}>
              Choose a file…
            </button>
          </>
        )}
        <input
          ref={inputRef}
          type="file"
          accept=".csv,text/csv,.txt,.tsv"
          aria-label="CSV file to import"
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
        Nothing is added to the roll until you have checked the columns and pressed Import at the last step.
      </p>
    </section>
  );
}
