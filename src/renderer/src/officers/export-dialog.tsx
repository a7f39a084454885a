import { useTranslation } from 'react-i18next';
import { useState, type FormEvent } from 'react';
import type { ChannelOutput } from '../../../shared/contract';
import type { Officer } from '../../../shared/exchange';
import type { MeetingSummary } from '../../../shared/meetings';
import { ErrorAlert } from '../ui/alerts';
import { formatDate } from '../ui/dates';
import { errorMessage } from '../ui/errors';
import { useChapterLoad } from '../ui/use-chapter-load';
import { bytesFromBase64, saveFile } from '../ui/save-file';
import { Fingerprint } from './fingerprint';
import { Dialog } from '../ui/dialog';
import { i18n } from '../i18n';
import { useWorkProgress } from '../roll/import/use-work-progress';
import { WorkStatus } from './work-status';
import { StrengthMeter, usePassphraseVerdict } from '../vault/passphrase-strength';

const MIN_PASSPHRASE = 10;

type Exported = ChannelOutput<'exchange:export'>;

interface Places {
  /** "buildings" in a tenant union, "workplaces" in a workplace chapter. */
  key: 'buildings' | 'workplaces';
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

  const { t } = useTranslation(['officers', 'common']);
  const [lock, setLock] = useState<'officers' | 'passphrase'>('officers');
  const [chosen, setChosen] = useState<string[]>([]);
  const [passphrase, setPassphrase] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [part, setPart] = useState(false);
  const [places, setPlaces] = useState<Places | null>(null);
  const [chosenPlaces, setChosenPlaces] = useState<string[]>([]);
  // Minutes instead of the roll: the meetings to send.
  const [minutes, setMinutes] = useState(false);
  const [meetings, setMeetings] = useState<MeetingSummary[]>([]);
  const [chosenMeetings, setChosenMeetings] = useState<string[]>([]);
  // Off unless ticked, every time: who is tied to whom is the most sensitive thing a chapter keeps.
  const [relationships, setRelationships] = useState(false);
  const [working, setWorking] = useState(false);
  // A whole roll takes seconds to sign and encrypt; main reports how far it got.
  const progress = useWorkProgress('exchange-export', working);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<{ result: Exported; byPassphrase: boolean; minutes: boolean } | null>(null);
  // The vault's passphrase rule, with the chapter's buildings and workplaces as words anyone knows.
  const [knownWords, setKnownWords] = useState<string[]>([]);
  const verdict = usePassphraseVerdict(lock === 'passphrase' ? passphrase : '', knownWords);

  useChapterLoad(
    () => Promise.all([window.chapter.settings.get({}), window.chapter.roll.facets({}), window.chapter.meetings.list({})]),
    ([settings, facets, meetingList]) => {
      setMeetings(meetingList);
      setKnownWords([...facets.buildings, ...facets.workplaces].slice(0, 500));
      setPlaces(
        settings.chapterKind === 'tenant' ? { key: 'buildings', values: facets.buildings } : { key: 'workplaces', values: facets.workplaces },
      );
    },
    setError,
    [],
  );

  const toggle = (list: string[], value: string) => (list.includes(value) ? list.filter((item) => item !== value) : [...list, value]);

  const placesWord = t(`export.places.${places?.key ?? 'buildings'}`);
  const missing =
    lock === 'officers' && chosen.length === 0
      ? t('export.missingWho')
      : lock === 'passphrase' && passphrase.length < MIN_PASSPHRASE
        ? t('export.missingLength', { count: MIN_PASSPHRASE })
        : lock === 'passphrase' && !verdict?.acceptable
          ? t('export.missingStrength')
        : lock === 'passphrase' && passphrase !== confirmation
          ? t('export.missingMatch')
          : part && chosenPlaces.length === 0
            ? t('export.missingPlaces', { places: placesWord })
            : minutes && chosenMeetings.length === 0
              ? t('export.missingMeetings')
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
        scope: minutes ? 'minutes' : 'roll',
        ...(minutes ? { meetingIds: chosenMeetings } : {}),
        ...(part ? { query: { filter: places.key === 'buildings' ? { buildings: chosenPlaces } : { workplaces: chosenPlaces } } } : {}),
        ...(!minutes && relationships ? { includeRelationships: true } : {}),
      });
      saveFile(result.fileName, new Blob([bytesFromBase64(result.contentBase64)], { type: 'application/octet-stream' }));
      setPassphrase('');
      setConfirmation('');
      setDone({ result, byPassphrase: lock === 'passphrase', minutes });
    } catch (failure) {
      setError(errorMessage(failure));
    } finally {
      setWorking(false);
    }
  }

  if (done) {
    const { result, byPassphrase } = done;
    const what = done.minutes
      ? { passphrase: 'export.createdMinutesPassphrase', officers: 'export.createdMinutesFor', count: result.meetings ?? 0 } as const
      : { passphrase: 'export.createdPassphrase', officers: 'export.createdFor', count: result.members } as const;
    return (
      <Dialog labelledBy="export-title" onCancel={onClose}>
        <div className="dialog-body">
          <h2 id="export-title" className="dialog-title">
            {t('export.created')}
          </h2>
          <p role="status" className="alert alert-info">
            {byPassphrase
              ? t(what.passphrase, { fileName: result.fileName, count: what.count })
              : t(what.officers, { fileName: result.fileName, count: what.count, names: joinNames(result.recipients) })}
          </p>
          <p className="form-note" data-testid="export-note">
            {byPassphrase ? t('export.notePassphrase') : t('export.noteOfficers')}
          </p>
        </div>
        <div className="dialog-footer">
          <button
            type="button"
            className="button button-secondary officers-footer-start"
            onClick={() => saveFile(result.fileName, new Blob([bytesFromBase64(result.contentBase64)], { type: 'application/octet-stream' }))}
          >
            {t('export.saveAgain')}
          </button>
          <button type="button" className="button button-primary" onClick={onClose} autoFocus>
            {t('common:actions.done')}
          </button>
        </div>
      </Dialog>
    );
  }

  return (
    <Dialog labelledBy="export-title" describedBy="export-lead" onCancel={onClose} cancellable={!working}>
      <form className="dialog-form" onSubmit={(event) => void create(event)} noValidate aria-busy={working}>
        <div className="dialog-body">
          <h2 id="export-title" className="dialog-title">
            {t('sendExport')}
          </h2>
          <p id="export-lead" className="dialog-lead">
            {t('export.lead')}
          </p>

          <fieldset className="export-fieldset" disabled={working}>
            <legend>{t('export.who')}</legend>
            <label className="officers-choice">
              <input type="radio" name="export-lock" checked={lock === 'officers'} onChange={() => setLock('officers')} />
              <span>{t('export.verifiedOfficers')}</span>
            </label>
            {lock === 'officers' ? (
              <div className="officers-choice-nested">
                {recipients.length === 0 ? (
                  <p className="field-hint">
                    {t('export.noneVerified')}
                  </p>
                ) : (
                  <ul className="officers-choice-list" aria-label={t('export.recipients')}>
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
                    {t('export.waiting', { names: joinNames(waiting.map((officer) => officer.name)) })}
                  </p>
                ) : null}
              </div>
            ) : null}
            <label className="officers-choice">
              <input type="radio" name="export-lock" checked={lock === 'passphrase'} onChange={() => setLock('passphrase')} />
              <span>
                {t('export.passphraseInstead')} <span className="officers-choice-aside">— {t('export.passphraseAside')}</span>
              </span>
            </label>
            {lock === 'passphrase' ? (
              <div className="officers-choice-nested export-passphrase">
                <div className="field">
                  <label htmlFor="export-passphrase">{t('export.passphrase')}</label>
                  <input
                    id="export-passphrase"
                    type="password"
                    className="input"
                    autoComplete="off"
                    value={passphrase}
                    onChange={(event) => setPassphrase(event.target.value)}
                    aria-describedby="export-passphrase-hint export-passphrase-strength"
                  />
                  <p id="export-passphrase-hint" className="field-hint">
                    {t('export.passphraseHint', { count: MIN_PASSPHRASE })}
                  </p>
                  <StrengthMeter id="export-passphrase-strength" passphrase={passphrase} verdict={verdict} />
                </div>
                <div className="field">
                  <label htmlFor="export-passphrase-confirm">{t('export.confirm')}</label>
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
            <legend>{t('export.what')}</legend>
            <label className="officers-choice">
              <input
                type="radio"
                name="export-scope"
                checked={!part && !minutes}
                onChange={() => {
                  setPart(false);
                  setMinutes(false);
                }}
              />
              <span>{t('export.wholeRoll')}</span>
            </label>
            <label className="officers-choice">
              <input
                type="radio"
                name="export-scope"
                checked={part}
                disabled={!places || places.values.length === 0}
                onChange={() => {
                  setPart(true);
                  setMinutes(false);
                }}
              />
              <span>
                {t('export.onlySome', { places: placesWord })}
                {places && places.values.length === 0 ? (
                  <span className="officers-choice-aside"> — {t('export.noneHasOne')}</span>
                ) : null}
              </span>
            </label>
            {part && places ? (
              <ul className="officers-choice-list officers-choice-nested officers-place-list" aria-label={t('export.which', { places: placesWord })}>
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
            <label className="officers-choice">
              <input
                type="radio"
                name="export-scope"
                checked={minutes}
                disabled={meetings.length === 0}
                onChange={() => {
                  setMinutes(true);
                  setPart(false);
                }}
              />
              <span>
                {t('export.minutes')}
                {meetings.length === 0 ? <span className="officers-choice-aside"> — {t('export.noMeetings')}</span> : null}
              </span>
            </label>
            {minutes ? (
              <ul className="officers-choice-list officers-choice-nested officers-place-list" aria-label={t('export.whichMeetings')}>
                {meetings.map((meeting) => (
                  <li key={meeting.id}>
                    <label className="officers-choice officers-choice-boxed">
                      <input
                        type="checkbox"
                        checked={chosenMeetings.includes(meeting.id)}
                        onChange={() => setChosenMeetings((current) => toggle(current, meeting.id))}
                      />
                      <span className="officers-choice-text">
                        <span className="officers-choice-name">{meeting.title}</span>
                        <span className="officers-choice-detail">
                          {formatDate(meeting.date) ?? meeting.date} · {t(`export.statuses.${meeting.status}`)}
                        </span>
                      </span>
                    </label>
                  </li>
                ))}
              </ul>
            ) : null}
            {!minutes ? (
              <label className="officers-choice">
                <input type="checkbox" checked={relationships} onChange={(event) => setRelationships(event.target.checked)} aria-describedby="export-relationships-why" />
                <span className="officers-choice-text">
                  <span className="officers-choice-name">{t('export.relationships')}</span>
                  <span className="officers-choice-detail" id="export-relationships-why">
                    {t('export.relationshipsWhy')}
                  </span>
                </span>
              </label>
            ) : null}
          </fieldset>
          <ErrorAlert message={error} />
        </div>
        <div className="dialog-footer">
          <WorkStatus text={working ? t('export.working') : null} label={t('export.progress')} progress={progress} />
          {!working && missing ? <p className="dialog-footer-note">{missing}</p> : null}
          <button type="button" className="button button-secondary" onClick={onClose} disabled={working}>
            {t('common:actions.cancel')}
          </button>
          <button type="submit" className="button button-primary" disabled={Boolean(missing) || working || !places}>
            {t('export.create')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}

/** ["Ana", "Bo", "Cy"] → "Ana, Bo and Cy" */
function joinNames(names: string[]): string {
  if (names.length <= 1) return names.join('');
  return i18n.t('officers:and', { rest: names.slice(0, -1).join(', '), last: names[names.length - 1] });
}
