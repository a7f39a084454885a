import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppState, VaultSummary } from '../../../shared/contract';
import { ErrorAlert, StatusNote } from '../ui/alerts';
import { errorMessage } from '../ui/errors';
import { LockedLayout } from '../ui/locked-layout';
import { TextField } from '../ui/text-field';
import { VaultPicker } from './vault-picker';

export function UnlockScreen({
  vaults,
  selectedVaultId,
  notice,
  onSelectVault,
  onUnlocked,
  onRecover,
  onCreate,
}: {
  vaults: VaultSummary[];
  selectedVaultId: string | null;
  /** Why the vault was locked, e.g. after inactivity. */
  notice: string | null;
  onSelectVault: (vaultId: string) => void;
  onUnlocked: (state: AppState) => void;
  onRecover: () => void;
  onCreate: () => void;
}) {
  const { t } = useTranslation('vault');
  const [passphrase, setPassphrase] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const passphraseInput = useRef<HTMLInputElement>(null);

  async function unlock(event: FormEvent) {
    event.preventDefault();
    if (!selectedVaultId || !passphrase || busy) return;
    setBusy(true);
    setError(null);
    try {
      const state = await window.chapter.vault.unlock({ vaultId: selectedVaultId, passphrase });
      onUnlocked(state);
    } catch (failure) {
      setError(errorMessage(failure));
      setBusy(false);
      // Ready for another try without reaching for the mouse.
      passphraseInput.current?.select();
    }
  }

  return (
    <LockedLayout>
      <h1 className="screen-title">{t('unlock.title')}</h1>
      <StatusNote message={notice} />
      <form className="form" onSubmit={unlock} aria-busy={busy}>
        <VaultPicker vaults={vaults} selectedId={selectedVaultId} onSelect={onSelectVault} />
        <TextField
          ref={passphraseInput}
          id="unlock-passphrase"
          label={t('passphrase')}
          type="password"
          autoComplete="current-password"
          spellCheck={false}
          autoFocus
          value={passphrase}
          onChange={setPassphrase}
        />
        <ErrorAlert message={error} />
        <button type="submit" className="button button-primary button-block" disabled={busy || !passphrase || !selectedVaultId}>
          {busy ? t('unlock.busy') : t('unlock.submit')}
        </button>
      </form>
      <div className="card-links">
        <button type="button" className="link" onClick={onRecover}>
          {t('unlock.forgot')}
        </button>
        <button type="button" className="link link-muted" onClick={onCreate}>
          {t('unlock.create')}
        </button>
      </div>
    </LockedLayout>
  );
}
