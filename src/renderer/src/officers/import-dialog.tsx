import { useRef, useState, type DragEvent } from 'react';
import { fieldLabel } from '../roll/member-fields';
import { isChapterFailure } from '../../../shared/bridge';
import type { ExchangePreview } from '../../../shared/exchange';
import { ErrorAlert, StatusNote } from '../ui/alerts';
import { formatDate } from '../ui/dates';
import { errorMessage } from '../ui/errors';
import { exportFileProblem, readExportFile, type ChosenExport } from './files';
import { Fingerprint } from './fingerprint';
import { Modal } from './modal';

/** The preview lists this many changes; the counts above it cover them all. */
export const DETAILS_SHOWN = 200;

type Kind = ExchangePreview['details'][number]['kind'];
const KIND_ORDER: Kind[] = ['new', 'changed', 'deleted', 'conflict'];
const KIND_LABEL: Record<Kind, string> = { new: 'New', changed: 'Changed', deleted: 'Deleted', conflict: 'Conflict' };

type Phase =
  | { kind: 'choose' }
  | { kind: 'opening' }
  | { kind: 'preview'; preview: ExchangePreview }
  | { kind: 'applying'; preview: ExchangePreview }
  | { kind: 'done'; result: ExchangePreview };

/** The key or the passphrase did not open the file: asking for a passphrase may help. */
function couldBePassphrase(failure: unknown): boolean {
  return isChapterFailure(failure) && failure.code === 'FORBIDDEN' && /does not open this file/i.test(failure.message);
}

/**
 * Importing an export: choose or drop the file, see who signed it and what it would change, then
 * apply it or walk away. Nothing is written before Apply; a signer the officer has not verified
 * must be checked in person (the fingerprint, a checkbox) before Apply is possible.
 */
export function ImportDialog({ onClose, onApplied }: { onClose: () => void; onApplied: () => void }) {
  const [phase, setPhase] = useState<Phase>({ kind: 'choose' });
  const [file, setFile] = useState<ChosenExport | null>(null);
  const [askPassphrase, setAskPassphrase] = useState(false);
  const [passphrase, setPassphrase] = useState('');
  const [compared, setCompared] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [dragging, setDragging] = useState(false);
  const passphraseInput = useRef<HTMLInputElement>(null);

  const busy = phase.kind === 'opening' || phase.kind === 'applying';

  async function open(chosen: ChosenExport, withPassphrase: string) {
    setPhase({ kind: 'opening' });
    setError(null);
    setCompared(false);
    try {
      const preview = await window.chapter.exchange.preview({
        fileName: chosen.name,
        contentBase64: chosen.base64,
        ...(withPassphrase ? { passphrase: withPassphrase } : {}),
      });
      setPassphrase('');
      setPhase({ kind: 'preview', preview });
    } catch (failure) {
      setError(errorMessage(failure));
      setPhase({ kind: 'choose' });
      if (couldBePassphrase(failure)) {
        setAskPassphrase(true);
        requestAnimationFrame(() => passphraseInput.current?.focus());
      }
    }
  }

  async function choose(picked: File | undefined) {
    if (!picked || busy) return;
    const problem = exportFileProblem(picked);
    setError(problem);
    if (problem) return;
    try {
      const chosen = await readExportFile(picked);
      setFile(chosen);
      setPassphrase('');
      if (chosen.lockedWithPassphrase) {
        setAskPassphrase(true);
        requestAnimationFrame(() => passphraseInput.current?.focus());
        return;
      }
      setAskPassphrase(false);
      await open(chosen, '');
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : errorMessage(failure));
    }
  }

  async function apply(preview: ExchangePreview) {
    const needsConsent = preview.signer.status === 'unknown' || preview.signer.status === 'unverified';
    if (needsConsent && !compared) return;
    setPhase({ kind: 'applying', preview });
    setError(null);
    try {
      const result = await window.chapter.exchange.apply({ importId: preview.importId, acceptUnverifiedSigner: needsConsent && compared });
      setPhase({ kind: 'done', result });
      onApplied();
    } catch (failure) {
      setError(errorMessage(failure));
      setPhase({ kind: 'preview', preview });
    }
  }

  function restart() {
    setPhase({ kind: 'choose' });
    setFile(null);
    setAskPassphrase(false);
    setPassphrase('');
    setError(null);
  }

  const dropHandlers = {
    onDragOver: (event: DragEvent<HTMLDialogElement>) => {
      if (!event.dataTransfer.types.includes('Files')) return;
      event.preventDefault();
      event.dataTransfer.dropEffect = phase.kind === 'choose' ? 'copy' : 'none';
      if (phase.kind === 'choose') setDragging(true);
    },
    onDrop: (event: DragEvent<HTMLDialogElement>) => {
      if (!event.dataTransfer.types.includes('Files')) return;
      event.preventDefault();
      setDragging(false);
      if (phase.kind === 'choose') void choose(event.dataTransfer.files[0]);
    },
  };

  const shown = phase.kind === 'preview' || phase.kind === 'applying' ? phase.preview : null;

  return (
    <Modal labelledBy="import-title" onCancel={onClose} cancellable={!busy} wide={Boolean(shown) || phase.kind === 'done'} {...dropHandlers}>
      {phase.kind === 'done' ? (
        <>
          <div className="officer-dialog-body">
            <h2 id="import-title" className="officer-dialog-title">
              Imported from {phase.result.signer.name}
            </h2>
            <StatusNote message={`The changes from ${file?.name ?? 'the file'} are in your vault.`} />
            <Counts preview={phase.result} />
          </div>
          <div className="officer-dialog-footer">
            <button type="button" className="button button-secondary officers-footer-start" onClick={restart}>
              Import another file
            </button>
            <button type="button" className="button button-primary" onClick={onClose} autoFocus>
              Done
            </button>
          </div>
        </>
      ) : shown ? (
        <>
          <div className="officer-dialog-body">
            <h2 id="import-title" className="officer-dialog-title">
              Import {file?.name ?? 'an export'}?
            </h2>
            <p className="officer-dialog-lead">
              Made {formatDate(shown.createdAt) ?? 'on an unknown date'} · holds {shown.scope}. Nothing has changed yet.
            </p>
            <SignerPanel preview={shown} compared={compared} onCompared={setCompared} disabled={busy} />
            <Counts preview={shown} />
            <ChangeList preview={shown} />
            <ErrorAlert message={error} />
          </div>
          <div className="officer-dialog-footer">
            <p role="status" className="officer-dialog-progress">
              {phase.kind === 'applying' ? 'Applying the changes…' : null}
            </p>
            {phase.kind === 'preview' && (shown.signer.status === 'unknown' || shown.signer.status === 'unverified') && !compared ? (
              <p className="officer-dialog-hint">Compare the fingerprint in person first.</p>
            ) : null}
            <button type="button" className="button button-secondary" onClick={onClose} disabled={busy}>
              Cancel
            </button>
            <button
              type="button"
              className="button button-primary"
              onClick={() => void apply(shown)}
              disabled={busy || ((shown.signer.status === 'unknown' || shown.signer.status === 'unverified') && !compared)}
            >
              Apply
            </button>
          </div>
        </>
      ) : (
        <form
          className="officer-dialog-form"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            if (file && passphrase) void open(file, passphrase);
          }}
        >
          <div className="officer-dialog-body">
            <h2 id="import-title" className="officer-dialog-title">
              Import an export
            </h2>
            <p className="officer-dialog-lead">
              Open a file another officer gave you. You will see who signed it and what it would change before anything changes.
            </p>
            <div
              className="officers-drop-zone"
              data-testid="drop-zone"
              data-dragging={dragging}
              onDragLeave={(event) => {
                if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setDragging(false);
              }}
            >
              <p className="officers-drop-zone-text">{file ? <strong>{file.name}</strong> : 'Drop the export file (.age) here, or'}</p>
              <label className="button button-secondary officers-file-button">
                <input
                  type="file"
                  className="officers-visually-hidden"
                  accept=".age,application/octet-stream"
                  disabled={busy}
                  onChange={(event) => {
                    void choose(event.target.files?.[0]);
                    event.target.value = '';
                  }}
                />
                {file ? 'Choose another file…' : 'Choose a file…'}
              </label>
            </div>
            {askPassphrase ? (
              <div className="field">
                <label htmlFor="import-passphrase">Passphrase for this file</label>
                <input
                  ref={passphraseInput}
                  id="import-passphrase"
                  type="password"
                  className="input"
                  autoComplete="off"
                  value={passphrase}
                  disabled={busy}
                  onChange={(event) => setPassphrase(event.target.value)}
                  aria-describedby="import-passphrase-hint"
                />
                <p id="import-passphrase-hint" className="field-hint">
                  {file?.lockedWithPassphrase
                    ? 'This file is locked with a passphrase. Enter the one the sender told you.'
                    : 'If the sender locked the file with a passphrase, enter it and open the file again.'}
                </p>
              </div>
            ) : null}
            <ErrorAlert message={error} />
          </div>
          <div className="officer-dialog-footer">
            <p role="status" className="officer-dialog-progress">
              {phase.kind === 'opening' ? `Opening and checking ${file?.name ?? 'the file'}…` : null}
            </p>
            <button type="button" className="button button-secondary" onClick={onClose} disabled={busy}>
              Cancel
            </button>
            {askPassphrase ? (
              <button type="submit" className="button button-primary" disabled={!file || !passphrase || busy}>
                Open file
              </button>
            ) : null}
          </div>
        </form>
      )}
    </Modal>
  );
}

function SignerPanel({
  preview,
  compared,
  onCompared,
  disabled,
}: {
  preview: ExchangePreview;
  compared: boolean;
  onCompared: (compared: boolean) => void;
  disabled: boolean;
}) {
  const { signer } = preview;
  if (signer.status === 'verified' || signer.status === 'self') {
    return (
      <div className="signer signer-trusted" data-testid="signer">
        <p>
          {signer.status === 'self' ? (
            <>Signed by you ({signer.name}), from this vault.</>
          ) : (
            <>
              Signed by <strong>{signer.name}</strong>, whom you verified in person.
            </>
          )}
        </p>
        <span className="signer-fingerprint">
          <span className="officer-muted">Fingerprint</span> <Fingerprint value={signer.fingerprint} size="small" />
        </span>
      </div>
    );
  }
  return (
    <div className="signer signer-warning" role="group" aria-labelledby="signer-warning-title" data-testid="signer">
      <h3 id="signer-warning-title" className="signer-warning-title">
        {signer.status === 'unknown'
          ? `This file says it is from ${signer.name}, whom you have not added as an officer`
          : `This file is from ${signer.name}, whom you have not verified yet`}
      </h3>
      <p>
        Anyone can put any name on a file. Before importing, read this fingerprint aloud with {signer.name}, in person, and
        compare it with what their Chapterhouse shows under “Your card”.
      </p>
      <Fingerprint value={signer.fingerprint} size="large" testId="signer-fingerprint" />
      <label className="checkbox signer-consent">
        <input type="checkbox" checked={compared} disabled={disabled} onChange={(event) => onCompared(event.target.checked)} />
        I compared this fingerprint with {signer.name} in person
      </label>
    </div>
  );
}

function Counts({ preview }: { preview: ExchangePreview }) {
  const counts: { kind: Kind; label: string; value: number }[] = [
    { kind: 'new', label: 'New', value: preview.new },
    { kind: 'changed', label: 'Changed', value: preview.changed },
    { kind: 'deleted', label: 'Deleted', value: preview.deleted },
    { kind: 'conflict', label: 'Conflicts', value: preview.conflicts },
  ];
  return (
    <dl className="exchange-counts">
      {counts.map((count) => (
        <div key={count.kind} className="exchange-count" data-testid={`count-${count.kind}`}>
          <dt>{count.label}</dt>
          <dd>{count.value.toLocaleString()}</dd>
        </div>
      ))}
    </dl>
  );
}

/** "first_name" → "First name", with the roll's labels; a custom field by its key. */
function changedFieldLabel(field: string): string {
  return fieldLabel(field.replace(/^custom\./, ''), []);
}

function ChangeList({ preview }: { preview: ExchangePreview }) {
  const total = preview.details.length;
  if (total === 0) {
    return <StatusNote message="Nothing in this file is new to you: applying it changes nothing." />;
  }
  const sorted = [...preview.details].sort((a, b) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind)).slice(0, DETAILS_SHOWN);
  // New and deleted members have no field list; the column only appears when something changed.
  const withFields = sorted.some((detail) => detail.kind === 'changed' || detail.kind === 'conflict');
  return (
    <div className="officers-change-frame">
      <div className="officers-change-scroll">
      <table className="officers-change-list" aria-label="What would change">
        <thead>
          <tr>
            <th scope="col">Change</th>
            <th scope="col">Member</th>
            {withFields ? <th scope="col">Details</th> : null}
          </tr>
        </thead>
        <tbody>
          {sorted.map((detail) => (
            <tr key={`${detail.kind}-${detail.id}`}>
              <td>
                <span className={`officers-change-kind officers-change-kind-${detail.kind}`}>{KIND_LABEL[detail.kind]}</span>
              </td>
              <th scope="row">{detail.name || 'Unnamed member'}</th>
              {withFields ? (
                <td className="officers-change-fields">{detail.kind === 'new' || detail.kind === 'deleted' ? '' : detail.fields.map(changedFieldLabel).join(', ')}</td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
      </div>
      {preview.conflicts > 0 ? (
        <p className="officers-change-more">
          A conflict means you and {preview.signer.name} both changed the same detail since your last exchange; the later change is kept.
        </p>
      ) : null}
      {total > DETAILS_SHOWN ? (
        <p className="officers-change-more">
          The first {DETAILS_SHOWN.toLocaleString()} of {total.toLocaleString()} changes are listed; all of them are applied.
        </p>
      ) : null}
    </div>
  );
}
