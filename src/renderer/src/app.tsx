import { useCallback, useEffect, useState } from 'react';
import type { AppState, Session, VaultSummary } from '../../shared/contract';
import { AppShell } from './shell/app-shell';
import { useActivityReporter } from './shell/use-activity-reporter';
import { ErrorAlert } from './ui/alerts';
import { errorMessage } from './ui/errors';
import { LockedLayout } from './ui/locked-layout';
import type { CreatedVault } from './vault/create-vault-screen';
import { LockedScreens } from './vault/locked-screens';
import { lockNotice } from './vault/lock-notice';
import { RecoveryCodeScreen } from './vault/recovery-code-screen';

/**
 * What the app shows. Chapter data (the session, the recovery code) lives only in the
 * unlocked variants, so replacing the screen with `locked` drops all of it at once.
 */
type Screen =
  | { kind: 'starting' }
  | { kind: 'unavailable'; message: string }
  | { kind: 'locked'; notice: string | null }
  | { kind: 'recovery-code'; session: Session; recoveryCode: string }
  | { kind: 'unlocked'; session: Session };

export function App() {
  const [screen, setScreen] = useState<Screen>({ kind: 'starting' });
  // The vault list is what the lock screen shows: folder names and dates, never chapter data.
  const [vaults, setVaults] = useState<VaultSummary[]>([]);

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
      .then(adopt)
      .catch((error: unknown) => setScreen({ kind: 'unavailable', message: errorMessage(error) }));
  }, [adopt]);

  // Main locks on request, when idle and on suspend; whatever the cause, drop everything shown.
  useEffect(
    () =>
      window.chapter.on('vault:locked', ({ reason }) => {
        setScreen((previous) => {
          if (previous.kind === 'locked') return previous;
          const minutes = 'session' in previous ? previous.session.idleLockMinutes : null;
          return { kind: 'locked', notice: lockNotice(reason, minutes) };
        });
        refreshVaults();
      }),
    [refreshVaults],
  );

  const lock = useCallback(() => {
    // Drop the chapter from the screen first; main confirms with `vault:locked`.
    setScreen({ kind: 'locked', notice: lockNotice('user', null) });
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

  useActivityReporter(screen.kind === 'unlocked' || screen.kind === 'recovery-code');

  switch (screen.kind) {
    case 'starting':
      return null;
    case 'unavailable':
      return (
        <LockedLayout>
          <h1 className="screen-title">Chapterhouse cannot start</h1>
          <ErrorAlert message={screen.message} />
        </LockedLayout>
      );
    case 'locked':
      return <LockedScreens vaults={vaults} notice={screen.notice} onUnlocked={adopt} onCreated={created} />;
    case 'recovery-code':
      return (
        <RecoveryCodeScreen
          recoveryCode={screen.recoveryCode}
          onContinue={() => setScreen({ kind: 'unlocked', session: screen.session })}
        />
      );
    case 'unlocked':
      return (
        <AppShell
          session={screen.session}
          onLock={lock}
          onSessionChange={(session) => setScreen({ kind: 'unlocked', session })}
        />
      );
  }
}
