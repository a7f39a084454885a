import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppState, LockReason, Session, VaultSummary } from '../../shared/contract';
import { applyLanguage, systemLanguage } from './i18n';
import { AppShell } from './shell/app-shell';
import { ChapterDataProvider } from './ui/chapter-data';
import { useActivityReporter } from './shell/use-activity-reporter';
import { ErrorAlert } from './ui/alerts';
import { errorMessage } from './ui/errors';
import { LockedLayout } from './ui/locked-layout';
import type { CreatedVault } from './vault/create-vault-screen';
import { DemoOpenedScreen } from './vault/demo-opened-screen';
import { LockedScreens } from './vault/locked-screens';
import { useLockNotice, type LockNotice } from './vault/lock-notice';
import { RecoveryCodeScreen } from './vault/recovery-code-screen';

/**
 * What the app shows. Chapter data (the session, the recovery code) lives only in the
 * unlocked variants, so replacing the screen with `locked` drops all of it at once.
 */
type Screen =
  | { kind: 'starting' }
  | { kind: 'unavailable'; message: string }
  | { kind: 'locked'; notice: LockNotice | null }
  | { kind: 'recovery-code'; session: Session; recoveryCode: string }
  | { kind: 'demo-opened'; session: Session; passphrase: string }
  | { kind: 'unlocked'; session: Session };

/** The demo vault's folder is named "Demo" (see vault:createDemo), which is all the lock screen knows. */
export function isDemoVault(vaults: VaultSummary[], vaultId: string): boolean {
  return vaults.some((vault) => vault.id === vaultId && /^demo\b/i.test(vault.label));
}

export function App() {
  const { t } = useTranslation();
  const [screen, setScreen] = useState<Screen>({ kind: 'starting' });
  // The vault list is what the lock screen shows: folder names and dates, never chapter data.
  const [vaults, setVaults] = useState<VaultSummary[]>([]);
  const lockNotice = useLockNotice();

  const adopt = useCallback((state: AppState) => {
    setVaults(state.vaults);
    setScreen(state.session ? { kind: 'unlocked', session: state.session } : { kind: 'locked', notice: null });
  }, []);

  const refreshVaults = useCallback(() => {
    window.chapter.app
      .state({})
      .then((state) => setVaults(state.vaults))
      .catch(() => undefined);
  }, []);

  useEffect(() => {
    window.chapter.app
      .state({})
      .then((state) => {
        // The officer's choice, else the system's: before anything is drawn in the wrong language.
        applyLanguage(state.language ?? systemLanguage());
        adopt(state);
      })
      .catch((error: unknown) => setScreen({ kind: 'unavailable', message: errorMessage(error) }));
  }, [adopt]);

  // A vault folder opened from the file manager joins the list on the lock screen.
  useEffect(() => window.chapter.on('app:vaultsChanged', refreshVaults), [refreshVaults]);

  // Main locks on request, when idle and on suspend; whatever the cause, drop everything shown.
  useEffect(
    () =>
      window.chapter.on('vault:locked', ({ reason }) => {
        setScreen((previous) => {
          if (previous.kind === 'locked') return previous;
          const minutes = 'session' in previous ? previous.session.idleLockMinutes : null;
          return { kind: 'locked', notice: { reason, minutes } };
        });
        refreshVaults();
      }),
    [refreshVaults],
  );

  const lock = useCallback(() => {
    // Drop the chapter from the screen first; main confirms with `vault:locked`.
    setScreen({ kind: 'locked', notice: { reason: 'user' satisfies LockReason, minutes: null } });
    window.chapter.vault
      .lock({})
      .then((state) => setVaults(state.vaults))
      .catch(() => undefined);
  }, []);

  const created = useCallback((result: CreatedVault) => {
    setVaults(result.state.vaults);
    if (result.state.session) {
      setScreen({ kind: 'recovery-code', session: result.state.session, recoveryCode: result.recoveryCode });
    }
  }, []);

  const demoCreated = useCallback((result: { state: AppState; passphrase: string }) => {
    setVaults(result.state.vaults);
    if (result.state.session) setScreen({ kind: 'demo-opened', session: result.state.session, passphrase: result.passphrase });
  }, []);

  useActivityReporter(screen.kind === 'unlocked' || screen.kind === 'recovery-code' || screen.kind === 'demo-opened');

  switch (screen.kind) {
    case 'starting':
      return null;
    case 'unavailable':
      return (
        <LockedLayout>
          <h1 className="screen-title">{t('cannotStart')}</h1>
          <ErrorAlert message={screen.message} />
        </LockedLayout>
      );
    case 'locked':
      return (
        <LockedScreens
          vaults={vaults}
          notice={screen.notice ? lockNotice(screen.notice) : null}
          onUnlocked={adopt}
          onCreated={created}
          onDemoCreated={demoCreated}
        />
      );
    case 'recovery-code':
      return (
        <RecoveryCodeScreen
          recoveryCode={screen.recoveryCode}
          onContinue={() => setScreen({ kind: 'unlocked', session: screen.session })}
        />
      );
    case 'demo-opened':
      return (
        <DemoOpenedScreen
          passphrase={screen.passphrase}
          onContinue={() => setScreen({ kind: 'unlocked', session: screen.session })}
        />
      );
    case 'unlocked':
      // The data cache lives under the unlocked shell only: locking unmounts it with everything it read.
      return (
        <ChapterDataProvider>
          <AppShell
            session={screen.session}
            demo={isDemoVault(vaults, screen.session.vaultId)}
            onLock={lock}
            onSessionChange={(session) => setScreen({ kind: 'unlocked', session })}
          />
        </ChapterDataProvider>
      );
  }
}
