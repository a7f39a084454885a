import { Trans, useTranslation } from 'react-i18next';
import { useEffect, useRef, useState, type DragEvent } from 'react';
import { fieldLabel } from '../roll/member-fields';
import { isChapterFailure } from '../../../shared/bridge';
import type { ExchangePreview } from '../../../shared/exchange';
import { ErrorAlert, StatusNote } from '../ui/alerts';
import { formatCount, formatDate } from '../ui/dates';
import { errorMessage } from '../ui/errors';
import { FileButton } from './file-button';
import { exportFileProblem, readExportFile, type ChosenExport } from './files';
import { Fingerprint } from './fingerprint';
import { Badge, type BadgeTone } from '../ui/badge';
import { Dialog } from '../ui/dialog';
import { useWorkProgress } from '../roll/import/use-work-progress';
import { WorkStatus } from './work-status';

/** The preview lists this many changes; the counts above it cover them all. */
const DETAILS_SHOWN = 200;

type Kind = ExchangePreview['details'][number]['kind'];
const CHANGE_TONE = { new: 'accent', changed: 'neutral', deleted: 'danger', conflict: 'caution' } as const satisfies Record<Kind, BadgeTone>;
const KIND_ORDER: Kind[] = ['new', 'changed', 'deleted', 'conflict'];

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
 * must be checked in person (the fingerprint, a checkbox) before Apply is possible. `initial` is a
 * file opened from the file manager: the dialog starts with it as if the officer had chosen it here.
 */
export function ImportDialog({ onClose, initial }: { onClose: () => void; initial?: ChosenExport }) {
  const { t } = useTranslation(['officers', 'common']);
  const [phase, setPhase] = useState<Phase>({ kind: 'choose' });
  const [file, setFile] = useState<ChosenExport | null>(null);
  const [askPassphrase, setAskPassphrase] = useState(false);
  const [passphrase, setPassphrase] = useState('');
  const [compared, setCompared] = useState(false);
  const [forwardAccepted, setForwardAccepted] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [dragging, setDragging] = useState(false);
  const passphraseInput = useRef<HTMLInputElement>(null);

  const busy = phase.kind === 'opening' || phase.kind === 'applying';
  // Decrypting and comparing a whole roll takes seconds, and so does applying it.
  const progress = useWorkProgress('exchange-import', busy);

  async function open(chosen: ChosenExport, withPassphrase: string) {
    setPhase({ kind: 'opening' });
    setError(null);
    setCompared(false);
    setForwardAccepted(false);
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
      await start(await readExportFile(picked));
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : errorMessage(failure));
    }
  }

  async function start(chosen: ChosenExport) {
    setFile(chosen);
    setPassphrase('');
    if (chosen.lockedWithPassphrase) {
      setAskPassphrase(true);
      requestAnimationFrame(() => passphraseInput.current?.focus());
      return;
    }
    setAskPassphrase(false);
    await open(chosen, '');
  }

  // Once per opened file (the page keys the dialog by it); the ref keeps StrictMode's second run from previewing twice.
  const startedInitial = useRef(false);
  useEffect(() => {
    if (!initial || startedInitial.current) return;
    startedInitial.current = true;
    void start(initial);
  }, []);

  async function apply(preview: ExchangePreview) {
    const needsConsent = preview.signer.status === 'unknown' || preview.signer.status === 'unverified';
    if (needsConsent && !compared) return;
    if (preview.forwarded && !forwardAccepted) return;
    setPhase({ kind: 'applying', preview });
    setError(null);
    try {
      const result = await window.chapter.exchange.apply({ importId: preview.importId, acceptUnverifiedSigner: needsConsent && compared, acceptForwarded: forwardAccepted });
      // The Officers page and the roll read what changed when main announces it.
      setPhase({ kind: 'done', result });
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
    <Dialog labelledBy="import-title" onCancel={onClose} cancellable={!busy} size={Boolean(shown) || phase.kind === 'done' ? 'wide' : 'small'} {...dropHandlers}>
      {phase.kind === 'done' ? (
        <>
          <div className="dialog-body">
            <h2 id="import-title" className="dialog-title">
              {t('import.importedFrom', { name: phase.result.signer.name })}
            </h2>
            <StatusNote message={t('import.inVault', { file: file?.name ?? t('import.theFile') })} />
            <Counts preview={phase.result} />
          </div>
          <div className="dialog-footer">
            <button type="button" className="button button-secondary officers-footer-start" onClick={restart}>
              {t('import.another')}
            </button>
            <button type="button" className="button button-primary" onClick={onClose} autoFocus>
              {t('common:actions.done')}
            </button>
          </div>
        </>
      ) : shown ? (
        <>
          <div className="dialog-body">
            <h2 id="import-title" className="dialog-title">
              {t('import.question', { file: file?.name ?? t('import.anExport') })}
            </h2>
            <p className="dialog-lead">
              {t('import.made', {
                date: formatDate(shown.createdAt) ?? t('import.unknownDate'),
                scope: scopeKey(shown.scope) ? t(`import.scope.${scopeKey(shown.scope)!}`) : shown.scope,
              })}
            </p>
            <SignerPanel preview={shown} compared={compared} onCompared={setCompared} disabled={busy} />
            <AddressingNotes preview={shown} accepted={forwardAccepted} onAccepted={setForwardAccepted} disabled={busy} />
            <Counts preview={shown} />
            <MeetingNotes preview={shown} />
            <CustomFieldNotes preview={shown} />
            <ChangeList preview={shown} />
            <ErrorAlert message={error} />
          </div>
          <div className="dialog-footer">
            <WorkStatus text={phase.kind === 'applying' ? t('import.applying') : null} label={t('import.progress')} progress={progress} />
            {phase.kind === 'preview' && (shown.signer.status === 'unknown' || shown.signer.status === 'unverified') && !compared ? (
              <p className="dialog-footer-note">{t('import.compareFirst')}</p>
            ) : null}
            <button type="button" className="button button-secondary" onClick={onClose} disabled={busy}>
              {t('common:actions.cancel')}
            </button>
            <button
              type="button"
              className="button button-primary"
              onClick={() => void apply(shown)}
              disabled={busy || ((shown.signer.status === 'unknown' || shown.signer.status === 'unverified') && !compared) || (shown.forwarded === true && !forwardAccepted)}
            >
              {t('import.apply')}
            </button>
          </div>
        </>
      ) : (
        <form
          className="dialog-form"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            if (file && passphrase) void open(file, passphrase);
          }}
        >
          <div className="dialog-body">
            <h2 id="import-title" className="dialog-title">
              {t('importExport')}
            </h2>
            <p className="dialog-lead">
              {t('import.lead')}
            </p>
            <div
              className="officers-drop-zone"
              data-testid="drop-zone"
              data-dragging={dragging}
              onDragLeave={(event) => {
                if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setDragging(false);
              }}
            >
              <p className="officers-drop-zone-text">{file ? <strong>{file.name}</strong> : t('import.drop')}</p>
              <FileButton
                label={file ? t('import.chooseAnother') : t('import.choose')}
                accept=".age,application/octet-stream"
                disabled={busy}
                onFile={(picked) => void choose(picked)}
              />
            </div>
            {askPassphrase ? (
              <div className="field">
                <label htmlFor="import-passphrase">{t('export.passphrase')}</label>
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
                    ? t('import.locked')
                    : t('import.maybeLocked')}
                </p>
              </div>
            ) : null}
            <ErrorAlert message={error} />
          </div>
          <div className="dialog-footer">
            <WorkStatus
              text={phase.kind === 'opening' ? t('import.opening', { file: file?.name ?? t('import.theFile') }) : null}
              label={t('import.progress')}
              progress={progress}
            />
            <button type="button" className="button button-secondary" onClick={onClose} disabled={busy}>
              {t('common:actions.cancel')}
            </button>
            {askPassphrase ? (
              <button type="submit" className="button button-primary" disabled={!file || !passphrase || busy}>
                {t('import.open')}
              </button>
            ) : null}
          </div>
        </form>
      )}
    </Dialog>
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
  const { t } = useTranslation('officers');
  const { signer } = preview;
  if (signer.status === 'verified' || signer.status === 'self') {
    return (
      <div className="signer signer-trusted" data-testid="signer">
        <p>
          {signer.status === 'self' ? (
            t('import.signedSelf', { name: signer.name })
          ) : (
            <Trans t={t} i18nKey="import.signedVerified" values={{ name: signer.name }} components={{ strong: <strong /> }} />
          )}
        </p>
        <span className="signer-fingerprint">
          <span className="muted">{t('table.fingerprint')}</span> <Fingerprint value={signer.fingerprint} size="small" />
        </span>
      </div>
    );
  }
  return (
    <div className="signer signer-warning" role="group" aria-labelledby="signer-warning-title" data-testid="signer">
      <h3 id="signer-warning-title" className="signer-warning-title">
        {signer.status === 'unknown'
          ? t('import.signerUnknown', { name: signer.name })
          : t('import.signerUnverified', { name: signer.name })}
      </h3>
      <p>
        {t('import.anyoneCanName', { name: signer.name })}
      </p>
      <Fingerprint value={signer.fingerprint} size="large" testId="signer-fingerprint" />
      <label className="checkbox signer-consent">
        <input type="checkbox" checked={compared} disabled={disabled} onChange={(event) => onCompared(event.target.checked)} />
        {t('import.compared', { name: signer.name })}
      </label>
    </div>
  );
}

/**
 * Whom the file was made for: one passed on by someone else needs a yes; one imported before is
 * said so (it is not applied again); an older file that does not say is noted.
 */
function AddressingNotes({
  preview,
  accepted,
  onAccepted,
  disabled,
}: {
  preview: ExchangePreview;
  accepted: boolean;
  onAccepted: (accepted: boolean) => void;
  disabled: boolean;
}) {
  const { t } = useTranslation('officers');
  const notes = [
    ...(preview.alreadyImportedAt ? [t('import.alreadyImported', { date: formatDate(preview.alreadyImportedAt.slice(0, 10)) })] : []),
    ...(preview.madeFor === null ? [t('import.unaddressed')] : []),
  ];
  if (notes.length === 0 && !preview.forwarded) return null;
  return (
    <div className="signer signer-warning" role="group" aria-label={t('import.addressing')} data-testid="addressing">
      {preview.forwarded ? (
        <>
          <p>{t('import.forwarded', { names: (preview.madeFor ?? []).join(', ') })}</p>
          <label className="checkbox signer-consent">
            <input type="checkbox" checked={accepted} disabled={disabled} onChange={(event) => onAccepted(event.target.checked)} />
            {t('import.acceptForwarded')}
          </label>
        </>
      ) : null}
      {notes.map((note) => (
        <p key={note}>{note}</p>
      ))}
    </div>
  );
}

/** Custom fields the file adds, and those it defines differently (this vault's definition stays). */
function CustomFieldNotes({ preview }: { preview: ExchangePreview }) {
  const { t } = useTranslation('officers');
  const { added = [], conflicts = [] } = preview.customFields ?? {};
  if (added.length === 0 && conflicts.length === 0) return null;
  return (
    <ul className="officers-change-more" data-testid="custom-field-notes">
      {added.length > 0 ? <li>{t('import.customAdded', { labels: added.join(', ') })}</li> : null}
      {conflicts.map((conflict) => (
        <li key={conflict.key}>{t('import.customConflict', conflict)}</li>
      ))}
    </ul>
  );
}

/** The file's scope as main describes it (in English, in the manifest) → a key worded in the officer's language. */
const SCOPE_KEYS = { 'the whole vault': 'all', 'the roll': 'roll', 'part of the roll': 'part', 'the minutes': 'minutes', 'chosen meetings': 'chosenMeetings' } as const;
const scopeKey = (scope: string) => SCOPE_KEYS[scope as keyof typeof SCOPE_KEYS] ?? null;

/** Meetings merge whole: one line of counts, and why each conflicting one keeps this vault's version. */
function MeetingNotes({ preview }: { preview: ExchangePreview }) {
  const { t } = useTranslation('officers');
  const meetings = preview.meetings;
  if (!meetings || meetings.new + meetings.changed + meetings.deleted + meetings.conflicts === 0) return null;
  const conflicts = meetings.details.filter((detail) => detail.kind === 'conflict').slice(0, DETAILS_SHOWN);
  return (
    <ul className="officers-change-more" data-testid="meeting-notes">
      <li>{t('import.meetings', { new: meetings.new, changed: meetings.changed, deleted: meetings.deleted, conflicts: meetings.conflicts })}</li>
      {conflicts.map((detail) => (
        <li key={detail.id}>
          {t(`import.meetingConflict.${detail.reason ?? 'edited-both'}`, { title: detail.title, date: formatDate(detail.date) ?? detail.date })}
        </li>
      ))}
    </ul>
  );
}

function Counts({ preview }: { preview: ExchangePreview }) {
  const { t } = useTranslation('officers');
  const counts: { kind: Kind; label: string; value: number }[] = [
    { kind: 'new', label: t('import.counts.new'), value: preview.new },
    { kind: 'changed', label: t('import.counts.changed'), value: preview.changed },
    { kind: 'deleted', label: t('import.counts.deleted'), value: preview.deleted },
    { kind: 'conflict', label: t('import.counts.conflicts'), value: preview.conflicts },
  ];
  return (
    <dl className="exchange-counts">
      {counts.map((count) => (
        <div key={count.kind} className="exchange-count" data-testid={`count-${count.kind}`}>
          <dt>{count.label}</dt>
          <dd>{formatCount(count.value)}</dd>
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
  const { t } = useTranslation(['officers', 'roll']);
  const total = preview.details.length;
  if (total === 0) {
    const meetings = preview.meetings;
    // A file of minutes only: the meetings line above says what it brings.
    if (meetings && meetings.new + meetings.changed + meetings.deleted + meetings.conflicts > 0) return null;
    return <StatusNote message={t('import.nothingNew')} />;
  }
  const sorted = [...preview.details].sort((a, b) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind)).slice(0, DETAILS_SHOWN);
  // New and deleted members have no field list; the column only appears when something changed.
  const withFields = sorted.some((detail) => detail.kind === 'changed' || detail.kind === 'conflict');
  return (
    <div className="officers-change-frame">
      <div className="officers-change-scroll">
      <table className="officers-change-list" aria-label={t('import.whatChanges')}>
        <thead>
          <tr>
            <th scope="col">{t('import.change')}</th>
            <th scope="col">{t('import.member')}</th>
            {withFields ? <th scope="col">{t('import.details')}</th> : null}
          </tr>
        </thead>
        <tbody>
          {sorted.map((detail) => (
            <tr key={`${detail.kind}-${detail.id}`}>
              <td>
                <Badge tone={CHANGE_TONE[detail.kind]} small className="officers-change-kind">
                  {t(`import.kinds.${detail.kind}`)}
                </Badge>
              </td>
              <th scope="row">{detail.name || t('roll:unnamed')}</th>
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
          {t('import.conflictMeans', { name: preview.signer.name })}
        </p>
      ) : null}
      {total > DETAILS_SHOWN ? (
        <p className="officers-change-more">
          {/* Main sends the first 500 details; the counts cover every record. */}
          {t('import.firstListed', { shown: DETAILS_SHOWN, total: Math.max(total, preview.new + preview.changed + preview.deleted + preview.conflicts) })}
        </p>
      ) : null}
    </div>
  );
}
