import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppState, Settings } from '../../../shared/contract';
import { ErrorAlert } from '../ui/alerts';
import { errorMessage } from '../ui/errors';
import { LockedLayout } from '../ui/locked-layout';
import { TextField } from '../ui/text-field';
import { NewPassphraseFields, useNewPassphrase } from './passphrase-strength';

export interface CreatedVault {
  state: AppState;
  recoveryCode: string;
}

type ChapterKind = Settings['chapterKind'];
const KINDS: ChapterKind[] = ['workplace', 'tenant'];

export function CreateVaultScreen({
  onCreated,
  onBack,
  backToUnlock,
}: {
  onCreated: (created: CreatedVault) => void;
  onBack: () => void;
  /** A vault already exists to go back to (else "back" is the welcome screen). */
  backToUnlock: boolean;
}) {
  const { t } = useTranslation('vault');
  const [chapterName, setChapterName] = useState('');
  const [officerName, setOfficerName] = useState('');
  const [chapterKind, setChapterKind] = useState<ChapterKind>('workplace');
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
      const created = await window.chapter.vault.create({ chapterName, officerName, passphrase: newPassphrase.passphrase });
      // The vault is open now; its kind is a setting like any other. If saving it fails the
      // vault still exists, and Settings can change the kind later.
      await window.chapter.settings.update({ chapterKind }).catch(() => undefined);
      onCreated(created);
    } catch (failure) {
      setError(errorMessage(failure));
      setBusy(false);
    }
  }

  return (
    <LockedLayout>
      <h1 className="screen-title">{t('create.title')}</h1>
      <p className="screen-lead">{t('create.lead')}</p>
      <form className="form" onSubmit={create} aria-busy={busy}>
        <TextField
          id="create-chapter-name"
          label={t('create.chapterName')}
          autoComplete="off"
          autoFocus
          maxLength={200}
          value={chapterName}
          onChange={setChapterName}
        />
        <fieldset className="kind-choice">
          <legend>{t('create.kind')}</legend>
          {KINDS.map((kind) => (
            <label key={kind} className="kind-option">
              <input
                type="radio"
                name="chapter-kind"
                value={kind}
                checked={chapterKind === kind}
                onChange={() => setChapterKind(kind)}
              />
              <span className="kind-option-text">
                <span className="kind-option-name">{t(`create.kinds.${kind}.name`)}</span>
                <span className="kind-option-hint">{t(`create.kinds.${kind}.hint`)}</span>
              </span>
            </label>
          ))}
        </fieldset>
        <TextField
          id="create-officer-name"
          label={t('create.officerName')}
          autoComplete="name"
          maxLength={200}
          value={officerName}
          onChange={setOfficerName}
          hint={t('create.officerHint')}
        />
        <NewPassphraseFields idPrefix="create" state={newPassphrase} />
        <p className="form-note">{t('create.noReset')}</p>
        <ErrorAlert message={error} />
        <button type="submit" className="button button-primary button-block" disabled={!complete || busy}>
          {busy ? t('create.busy') : t('create.submit')}
        </button>
      </form>
      <div className="card-links">
        <button type="button" className="link" onClick={onBack}>
          {backToUnlock ? t('create.haveVault') : t('create.backToWelcome')}
        </button>
      </div>
    </LockedLayout>
  );
}
