import { useTranslation } from 'react-i18next';
import { useState, type FormEvent } from 'react';
import type { CardInspection, Officer } from '../../../shared/exchange';
import { ErrorAlert } from '../ui/alerts';
import { errorMessage } from '../ui/errors';
import { FileButton } from './file-button';
import { readCardFile } from './files';
import { FingerprintCheck } from './fingerprint';
import { Dialog } from '../ui/dialog';
import { decodeQrImage } from './qr';

/**
 * Adding another officer: their card arrives pasted, as a file, or as a picture of its QR code.
 * Nothing is added until the officer has seen the name and fingerprint and chosen whether they
 * compared it in person.
 */
export function AddOfficerDialog({
  officers,
  onAdded,
  onClose,
}: {
  officers: Officer[];
  onAdded: (officer: Officer) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation(['officers', 'common']);
  const [pasted, setPasted] = useState('');
  const [parsed, setParsed] = useState<CardInspection | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);

  /**
   * A card read from anywhere goes to main, which parses it and computes the fingerprint (one
   * implementation, the one the other officer's screen uses): our own card and an impostor's
   * are refused before anything is shown for checking.
   */
  async function consider(text: string, notACard?: string) {
    try {
      const card = await window.chapter.officers.inspect({ card: text });
      if (card.known === 'self') {
        setError(t('add.ownCard'));
        return;
      }
      setError(null);
      setParsed(card);
    } catch (failure) {
      const message = errorMessage(failure);
      setError(notACard && /not a Chapterhouse contact card/.test(message) ? notACard : message);
    }
  }

  async function fromFile(file: File | undefined, kind: 'card' | 'qr') {
    if (!file) return;
    setError(null);
    setBusy(kind === 'qr' ? t('add.readingQr', { name: file.name }) : t('add.readingFile', { name: file.name }));
    try {
      if (kind === 'qr') await consider(await decodeQrImage(file), t('add.qrNotCard'));
      else await consider(await readCardFile(file), t('add.fileNotCard', { name: file.name }));
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : errorMessage(failure));
    } finally {
      setBusy(null);
    }
  }

  async function add(verified: boolean) {
    if (!parsed || busy) return;
    setBusy(verified ? t('add.addingVerified') : t('add.adding'));
    setError(null);
    try {
      onAdded(await window.chapter.officers.add({ card: parsed.line, verified }));
    } catch (failure) {
      setError(errorMessage(failure));
      setBusy(null);
    }
  }

  function submitPasted(event: FormEvent) {
    event.preventDefault();
    if (pasted.trim()) void consider(pasted);
  }

  const known = parsed ? officers.find((officer) => officer.id === parsed.id) : undefined;

  return (
    <Dialog labelledBy="add-officer-title" onCancel={onClose} cancellable={!busy}>
      {parsed ? (
        <>
          <div className="dialog-body">
            <h2 id="add-officer-title" className="dialog-title">
              {t('add.checkTitle', { name: parsed.name })}
            </h2>
            <FingerprintCheck name={parsed.name} role={parsed.role} fingerprint={parsed.fingerprint} />
            {known ? (
              <p className="field-hint">
                {known.verified ? t('add.knownVerified', { name: known.name }) : t('add.known', { name: known.name })}
              </p>
            ) : null}
            <ErrorAlert message={error} />
          </div>
          <div className="dialog-footer">
            <p role="status" className="dialog-footer-note">
              {busy}
            </p>
            <button type="button" className="button button-secondary officers-footer-start" onClick={() => setParsed(null)} disabled={Boolean(busy)}>
              {t('common:actions.back')}
            </button>
            <button type="button" className="button button-secondary" onClick={() => void add(false)} disabled={Boolean(busy)}>
              {t('add.later')}
            </button>
            <button type="button" className="button button-primary" onClick={() => void add(true)} disabled={Boolean(busy)}>
              {t('add.andVerify')}
            </button>
          </div>
        </>
      ) : (
        <form onSubmit={submitPasted} noValidate className="dialog-form">
          <div className="dialog-body">
            <h2 id="add-officer-title" className="dialog-title">
              {t('addOfficer')}
            </h2>
            <p className="dialog-lead">
              {t('add.lead')}
            </p>
            <div className="field">
              <label htmlFor="add-officer-card">{t('add.paste')}</label>
              <textarea
                id="add-officer-card"
                className="input officers-card-text"
                rows={3}
                value={pasted}
                placeholder="chapterhouse-card:v1:…"
                spellCheck={false}
                autoFocus
                onChange={(event) => {
                  setPasted(event.target.value);
                  setError(null);
                }}
              />
            </div>
            <div className="add-officer-or">
              <span className="add-officer-or-word">{t('add.or')}</span>
              <FileButton label={t('add.cardFile')} accept=".txt,text/plain" onFile={(file) => void fromFile(file, 'card')} />
              <FileButton label={t('add.qrPicture')} accept="image/*" onFile={(file) => void fromFile(file, 'qr')} />
            </div>
            <ErrorAlert message={error} />
          </div>
          <div className="dialog-footer">
            <p role="status" className="dialog-footer-note">
              {busy}
            </p>
            <button type="button" className="button button-secondary" onClick={onClose} disabled={Boolean(busy)}>
              {t('common:actions.cancel')}
            </button>
            <button type="submit" className="button button-primary" disabled={!pasted.trim() || Boolean(busy)}>
              {t('common:actions.continue')}
            </button>
          </div>
        </form>
      )}
    </Dialog>
  );
}
