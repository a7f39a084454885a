import { useTranslation } from 'react-i18next';
import { useEffect, useMemo, useState } from 'react';
import type { RollQuery } from '../../../../shared/roll';
import { ExportCsvDialog } from './export-csv-dialog';
import { MenuButton } from './menu-button';
import { OutputToast } from './output-toast';
import { selectionOf } from './selection';
import { usePrintPdf, type PrintKind } from './use-print-pdf';
import '../roll-tools.css';

const NOTICE_MS = 12_000;

type Notice = { tone: 'info' | 'error'; message: string } | null;

/**
 * The Roll toolbar's way out of the vault: a CSV export (after a plain warning) and printable
 * PDFs, each of the members the table shows now (`query` without its paging).
 */
export function OutputMenu({ query }: { query: RollQuery }) {
  const { t } = useTranslation('roll');
  const [exporting, setExporting] = useState(false);
  const [notice, setNotice] = useState<Notice>(null);
  // The roll page builds a new query object on every render; only a different query is a new selection.
  const queryKey = JSON.stringify(query);
  const selection = useMemo(() => selectionOf(JSON.parse(queryKey) as RollQuery), [queryKey]);
  const pdf = usePrintPdf(
    (message) => setNotice({ tone: 'info', message }),
    (message) => setNotice({ tone: 'error', message }),
  );

  // Good news fades after a while; an error stays until it is dismissed.
  useEffect(() => {
    if (notice?.tone !== 'info') return;
    const timer = setTimeout(() => setNotice(null), NOTICE_MS);
    return () => clearTimeout(timer);
  }, [notice]);

  function startExport() {
    setNotice(null);
    setExporting(true);
  }

  function startPrint(kind: PrintKind) {
    setNotice(null);
    void pdf.print(kind, selection);
  }

  const percent = pdf.progress.total > 0 ? Math.round((pdf.progress.done / pdf.progress.total) * 100) : 0;

  return (
    <>
      <MenuButton
        label={t('output.menu')}
        disabled={pdf.printing !== null}
        items={[
          { label: t('output.csv'), onSelect: () => startExport() },
          { label: t('output.printRoll'), onSelect: () => startPrint('roll') },
          { label: t('output.printSignIn'), onSelect: () => startPrint('sign-in') },
        ]}
      />
      {exporting ? (
        <ExportCsvDialog
          selection={selection}
          onClose={() => setExporting(false)}
          onSaved={(message) => {
            setExporting(false);
            setNotice({ tone: 'info', message });
          }}
        />
      ) : null}
      {pdf.printing ? (
        <OutputToast tone="info" message={t(pdf.printing === 'roll' ? 'output.preparingRoll' : 'output.preparingSignIn', { percent })} />
      ) : notice ? (
        <OutputToast tone={notice.tone} message={notice.message} onDismiss={() => setNotice(null)} />
      ) : null}
    </>
  );
}
