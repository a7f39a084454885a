import type { LockReason } from '../../../shared/contract';

/** The line on the unlock screen that says why the vault is locked again. */
export function lockNotice(reason: LockReason, idleLockMinutes: number | null): string {
  switch (reason) {
    case 'idle':
      if (!idleLockMinutes) return 'Locked after a period of inactivity.';
      return idleLockMinutes === 1
        ? 'Locked after 1 minute of inactivity.'
        : `Locked after ${idleLockMinutes} minutes of inactivity.`;
    case 'suspend':
      return 'Locked because the computer went to sleep.';
    case 'user':
    case 'window-closed':
      return 'Locked.';
  }
}
