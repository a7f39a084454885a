import { useEffect, useState } from 'react';
import type { AppState, VaultSummary } from '../../../shared/contract';
import { CreateVaultScreen, type CreatedVault } from './create-vault-screen';
import { RecoverScreen } from './recover-screen';
import { UnlockScreen } from './unlock-screen';
import { WelcomeScreen } from './welcome-screen';

type LockedView = 'unlock' | 'create' | 'recover';

/** Everything reachable while the vault is locked: unlock, create a vault, or recover with the code. */
export function LockedScreens({
  vaults,
  notice,
  onUnlocked,
  onCreated,
  onDemoCreated,
}: {
  vaults: VaultSummary[];
  notice: string | null;
  onUnlocked: (state: AppState) => void;
  onCreated: (created: CreatedVault) => void;
  onDemoCreated: (created: { state: AppState; passphrase: string }) => void;
}) {
  const [requestedView, setView] = useState<LockedView | null>(null);
  const [selectedVaultId, setSelectedVaultId] = useState<string | null>(vaults[0]?.id ?? null);

  // Keep the selection valid as the list changes (e.g. it arrives after a lock).
  useEffect(() => {
    if (!vaults.some((vault) => vault.id === selectedVaultId)) setSelectedVaultId(vaults[0]?.id ?? null);
  }, [vaults, selectedVaultId]);

  // With no vault there is nothing to unlock: the first run welcomes the officer instead.
  if (vaults.length === 0 && requestedView !== 'create') {
    return <WelcomeScreen onCreate={() => setView('create')} onDemoCreated={onDemoCreated} />;
  }
  const view = vaults.length === 0 ? 'create' : (requestedView ?? 'unlock');

  if (view === 'create') {
    return <CreateVaultScreen onCreated={onCreated} onBack={() => setView(vaults.length > 0 ? 'unlock' : null)} backToUnlock={vaults.length > 0} />;
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
