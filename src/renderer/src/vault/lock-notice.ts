import { useTranslation } from 'react-i18next';
import type { LockReason } from '../../../shared/contract';

/** Why the vault is locked again; kept as facts so the sentence follows a language switch. */
export interface LockNotice {
  reason: LockReason;
  minutes: number | null;
}

/** The line on the unlock screen that says why the vault is locked again. */
export function useLockNotice(): (notice: LockNotice) => string {
  const { t } = useTranslation('vault');
  return ({ reason, minutes }) => {
    switch (reason) {
      case 'idle':
        return minutes ? t('lockNotice.idleMinutes', { count: minutes }) : t('lockNotice.idle');
      case 'suspend':
        return t('lockNotice.suspend');
      case 'user':
      case 'window-closed':
        return t('lockNotice.locked');
    }
  };
}
