import { useState, type FormEvent } from 'react';
import type { CardInspection, Officer } from '../../../shared/exchange';
import { ErrorAlert } from '../ui/alerts';
import { errorMessage } from '../ui/errors';
import { readCardFile } from './files';
import { FingerprintCheck } from './fingerprint';
import { Modal } from './modal';
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
        setError('That is your own contact card. Add the other officer’s card here.');
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
    setBusy(kind === 'qr' ? `Reading the QR code in “${file.name}”…` : `Reading “${file.name}”…`);
    try {
      if (kind === 'qr') await consider(await decodeQrImage(file), 'The QR code in that picture is not a Chapterhouse contact card.');
      else await consider(await readCardFile(file), `“${file.name}” does not hold a Chapterhouse contact card.`);
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : errorMessage(failure));
    } finally {
      setBusy(null);
    }
  }

  async function add(verified: boolean) {
    if (!parsed || busy) return;
    setBusy(verified ? 'Adding and marking verified…' : 'Adding…');
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
    <Modal labelledBy="add-officer-title" onCancel={onClose} cancellable={!busy}>
      {parsed ? (
        <>
          <div className="officer-dialog-body">
            <h2 id="add-officer-title" className="officer-dialog-title">
              Check {parsed.name}’s fingerprint
            </h2>
            <FingerprintCheck name={parsed.name} role={parsed.role} fingerprint={parsed.fingerprint} />
            {known ? (
              <p className="field-hint">
                {known.name} is already on your list{known.verified ? ' and verified' : ''}. Adding the card again updates their name and role.
              </p>
            ) : null}
            <ErrorAlert message={error} />
          </div>
          <div className="officer-dialog-footer">
            <p role="status" className="officer-dialog-progress">
              {busy}
            </p>
            <button type="button" className="button button-secondary officers-footer-start" onClick={() => setParsed(null)} disabled={Boolean(busy)}>
              Back
            </button>
            <button type="button" className="button button-secondary" onClick={() => void add(false)} disabled={Boolean(busy)}>
              Add, verify later
            </button>
            <button type="button" className="button button-primary" onClick={() => void add(true)} disabled={Boolean(busy)}>
              Add and mark verified
            </button>
          </div>
        </>
      ) : (
        <form onSubmit={submitPasted} noValidate className="officer-dialog-form">
          <div className="officer-dialog-body">
            <h2 id="add-officer-title" className="officer-dialog-title">
              Add an officer
            </h2>
            <p className="officer-dialog-lead">
              Ask the other officer for their contact card: they can show you its QR code, or send you the card as text or as a file.
            </p>
            <div className="field">
              <label htmlFor="add-officer-card">Paste their card</label>
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
              <span className="add-officer-or-word">or</span>
              <label className="button button-secondary officers-file-button">
                <input
                  type="file"
                  className="officers-visually-hidden"
                  accept=".txt,text/plain"
                  onChange={(event) => {
                    void fromFile(event.target.files?.[0], 'card');
                    event.target.value = '';
                  }}
                />
                Choose a card file…
              </label>
              <label className="button button-secondary officers-file-button">
                <input
                  type="file"
                  className="officers-visually-hidden"
                  accept="image/*"
                  onChange={(event) => {
                    void fromFile(event.target.files?.[0], 'qr');
                    event.target.value = '';
                  }}
                />
                Choose a QR code picture…
              </label>
            </div>
            <ErrorAlert message={error} />
          </div>
          <div className="officer-dialog-footer">
            <p role="status" className="officer-dialog-progress">
              {busy}
            </p>
            <button type="button" className="button button-secondary" onClick={onClose} disabled={Boolean(busy)}>
              Cancel
            </button>
            <button type="submit" className="button button-primary" disabled={!pasted.trim() || Boolean(busy)}>
              Continue
            </button>
          </div>
        </form>
      )}
    </Modal>
  );
}
