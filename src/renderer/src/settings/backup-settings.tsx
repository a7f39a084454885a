import { useCallback, useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { ErrorCode } from '../../../shared/contract';
import type { BackupInfo } from '../../../shared/backup';
import { Dialog } from '../ui/dialog';
import { useFocusOnMount } from '../roll/import/use-focus-on-mount';
import { ErrorAlert, StatusNote } from '../ui/alerts';
import { formatTimestamp } from '../ui/dates';
import { errorMessage } from '../ui/errors';
import { useChapterLoad } from '../ui/use-chapter-load';
import '../roll/roll.css';
import './backup-settings.css';

const KEPT_CHOICES = [3, 7, 14, 30];

function sizeOf(bytes: number, t: TFunction<'settings'>): string {
  return bytes < 1024 * 1024 ? t('backups.kb', { size: Math.max(1, Math.round(bytes / 1024)) }) : t('backups.mb', { size: bytes / 1024 / 1024 });
}

/** Main words restore refusals in English; the dialog knows which backup, so it can say them in any language. */
function restoreErrors(t: TFunction<'settings'>, date: string): Partial<Record<ErrorCode, string>> {
  return {
    BACKUP_DAMAGED: t('backups.errors.damaged', { date }),
    NOT_FOUND: t('backups.errors.notFound'),
    VAULT_TOO_NEW: t('backups.errors.tooNew'),
  };
}

/**
 * Settings → Backups: the encrypted copies kept in the vault's folder, "Back up now", how many
 * are kept, and restoring one (after saying plainly what will be lost).
 */
export function BackupSettings() {
  const { t } = useTranslation('settings');
  const [backups, setBackups] = useState<BackupInfo[] | null>(null);
  const [kept, setKept] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);
  const [note, setNote] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [restoring, setRestoring] = useState<BackupInfo | null>(null);

  const refresh = useCallback(async () => {
    setBackups(await window.chapter.backup.list({}));
  }, []);

  useChapterLoad(
    () => Promise.all([window.chapter.backup.list({}), window.chapter.settings.get({})]),
    ([list, settings]) => {
      setBackups(list);
      setKept(settings.backupsKept);
    },
    setError,
    [],
  );

  async function backUpNow() {
    setBusy(true);
    setNote(null);
    setError(null);
    try {
      const made = await window.chapter.backup.create({});
      await refresh();
      setNote(t('backups.backedUp', { date: formatTimestamp(made.createdAt) }));
    } catch (failure) {
      setError(errorMessage(failure));
    } finally {
      setBusy(false);
    }
  }

  async function chooseKept(next: number) {
    setError(null);
    setNote(null);
    try {
      const settings = await window.chapter.settings.update({ backupsKept: next });
      setKept(settings.backupsKept);
      setNote(t('backups.keptSaved'));
    } catch (failure) {
      setError(errorMessage(failure));
    }
  }

  const keptChoices = kept === null || KEPT_CHOICES.includes(kept) ? KEPT_CHOICES : [...KEPT_CHOICES, kept].sort((a, b) => a - b);

  return (
    <section className="form" aria-labelledby="backups-title">
      <h2 id="backups-title" className="section-title">
        {t('backups.title')}
      </h2>
      <p className="field-hint">{t('backups.lead')}</p>
      <div className="field">
        <label htmlFor="backups-kept">{t('backups.kept')}</label>
        <select
          id="backups-kept"
          className="input select"
          value={kept ?? ''}
          disabled={kept === null}
          onChange={(event) => void chooseKept(Number(event.target.value))}
        >
          {keptChoices.map((choice) => (
            <option key={choice} value={choice}>
              {choice}
            </option>
          ))}
        </select>
      </div>
      {backups === null ? null : backups.length === 0 ? (
        <p className="field-hint">{t('backups.none')}</p>
      ) : (
        <table className="backup-list">
          <caption className="visually-hidden">{t('backups.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('backups.taken')}</th>
              <th scope="col">{t('backups.why')}</th>
              <th scope="col">{t('backups.size')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('backups.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {backups.map((backup) => (
              <tr key={backup.id}>
                <td>{formatTimestamp(backup.createdAt)}</td>
                <td>{backup.intact ? t(`backups.reasons.${backup.reason}`) : t('backups.damaged')}</td>
                <td>{sizeOf(backup.sizeBytes, t)}</td>
                <td>
                  <button
                    type="button"
                    className="button button-secondary"
                    onClick={() => setRestoring(backup)}
                    disabled={busy}
                    aria-label={t('backups.restoreNamed', { date: formatTimestamp(backup.createdAt) })}
                  >
                    {t('backups.restore')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <div>
        <button type="button" className="button button-primary" onClick={() => void backUpNow()} disabled={busy}>
          {busy ? t('backups.backingUp') : t('backups.backUpNow')}
        </button>
      </div>
      <ErrorAlert message={error} />
      <StatusNote message={note} />
      {restoring ? <RestoreDialog backup={restoring} onCancel={() => setRestoring(null)} /> : null}
    </section>
  );
}

/** Cancel has the focus: Enter alone must not throw away today's work. */
function RestoreDialog({ backup, onCancel }: { backup: BackupInfo; onCancel: () => void }) {
  const { t } = useTranslation('settings');
  const [working, setWorking] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const cancelRef = useFocusOnMount<HTMLButtonElement>();
  const when = formatTimestamp(backup.createdAt);

  async function restore() {
    setWorking(true);
    setError(null);
    try {
      // On success main locks the vault, and the whole window (this dialog too) gives way to the lock screen.
      await window.chapter.backup.restore({ id: backup.id });
    } catch (failure) {
      setError(errorMessage(failure, restoreErrors(t, when)));
      setWorking(false);
    }
  }

  return (
    <Dialog labelledBy="restore-title" describedBy="restore-warning" onCancel={onCancel} cancellable={!working}>
      <div className="dialog-body">
        <h1 id="restore-title" className="dialog-title">
          {t('backups.dialog.title', { date: when })}
        </h1>
        <div id="restore-warning" className="tool-danger-note">
          <p>
            <strong>{t('backups.dialog.lost', { date: when })}</strong>
            {t('backups.dialog.lostWhat')}
          </p>
          <p>{t('backups.dialog.kept')}</p>
        </div>
        <ErrorAlert message={error} />
      </div>
      <footer className="dialog-footer">
        <button ref={cancelRef} type="button" className="button button-secondary" onClick={onCancel} disabled={working}>
          {t('actions.cancel', { ns: 'common' })}
        </button>
        <button type="button" className="button button-danger-solid" onClick={() => void restore()} disabled={working}>
          {working ? t('backups.dialog.restoring') : t('backups.dialog.restore')}
        </button>
      </footer>
    </Dialog>
  );
}
