import { useCallback, useEffect, useState } from 'react';
import type { BackupInfo } from '../../../shared/backup';
import { ModalDialog } from '../roll/import/modal-dialog';
import { useFocusOnMount } from '../roll/import/use-focus-on-mount';
import { ErrorAlert, StatusNote } from '../ui/alerts';
import { formatTimestamp } from '../ui/dates';
import { errorMessage } from '../ui/errors';
import '../roll/roll.css';
import './backup-settings.css';

const KEPT_CHOICES = [3, 7, 14, 30];

const REASONS: Record<BackupInfo['reason'], string> = {
  automatic: 'Daily',
  manual: 'Backed up by hand',
  'before-import': 'Before a CSV import',
  'before-exchange': 'Before importing an officer’s file',
  'before-restore': 'Before a restore',
};

const sizeOf = (bytes: number) => (bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`);

/**
 * Settings → Backups: the encrypted copies kept in the vault's folder, "Back up now", how many
 * are kept, and restoring one (after saying plainly what will be lost).
 */
export function BackupSettings() {
  const [backups, setBackups] = useState<BackupInfo[] | null>(null);
  const [kept, setKept] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);
  const [note, setNote] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [restoring, setRestoring] = useState<BackupInfo | null>(null);

  const refresh = useCallback(async () => {
    setBackups(await window.chapter.backup.list({}));
  }, []);

  useEffect(() => {
    let current = true;
    Promise.all([window.chapter.backup.list({}), window.chapter.settings.get({})])
      .then(([list, settings]) => {
        if (!current) return;
        setBackups(list);
        setKept(settings.backupsKept);
      })
      .catch((failure: unknown) => current && setError(errorMessage(failure)));
    return () => {
      current = false;
    };
  }, []);

  async function backUpNow() {
    setBusy(true);
    setNote(null);
    setError(null);
    try {
      const made = await window.chapter.backup.create({});
      await refresh();
      setNote(`Backed up at ${formatTimestamp(made.createdAt)}.`);
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
      setNote('Saved. Older backups beyond this number are deleted at the next backup.');
    } catch (failure) {
      setError(errorMessage(failure));
    }
  }

  const keptChoices = kept === null || KEPT_CHOICES.includes(kept) ? KEPT_CHOICES : [...KEPT_CHOICES, kept].sort((a, b) => a - b);

  return (
    <section className="form" aria-labelledby="backups-title">
      <h2 id="backups-title" className="section-title">
        Backups
      </h2>
      <p className="field-hint">
        Chapterhouse keeps encrypted copies of this vault in its folder: one a day when you unlock it, and one before
        every import. They open with the same passphrase. Copy the whole vault folder to a USB stick now and then, in
        case this computer is lost.
      </p>
      <div className="field">
        <label htmlFor="backups-kept">Backups to keep</label>
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
        <p className="field-hint">No backups yet.</p>
      ) : (
        <table className="backup-list">
          <caption className="visually-hidden">Backups, newest first</caption>
          <thead>
            <tr>
              <th scope="col">Taken</th>
              <th scope="col">Why</th>
              <th scope="col">Size</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {backups.map((backup) => (
              <tr key={backup.id}>
                <td>{formatTimestamp(backup.createdAt)}</td>
                <td>{backup.intact ? REASONS[backup.reason] : 'Damaged'}</td>
                <td>{sizeOf(backup.sizeBytes)}</td>
                <td>
                  <button
                    type="button"
                    className="button button-secondary"
                    onClick={() => setRestoring(backup)}
                    disabled={busy}
                    aria-label={`Restore the backup of ${formatTimestamp(backup.createdAt)}`}
                  >
                    Restore…
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <div>
        <button type="button" className="button button-primary" onClick={() => void backUpNow()} disabled={busy}>
          {busy ? 'Backing up…' : 'Back up now'}
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
      setError(errorMessage(failure));
      setWorking(false);
    }
  }

  return (
    <ModalDialog labelledBy="restore-title" describedBy="restore-warning" onCancel={onCancel} cancellable={!working}>
      <div className="tool-dialog-body">
        <h1 id="restore-title" className="sheet-title">
          Restore the backup of {when}?
        </h1>
        <div id="restore-warning" className="tool-danger-note">
          <p>
            <strong>Everything changed since {when} will be lost</strong>: members added or edited, notes, imports and
            settings.
          </p>
          <p>
            The vault as it is now is kept as a backup first, so you can go back to it. Chapterhouse then locks; unlock it
            with your passphrase to see the restored data.
          </p>
        </div>
        <ErrorAlert message={error} />
      </div>
      <footer className="tool-dialog-footer">
        <button ref={cancelRef} type="button" className="button button-secondary" onClick={onCancel} disabled={working}>
          Cancel
        </button>
        <button type="button" className="button tool-button-danger" onClick={() => void restore()} disabled={working}>
          {working ? 'Restoring…' : 'Restore this backup'}
        </button>
      </footer>
    </ModalDialog>
  );
}
