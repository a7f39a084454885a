import { useTranslation } from 'react-i18next';
import { useState } from 'react';
import type { Officer } from '../../../shared/exchange';
import { ErrorAlert } from '../ui/alerts';
import { formatDate } from '../ui/dates';
import { errorMessage } from '../ui/errors';
import { Badge, type BadgeTone } from '../ui/badge';
import { Dialog } from '../ui/dialog';
import { Fingerprint, FingerprintCheck } from './fingerprint';

type Status = 'self' | 'verified' | 'unverified' | 'revoked';

function statusOf(officer: Officer): Status {
  if (officer.isSelf) return 'self';
  if (officer.revoked) return 'revoked';
  return officer.verified ? 'verified' : 'unverified';
}


const STATUS_TONE = { self: 'neutral', verified: 'accent', unverified: 'caution', revoked: 'danger' } as const satisfies Record<Status, BadgeTone>;

/** The status in words (never colour alone), with a mark that repeats it for a glance. */
export function StatusBadge({ officer }: { officer: Officer }) {
  const { t } = useTranslation('officers');
  const status = statusOf(officer);
  return (
    <Badge
      tone={STATUS_TONE[status]}
      data-testid="officer-status"
      icon={
        status === 'verified' ? (
          <svg width="12" height="12" viewBox="0 0 12 12" aria-hidden="true" className="badge-tick">
            <path d="M2.5 6.2 5 8.5l4.5-5" />
          </svg>
        ) : null
      }
    >
      {t(`badge.${status}`)}
    </Badge>
  );
}

/** Every officer this vault knows, with what can be done about each. */
export function OfficersList({ officers, onChanged }: { officers: Officer[]; onChanged: (officer: Officer, news: string) => void }) {
  const { t } = useTranslation(['officers', 'common']);
  const [verifying, setVerifying] = useState<Officer | null>(null);
  const [revoking, setRevoking] = useState<Officer | null>(null);

  return (
    <>
      <table className="officers-table">
        <thead>
          <tr>
            <th scope="col">{t('table.officer')}</th>
            <th scope="col">{t('table.fingerprint')}</th>
            <th scope="col">{t('table.status')}</th>
            <th scope="col">{t('table.lastFile')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('table.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {officers.map((officer) => (
            <tr key={officer.id} className={officer.revoked ? 'officer-row officer-row-revoked' : 'officer-row'} data-testid="officer-row">
              <th scope="row" className="officer-cell-name">
                <span className="officer-name">{officer.name}</span>
                {officer.role ? <span className="officer-role">{officer.role}</span> : null}
              </th>
              <td>
                <Fingerprint value={officer.fingerprint} size="small" />
              </td>
              <td>
                <StatusBadge officer={officer} />
              </td>
              <td className="officer-last-import">
                {officer.isSelf ? <span className="muted">—</span> : formatDate(officer.lastImportAt) ?? <span className="muted">{t('table.noFile')}</span>}
              </td>
              <td>
                {!officer.isSelf && !officer.revoked ? (
                  <div className="officer-actions">
                    {!officer.verified ? (
                      <button
                        type="button"
                        className="button button-secondary button-small"
                        aria-label={t('verifyNamed', { name: officer.name })}
                        onClick={() => setVerifying(officer)}
                      >
                        {t('verify')}
                      </button>
                    ) : null}
                    <button
                      type="button"
                      className="button button-danger button-small"
                      aria-label={t('revokeNamed', { name: officer.name })}
                      onClick={() => setRevoking(officer)}
                    >
                      {t('revoke')}
                    </button>
                  </div>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {verifying ? (
        <VerifyDialog
          officer={verifying}
          onClose={() => setVerifying(null)}
          onDone={(officer) => {
            setVerifying(null);
            onChanged(officer, t('isVerified', { name: officer.name }));
          }}
        />
      ) : null}
      {revoking ? (
        <RevokeDialog
          officer={revoking}
          onClose={() => setRevoking(null)}
          onDone={(officer) => {
            setRevoking(null);
            onChanged(officer, t('isRevoked', { name: officer.name }));
          }}
        />
      ) : null}
    </>
  );
}

function VerifyDialog({ officer, onClose, onDone }: { officer: Officer; onClose: () => void; onDone: (officer: Officer) => void }) {
  const { t } = useTranslation(['officers', 'common']);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function verify() {
    setBusy(true);
    setError(null);
    try {
      onDone(await window.chapter.officers.verify({ id: officer.id }));
    } catch (failure) {
      setError(errorMessage(failure));
      setBusy(false);
    }
  }

  return (
    <Dialog labelledBy="verify-officer-title" onCancel={onClose} cancellable={!busy}>
      <div className="dialog-body">
        <h2 id="verify-officer-title" className="dialog-title">
          {t('verifyNamed', { name: officer.name })}
        </h2>
        <FingerprintCheck name={officer.name} role={officer.role} fingerprint={officer.fingerprint} />
        <ErrorAlert message={error} />
      </div>
      <div className="dialog-footer">
        <button type="button" className="button button-secondary" onClick={onClose} disabled={busy}>
          {t('common:actions.cancel')}
        </button>
        <button type="button" className="button button-primary" onClick={() => void verify()} disabled={busy}>
          {t('markVerified')}
        </button>
      </div>
    </Dialog>
  );
}

function RevokeDialog({ officer, onClose, onDone }: { officer: Officer; onClose: () => void; onDone: (officer: Officer) => void }) {
  const { t } = useTranslation(['officers', 'common']);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function revoke() {
    setBusy(true);
    setError(null);
    try {
      onDone(await window.chapter.officers.revoke({ id: officer.id }));
    } catch (failure) {
      setError(errorMessage(failure));
      setBusy(false);
    }
  }

  return (
    <Dialog labelledBy="revoke-officer-title" describedBy="revoke-officer-explanation" onCancel={onClose} cancellable={!busy}>
      <div className="dialog-body">
        <h2 id="revoke-officer-title" className="dialog-title">
          {t('revokeQuestion', { name: officer.name })}
        </h2>
        <div id="revoke-officer-explanation" className="dialog-text">
          <p>{t('revokeWhat', { name: officer.name })}</p>
          <p>{t('revokeWhen')}</p>
        </div>
        <ErrorAlert message={error} />
      </div>
      <div className="dialog-footer">
        <button type="button" className="button button-secondary" onClick={onClose} disabled={busy} autoFocus>
          {t('common:actions.cancel')}
        </button>
        <button type="button" className="button button-danger-solid" onClick={() => void revoke()} disabled={busy}>
          {t('revokeNamed', { name: officer.name })}
        </button>
      </div>
    </Dialog>
  );
}
