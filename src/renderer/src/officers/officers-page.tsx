import { useTranslation } from 'react-i18next';
import { useState } from 'react';
import { useAppCommand } from '../shell/app-commands';
import { ErrorAlert, StatusNote } from '../ui/alerts';
import { useChapterData } from '../ui/chapter-data';
import { AddOfficerDialog } from './add-officer-dialog';
import { ExportDialog } from './export-dialog';
import { exportFromBase64, type ChosenExport } from './files';
import { ImportDialog } from './import-dialog';
import { OfficersList } from './officers-list';
import { YourCard } from './your-card';
import './officers.css';

type Open = 'add' | 'export' | 'import' | null;

/**
 * Officers: this officer's contact card, the officers they trust (added, verified in person,
 * revoked), and the encrypted files they hand each other.
 */
export function OfficersPage({ officerName }: { officerName: string }) {
  const { t } = useTranslation(['officers', 'common']);
  // Read through the data cache: after adding, verifying, revoking or importing, main's
  // officers:changed brings the new list without a read of our own.
  const officersRead = useChapterData('officers:list', {});
  const cardRead = useChapterData('officers:card', {});
  const officers = officersRead.data ?? null;
  const card = cardRead.data ?? null;
  const error = officersRead.error ?? cardRead.error;
  const [news, setNews] = useState<string | null>(null);
  const [open, setOpen] = useState<Open>(null);
  // A file opened from the file manager, with a fresh key each time so the dialog starts over with it.
  const [opened, setOpened] = useState<{ key: number; file: ChosenExport } | null>(null);
  useAppCommand('open-export', ({ fileName, contentBase64 }) => {
    setOpened((previous) => ({ key: (previous?.key ?? 0) + 1, file: exportFromBase64(fileName, contentBase64) }));
    setOpen('import');
  });

  const others = officers?.filter((officer) => !officer.isSelf) ?? [];

  return (
    <section className="page officers-page" aria-labelledby="page-title">
      <header className="page-header officers-header">
        <div>
          <h1 id="page-title" className="page-title">
            {t('title')}
          </h1>
          <p className="officers-lead">{t('lead')}</p>
        </div>
        <div className="officers-header-actions">
          <button type="button" className="button button-secondary" onClick={() => setOpen('import')} disabled={!officers}>
            {t('importExport')}
          </button>
          <button type="button" className="button button-primary" onClick={() => setOpen('export')} disabled={!officers}>
            {t('sendExport')}
          </button>
        </div>
      </header>
      <ErrorAlert message={error} />
      <div className="officers-sections">
        {card ? <YourCard card={card} officerName={officerName} /> : null}
        {officers ? (
          <section className="card card-section officers-card" aria-labelledby="officers-list-title">
            <div className="card-header">
              <div>
                <h2 id="officers-list-title" className="section-title">
                  {t('known')}
                </h2>
                <p className="card-lead">
                  {others.length === 0
                    ? t('noneYet')
                    : t('onlyVerified')}
                </p>
              </div>
              <button type="button" className="button button-secondary" onClick={() => setOpen('add')}>
                {t('addOfficer')}
              </button>
            </div>
            <StatusNote message={news} />
            <OfficersList
              officers={officers}
              onChanged={(_officer, message) => setNews(message)}
            />
          </section>
        ) : null}
      </div>
      {open === 'add' && officers ? (
        <AddOfficerDialog
          officers={officers}
          onClose={() => setOpen(null)}
          onAdded={(officer) => {
            setOpen(null);
            setNews(officer.verified ? `${officer.name} is added and verified.` : `${officer.name} is added. Verify them when you can compare fingerprints.`);
          }}
        />
      ) : null}
      {open === 'export' && officers ? <ExportDialog officers={officers} onClose={() => setOpen(null)} /> : null}
      {open === 'import' ? (
        <ImportDialog
          key={opened?.key ?? 0}
          {...(opened ? { initial: opened.file } : {})}
          onClose={() => {
            setOpen(null);
            setOpened(null);
          }}
        />
      ) : null}
    </section>
  );
}
