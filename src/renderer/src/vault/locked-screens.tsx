import { useEffect, useState } from 'react';
import type { AppState, VaultSummary } from '../../../shared/contract';
import { CreateVaultScreen, type CreatedVault } from './create-vault-screen';
import { RecoverScreen } from './recover-screen';
import { UnlockScreen } from './unlock-screen';

type LockedView = 'unlock' | 'create' | 'recover';

/** Everything reachable while the vault is locked: unlock, create a vault, or recover with the code. */
export function LockedScreens({
  vaults,
  notice,
  onUnlocked,
  onCreated,
}: {
  vaults: VaultSummary[];
  notice: string | null;
  onUnlocked: (state: AppState) => void;
  onCreated: (created: CreatedVault) => void;
}) {
  const [requestedView, setView] = useState<LockedView>('unlock');
  const [selectedVaultId, setSelectedVaultId] = useState<string | null>(vaults[0]?.id ?? null);

  // Keep the selection valid as the list changes (e.g. it arrives after a lock).
  useEffect(() => {
    if (!vaults.some((vault) => vault.id === selectedVaultId)) setSelectedVaultId(vaults[0]?.id ?? null);
  }, [vaults, selectedVaultId]);

  // With no vault there is nothing to unlock: go straight to creating one.
  const view = vaults.length === 0 ? 'create' : requestedView;

  if (view === 'create') {
    return (
      <CreateVaultScreen onCreated={onCreated} onBackToUnlock={vaults.length > 0 ? () => setView('unlock') : null} />
    );
  }
  if (view === 'recover') {
    return (
      <RecoverScreen
        vaults={vaults}
        selectedVaultId={selectedVaultId}
        onSelectVault={setSelectedVaultId}
        onRecovered={onUnlocked}
        onBack={() => setView('unlock')}
      />
    );
  }
  return (
    <UnlockScreen
      vaults={vaults}
      selectedVaultId={selectedVaultId}
      notice={notice}
      onSelectVault={setSelectedVaultId}
      onUnlocked={onUnlocked}
      onRecover={() => setView('recover')}
      onCreate={() => setView('create')}
    />
  );
}
