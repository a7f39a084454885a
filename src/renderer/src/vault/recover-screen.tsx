import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppState, VaultSummary } from '../../../shared/contract';
import { ErrorAlert } from '../ui/alerts';
import { errorMessage } from '../ui/errors';
import { LockedLayout } from '../ui/locked-layout';
import { TextField } from '../ui/text-field';
import { NewPassphraseFields, useNewPassphrase } from './passphrase-strength';
import { VaultPicker } from './vault-picker';

export function RecoverScreen({
  vaults,
  selectedVaultId,
  onSelectVault,
  onRecovered,
  onBack,
}: {
  vaults: VaultSummary[];
  selectedVaultId: string | null;
  onSelectVault: (vaultId: string) => void;
  onRecovered: (state: AppState) => void;
  onBack: () => void;
}) {
  const { t } = useTranslation('vault');
  const [recoveryCode, setRecoveryCode] = useState('');
  const newPassphrase = useNewPassphrase();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const complete = Boolean(selectedVaultId) && recoveryCode.trim() !== '' && newPassphrase.ready;

  async function recover(event: FormEvent) {
    event.preventDefault();
    if (!complete || !selectedVaultId || busy) return;
    setBusy(true);
    setError(null);
    try {
      const state = await window.chapter.vault.recover({
        vaultId: selectedVaultId,
        recoveryCode,
        newPassphrase: newPassphrase.passphrase,
      });
      onRecovered(state);
    } catch (failure) {
      setError(errorMessage(failure));
      setBusy(false);
    }
  }

  return (
    <LockedLayout>
      <h1 className="screen-title">{t('recover.title')}</h1>
      <p className="screen-lead">{t('recover.lead')}</p>
      <form className="form" onSubmit={recover} aria-busy={busy}>
        <VaultPicker vaults={vaults} selectedId={selectedVaultId} onSelect={onSelectVault} />
        <TextField
          id="recover-code"
          label={t('recoveryCode')}
          className="input-code"
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          autoFocus
          maxLength={200}
          value={recoveryCode}
          onChange={setRecoveryCode}
          placeholder="XXXX-XXXX-XXXX-XXXX-XXXX-XXXX"
          hint={t('recover.codeHint')}
        />
        <NewPassphraseFields idPrefix="recover" state={newPassphrase} label={t('newPassphrase')} />
        <ErrorAlert message={error} />
        <button type="submit" className="button button-primary button-block" disabled={!complete || busy}>
          {busy ? t('recover.busy') : t('recover.submit')}
        </button>
      </form>
      <div className="card-links">
        <button type="button" className="link" onClick={onBack}>
          {t('recover.back')}
        </button>
      </div>
    </LockedLayout>
  );
}
