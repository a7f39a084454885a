import { useState, type FormEvent } from 'react';
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
      <h1 className="screen-title">Use your recovery code</h1>
      <p className="screen-lead">Type the code you wrote down when the vault was created, then choose a new passphrase.</p>
      <form className="form" onSubmit={recover} aria-busy={busy}>
        <VaultPicker vaults={vaults} selectedId={selectedVaultId} onSelect={onSelectVault} />
        <TextField
          id="recover-code"
          label="Recovery code"
          className="input-code"
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          autoFocus
          maxLength={200}
          value={recoveryCode}
          onChange={setRecoveryCode}
          placeholder="XXXX-XXXX-XXXX-XXXX-XXXX-XXXX"
          hint="Capitals, dashes and spaces do not matter."
        />
        <NewPassphraseFields idPrefix="recover" state={newPassphrase} label="New passphrase" />
        <ErrorAlert message={error} />
        <button type="submit" className="button button-primary button-block" disabled={!complete || busy}>
          {busy ? 'Checking the code…' : 'Set new passphrase and unlock'}
        </button>
      </form>
      <div className="card-links">
        <button type="button" className="link" onClick={onBack}>
          Back to unlock
        </button>
      </div>
    </LockedLayout>
  );
}
