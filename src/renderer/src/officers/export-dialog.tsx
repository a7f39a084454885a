import { useEffect, useState, type FormEvent } from 'react';
import type { ChannelOutput } from '../../../shared/contract';
import type { Officer } from '../../../shared/exchange';
import { ErrorAlert } from '../ui/alerts';
import { errorMessage } from '../ui/errors';
import { bytesFromBase64, saveFile } from '../ui/save-file';
import { Fingerprint } from './fingerprint';
import { Modal } from './modal';

const MIN_PASSPHRASE = 10;

type Exported = ChannelOutput<'exchange:export'>;

interface Places {
  /** "buildings" in a tenant union, "workplaces" in a workplace chapter. */
  key: 'buildings' | 'workplaces';
  plural: string;
  values: string[];
}

/**
 * Sending an export: to whom (verified officers, or a passphrase for someone without an identity
 * yet), and what (the whole roll, or only some buildings or workplaces). The file is signed and
 * encrypted in main; the page only hands it to the officer's Save dialog.
 */
export function ExportDialog({ officers, onClose }: { officers: Officer[]; onClose: () => void }) {
  const recipients = officers.filter((officer) => !officer.isSelf && officer.verified && !officer.revoked);
  const waiting = officers.filter((officer) => !officer.isSelf && !officer.verified && !officer.revoked);

  const [lock, setLock] = useState<'officers' | 'passphrase'>('officers');
  const [chosen, setChosen] = useState<string[]>([]);
  const [passphrase, setPassphrase] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [part, setPart] = useState(false);
  const [places, setPlaces] = useState<Places | null>(null);
  const [chosenPlaces, setChosenPlaces] = useState<string[]>([]);
  const [working, setWorking] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<{ result: Exported; byPassphrase: boolean } | null>(null);

  useEffect(() => {
    let current = true;
    Promise.all([window.chapter.settings.get({}), window.chapter.roll.facets({})])
      .then(([settings, facets]) => {
        if (!current) return;
        setPlaces(
          settings.chapterKind === 'tenant'
            ? { key: 'buildings', plural: 'buildings', values: facets.buildings }
            : { key: 'workplaces', plural: 'workplaces', values: facets.workplaces },
        );
      })
      .catch((failure: unknown) => current && setError(errorMessage(failure)));
    return () => {
      current = false;
    };
  }, []);

  const toggle = (list: string[], value: string) => (list.includes(value) ? list.filter((item) => item !== value) : [...list, value]);

  const missing =
    lock === 'officers' && chosen.length === 0
      ? 'Choose who can open the file.'
      : lock === 'passphrase' && passphrase.length < MIN_PASSPHRASE
        ? `The passphrase needs at least ${MIN_PASSPHRASE} characters.`
        : lock === 'passphrase' && passphrase !== confirmation
          ? 'The two passphrases are not the same.'
          : part && chosenPlaces.length === 0
            ? `Choose at least one of the ${places?.plural ?? 'places'}.`
            : null;

  async function create(event: FormEvent) {
    event.preventDefault();
    if (missing || working || !places) return;
    setWorking(true);
    setError(null);
    try {
      const result = await window.chapter.exchange.export({
        to: lock === 'officers' ? chosen : [],
        ...(lock === 'passphrase' ? { passphrase } : {}),
        scope: 'roll',
        ...(part ? { query: { filter: places.key === 'buildings' ? { buildings: chosenPlaces } : { workplaces: chosenPlaces } } } : {}),
      });
      saveFile(result.fileName, new Blob([bytesFromBase64(result.contentBase64)], { type: 'application/octet-stream' }));
      setPassphrase('');
      setConfirmation('');
      setDone({ result, byPassphrase: lock === 'passphrase' });
    } catch (failure) {
      setError(errorMessage(failure));
    } finally {
      setWorking(false);
    }
  }

  if (done) {
    const { result, byPassphrase } = done;
    const members = `${result.members} ${result.members === 1 ? 'member' : 'members'}`;
    return (
      <Modal labelledBy="export-title" onCancel={onClose}>
        <div className="officer-dialog-body">
          <h2 id="export-title" className="officer-dialog-title">
            Export file created
          </h2>
          <p role="status" className="alert alert-info">
            {result.fileName}: {members}, {byPassphrase ? 'locked with your passphrase' : `for ${joinNames(result.recipients)}`}.
          </p>
          <p className="form-note" data-testid="export-note">
            {byPassphrase
              ? 'Anyone with the passphrase can open this file. Hand it over in person or through a channel you trust, and give the passphrase separately — never with the file.'
              : 'Only the officers you chose can open this file. Hand it over in person or through a channel you trust.'}
          </p>
        </div>
        <div className="officer-dialog-footer">
          <button
            type="button"
            className="button button-secondary officers-footer-start"
            onClick={() => saveFile(result.fileName, new Blob([bytesFromBase64(result.contentBase64)], { type: 'application/octet-stream' }))}
          >
            Save again
          </button>
          <button type="button" className="button button-primary" onClick={onClose} autoFocus>
            Done
          </button>
        </div>
      </Modal>
    );
  }

  return (
    <Modal labelledBy="export-title" describedBy="export-lead" onCancel={onClose} cancellable={!working}>
      <form className="officer-dialog-form" onSubmit={(event) => void create(event)} noValidate aria-busy={working}>
        <div className="officer-dialog-body">
          <h2 id="export-title" className="officer-dialog-title">
            Send an export
          </h2>
          <p id="export-lead" className="officer-dialog-lead">
            An encrypted file, signed by you, that only the people you choose can open.
          </p>

          <fieldset className="export-fieldset" disabled={working}>
            <legend>Who can open it</legend>
            <label className="officers-choice">
              <input type="radio" name="export-lock" checked={lock === 'officers'} onChange={() => setLock('officers')} />
              <span>Officers you have verified</span>
            </label>
            {lock === 'officers' ? (
              <div className="officers-choice-nested">
                {recipients.length === 0 ? (
                  <p className="field-hint">
                    You have not verified any officer yet. Add their card and compare fingerprints in person first, or use a
                    passphrase.
                  </p>
                ) : (
                  <ul className="officers-choice-list" aria-label="Recipients">
                    {recipients.map((officer) => (
                      <li key={officer.id}>
                        <label className="officers-choice officers-choice-boxed">
                          <input
                            type="checkbox"
                            checked={chosen.includes(officer.id)}
                            onChange={() => setChosen((current) => toggle(current, officer.id))}
                          />
                          <span className="officers-choice-text">
                            <span className="officers-choice-name">{officer.name}</span>
                            {officer.role ? <span className="officers-choice-detail">{officer.role}</span> : null}
                          </span>
                          <Fingerprint value={officer.fingerprint} size="small" />
                        </label>
                      </li>
                    ))}
                  </ul>
                )}
                {waiting.length > 0 ? (
                  <p className="field-hint">
                    Not verified yet, so not listed: {joinNames(waiting.map((officer) => officer.name))}.
                  </p>
                ) : null}
              </div>
            ) : null}
            <label className="officers-choice">
              <input type="radio" name="export-lock" checked={lock === 'passphrase'} onChange={() => setLock('passphrase')} />
              <span>
                A passphrase instead <span className="officers-choice-aside">— for someone who has no officer identity yet</span>
              </span>
            </label>
            {lock === 'passphrase' ? (
              <div className="officers-choice-nested export-passphrase">
                <div className="field">
                  <label htmlFor="export-passphrase">Passphrase for this file</label>
                  <input
                    id="export-passphrase"
                    type="password"
                    className="input"
                    autoComplete="off"
                    value={passphrase}
                    onChange={(event) => setPassphrase(event.target.value)}
                    aria-describedby="export-passphrase-hint"
                  />
                  <p id="export-passphrase-hint" className="field-hint">
                    At least {MIN_PASSPHRASE} characters. Tell it to them in person, never together with the file.
                  </p>
                </div>
                <div className="field">
                  <label htmlFor="export-passphrase-confirm">Confirm the passphrase</label>
                  <input
                    id="export-passphrase-confirm"
                    type="password"
                    className="input"
                    autoComplete="off"
                    value={confirmation}
                    onChange={(event) => setConfirmation(event.target.value)}
                  />
                </div>
              </div>
            ) : null}
          </fieldset>

          <fieldset className="export-fieldset" disabled={working || !places}>
            <legend>What to send</legend>
            <label className="officers-choice">
              <input type="radio" name="export-scope" checked={!part} onChange={() => setPart(false)} />
              <span>The whole roll</span>
            </label>
            <label className="officers-choice">
              <input
                type="radio"
                name="export-scope"
                checked={part}
                disabled={!places || places.values.length === 0}
                onChange={() => setPart(true)}
              />
              <span>
                Only some {places?.plural ?? 'buildings'}
                {places && places.values.length === 0 ? (
                  <span className="officers-choice-aside"> — no member has one yet</span>
                ) : null}
              </span>
            </label>
            {part && places ? (
              <ul className="officers-choice-list officers-choice-nested officers-place-list" aria-label={`Which ${places.plural}`}>
                {places.values.map((place) => (
                  <li key={place}>
                    <label className="officers-choice officers-choice-boxed">
                      <input
                        type="checkbox"
                        checked={chosenPlaces.includes(place)}
                        onChange={() => setChosenPlaces((current) => toggle(current, place))}
                      />
                      <span className="officers-choice-name">{place}</span>
                    </label>
                  </li>
                ))}
              </ul>
            ) : null}
          </fieldset>
          <ErrorAlert message={error} />
        </div>
        <div className="officer-dialog-footer">
          <p role="status" className="officer-dialog-progress">
            {working ? 'Signing and encrypting the file…' : null}
          </p>
          {!working && missing ? <p className="officer-dialog-hint">{missing}</p> : null}
          <button type="button" className="button button-secondary" onClick={onClose} disabled={working}>
            Cancel
          </button>
          <button type="submit" className="button button-primary" disabled={Boolean(missing) || working || !places}>
            Create export file
          </button>
        </div>
      </form>
    </Modal>
  );
}

/** ["Ana", "Bo", "Cy"] → "Ana, Bo and Cy" */
export function joinNames(names: string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}
