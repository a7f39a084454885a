import { useState, type FormEvent } from 'react';
import type { AppState } from '../../../shared/contract';
import { ErrorAlert } from '../ui/alerts';
import { errorMessage } from '../ui/errors';
import { LockedLayout } from '../ui/locked-layout';
import { TextField } from '../ui/text-field';
import { NewPassphraseFields, useNewPassphrase } from './passphrase-strength';

export interface CreatedVault {
  state: AppState;
  recoveryCode: string;
}

export function CreateVaultScreen({
  onCreated,
  onBackToUnlock,
}: {
  onCreated: (created: CreatedVault) => void;
  /** Present only when a vault already exists to go back to. */
  onBackToUnlock: (() => void) | null;
}) {
  const [chapterName, setChapterName] = useState('');
  const [officerName, setOfficerName] = useState('');
  // Main refuses a passphrase built from these names; the meter judges it the same way.
  const newPassphrase = useNewPassphrase([chapterName, officerName]);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const complete = chapterName.trim() !== '' && officerName.trim() !== '' && newPassphrase.ready;

  async function create(event: FormEvent) {
    event.preventDefault();
    if (!complete || busy) return;
    setBusy(true);
    setError(null);
    try {
      onCreated(
        await window.chapter.vault.create({ chapterName, officerName, passphrase: newPassphrase.passphrase }),
      );
    } catch (failure) {
      setError(errorMessage(failure));
      setBusy(false);
    }
  }

  return (
    <LockedLayout>
      <h1 className="screen-title">Create your chapter's vault</h1>
      <p className="screen-lead">Everything stays encrypted on this computer.</p>
      <form className="form" onSubmit={create} aria-busy={busy}>
        <TextField
          id="create-chapter-name"
          label="Chapter name"
          autoComplete="off"
          autoFocus
          maxLength={200}
          value={chapterName}
          onChange={setChapterName}
        />
        <TextField
          id="create-officer-name"
          label="Your name"
          autoComplete="name"
          maxLength={200}
          value={officerName}
          onChange={setOfficerName}
          hint="Shown to the officers you exchange files with."
        />
        <NewPassphraseFields idPrefix="create" state={newPassphrase} />
        <p className="form-note">
          Nobody can reset a forgotten passphrase. The recovery code you get next is the only other way in.
        </p>
        <ErrorAlert message={error} />
        <button type="submit" className="button button-primary button-block" disabled={!complete || busy}>
          {busy ? 'Creating vault…' : 'Create vault'}
        </button>
      </form>
      {onBackToUnlock ? (
        <div className="card-links">
          <button type="button" className="link" onClick={onBackToUnlock}>
            I already have a vault: unlock it or use a recovery code
          </button>
        </div>
      ) : null}
    </LockedLayout>
  );
}
