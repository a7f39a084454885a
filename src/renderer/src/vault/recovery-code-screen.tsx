import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LockedLayout } from '../ui/locked-layout';

/**
 * Shown once, right after the vault is created: the code is never stored in a form anyone
 * can read back, so this is the officer's only chance to write it down. When printing, only
 * the code and one line of instructions reach the paper.
 */
export function RecoveryCodeScreen({ recoveryCode, onContinue }: { recoveryCode: string; onContinue: () => void }) {
  const { t } = useTranslation(['vault', 'common']);
  const [writtenDown, setWrittenDown] = useState(false);
  const groups = recoveryCode.split('-');

  return (
    <LockedLayout wide>
      <h1 className="screen-title no-print">{t('recoveryCodeScreen.title')}</h1>
      <p className="screen-lead no-print">{t('recoveryCodeScreen.lead')}</p>
      <p className="print-only print-instructions">{t('recoveryCodeScreen.printed')}</p>
      <p className="recovery-code" aria-label={t('recoveryCode')} data-testid="recovery-code">
        {groups.map((group, index) => (
          <span key={index} className="recovery-code-group">
            {group}
            {/* The dashes are part of the text, so copying the code copies it whole. */}
            {index < groups.length - 1 ? <span className="recovery-code-dash">-</span> : null}
          </span>
        ))}
      </p>
      <div className="recovery-actions no-print">
        <button type="button" className="button button-secondary" onClick={() => window.print()}>
          {t('common:actions.print')}
        </button>
      </div>
      <div className="recovery-confirm no-print">
        <label className="checkbox">
          <input type="checkbox" checked={writtenDown} onChange={(event) => setWrittenDown(event.target.checked)} autoFocus />
          <span>{t('recoveryCodeScreen.writtenDown')}</span>
        </label>
        <button type="button" className="button button-primary" disabled={!writtenDown} onClick={onContinue}>
          {t('common:actions.continue')}
        </button>
      </div>
    </LockedLayout>
  );
}
