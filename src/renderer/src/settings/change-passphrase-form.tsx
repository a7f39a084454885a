import { useTranslation } from 'react-i18next';
import { useState, type FormEvent } from 'react';
import { NewPassphraseFields, useNewPassphrase } from '../vault/passphrase-strength';
import { ErrorAlert, StatusNote } from '../ui/alerts';
import { errorMessage } from '../ui/errors';
import { TextField } from '../ui/text-field';

export function ChangePassphraseForm() {
  const { t } = useTranslation(['settings', 'vault']);
  const [currentPassphrase, setCurrentPassphrase] = useState('');
  const newPassphrase = useNewPassphrase();
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const complete = currentPassphrase !== '' && newPassphrase.ready;

  async function change(event: FormEvent) {
    event.preventDefault();
    if (!complete || busy) return;
    setBusy(true);
    setError(null);
    setDone(null);
    try {
      await window.chapter.vault.changePassphrase({ currentPassphrase, newPassphrase: newPassphrase.passphrase });
      // No passphrase stays in memory longer than it has to.
      setCurrentPassphrase('');
      newPassphrase.reset();
      setDone(t('passphrase.done'));
    } catch (failure) {
      setError(errorMessage(failure));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="form" onSubmit={change} aria-busy={busy} aria-labelledby="change-passphrase-title">
      <h2 id="change-passphrase-title" className="section-title">
        {t('passphrase.title')}
      </h2>
      <p className="section-lead">{t('passphrase.lead')}</p>
      <TextField
        id="settings-current-passphrase"
        label={t('passphrase.current')}
        type="password"
        autoComplete="current-password"
        spellCheck={false}
        autoFocus
        value={currentPassphrase}
        onChange={setCurrentPassphrase}
      />
      <NewPassphraseFields idPrefix="settings-new" state={newPassphrase} label={t('vault:newPassphrase')} />
      <ErrorAlert message={error} />
      <StatusNote message={done} />
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={!complete || busy}>
          {busy ? t('passphrase.busy') : t('passphrase.title')}
        </button>
      </div>
    </form>
  );
}
