/** The backup IPC handlers, and when the service takes a backup on its own. */
import type { AppState, ChannelName } from '../../shared/contract';
import { readOnly, type HandlerMap } from '../service/registry';
import type { OpenVault } from '../vault/vault';
import { backupNow, lastBackupAt, listBackups } from './backups';
import { restoreOpenVault } from './restore';

// Lives in backups.ts so the restore can take its before-restore backup the same way; the service imports it from here.
export { backupNow };

type BackupChannel = Extract<ChannelName, `backup:${string}`>;
export type BackupHandlers = HandlerMap<BackupChannel>;

export interface BackupHost {
  /** The open vault; throws VAULT_LOCKED when there is none. */
  vault(): OpenVault;
  now(): Date;
  /** Closes the live database so a restore can replace it: the service locks, telling the window why. */
  lockForRestore(): void;
  state(): Promise<AppState>;
}

/** An automatic backup is taken at unlock when the newest one is older than this. */
export const AUTOMATIC_BACKUP_AGE_MS = 24 * 60 * 60 * 1000;

/** At unlock: a backup when there is none from the last day. */
export function backupIfDue(vault: OpenVault, now: Date): void {
  const last = lastBackupAt(vault.dir);
  if (last && now.getTime() - last.getTime() < AUTOMATIC_BACKUP_AGE_MS) return;
  backupNow(vault, 'automatic', now);
}

export function backupHandlers(host: BackupHost): BackupHandlers {
  return {
    'backup:list': readOnly(async () => listBackups(host.vault().dir)),
    'backup:create': async () => backupNow(host.vault(), 'manual', host.now()),
    'backup:restore': async ({ id }) => {
      restoreOpenVault(host.vault(), id, host.now(), () => host.lockForRestore());
      return host.state();
    },
  };
}
