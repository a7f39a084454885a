import { useState } from 'react';
import { LockedLayout } from '../ui/locked-layout';

/**
 * Shown once, right after the vault is created: the code is never stored in a form anyone
 * can read back, so this is the officer's only chance to write it down. When printing, only
 * the code and one line of instructions reach the paper.
 */
export function RecoveryCodeScreen({ recoveryCode, onContinue }: { recoveryCode: string; onContinue: () => void }) {
  const [writtenDown, setWrittenDown] = useState(false);
  const groups = recoveryCode.split('-');

  return (
    <LockedLayout wide>
      <h1 className="screen-title no-print">Write down your recovery code</h1>
      <p className="screen-lead no-print">
        If you forget your passphrase, this code is the only way to open the vault. Anyone who has it can open the vault
        too, so keep it on paper, away from this computer.
      </p>
      <p className="print-only print-instructions">
        Chapterhouse recovery code. It opens the vault if the passphrase is forgotten: keep this paper somewhere safe,
        away from the computer.
      </p>
      <p className="recovery-code" aria-label="Recovery code" data-testid="recovery-code">
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
          Print
        </button>
      </div>
      <div className="recovery-confirm no-print">
        <label className="checkbox">
          <input type="checkbox" checked={writtenDown} onChange={(event) => setWrittenDown(event.target.checked)} autoFocus />
          <span>I have written down the recovery code</span>
        </label>
        <button type="button" className="button button-primary" disabled={!writtenDown} onClick={onContinue}>
          Continue
        </button>
      </div>
    </LockedLayout>
  );
}
