import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeetingType } from '../../../shared/meetings';
import { ErrorAlert } from '../ui/alerts';
import { errorMessage } from '../ui/errors';
import { TextField } from '../ui/text-field';
import { MinutesDialog } from './dialog';
import { nextHalfHour } from './format';

/** "New meeting": the type (its agenda template comes with it), when, where, who chairs and who takes the minutes. */
export function NewMeetingDialog({ officerName, onCancel, onCreated }: { officerName: string; onCancel: () => void; onCreated: (id: string) => void }) {
  const { t } = useTranslation('meetings');
  const [types, setTypes] = useState<MeetingType[] | null>(null);
  const [typeId, setTypeId] = useState('');
  const [title, setTitle] = useState('');
  const [startsAt, setStartsAt] = useState(nextHalfHour);
  const [place, setPlace] = useState('');
  const [chair, setChair] = useState('');
  const [secretary, setSecretary] = useState(officerName);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let current = true;
    window.chapter.meetings
      .types({})
      .then((list) => {
        if (!current) return;
        setTypes(list);
        setTypeId((chosen) => chosen || list[0]?.id || '');
      })
      .catch((failure: unknown) => current && setError(errorMessage(failure)));
    return () => {
      current = false;
    };
  }, []);

  async function create() {
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      const detail = await window.chapter.meetings.create({
        typeId,
        startsAt,
        ...(title.trim() ? { title: title.trim() } : {}),
        ...(place.trim() ? { place: place.trim() } : {}),
        ...(chair.trim() ? { chair: chair.trim() } : {}),
        ...(secretary.trim() ? { secretary: secretary.trim() } : {}),
      });
      onCreated(detail.meeting.id);
    } catch (failure) {
      setError(errorMessage(failure));
      setBusy(false);
    }
  }

  const typeName = types?.find((type) => type.id === typeId)?.name ?? '';

  return (
    <MinutesDialog
      id="mtg-new"
      title={t('new.title')}
      lead={t('new.lead')}
      busy={busy}
      onCancel={onCancel}
      onSubmit={() => void create()}
      footer={
        <>
          <button type="button" className="button button-secondary" onClick={onCancel} disabled={busy}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="button button-primary" disabled={busy || !typeId || !startsAt}>
            {busy ? t('new.creating') : t('new.create')}
          </button>
        </>
      }
    >
      <div className="dialog-grid">
        <div className="field">
          <label htmlFor="mtg-new-type">{t('new.type')}</label>
          <select id="mtg-new-type" className="input" value={typeId} onChange={(event) => setTypeId(event.target.value)} autoFocus>
            {(types ?? []).map((type) => (
              <option key={type.id} value={type.id}>
                {type.name}
              </option>
            ))}
          </select>
        </div>
        <TextField id="mtg-new-when" label={t('new.when')} type="datetime-local" value={startsAt} onChange={setStartsAt} required />
        <div className="field-wide">
          <TextField id="mtg-new-name" label={t('new.titleField')} value={title} onChange={setTitle} placeholder={typeName} hint={t('new.titleHint')} />
        </div>
        <div className="field-wide">
          <TextField id="mtg-new-place" label={t('new.place')} value={place} onChange={setPlace} />
        </div>
        <TextField id="mtg-new-chair" label={t('new.chair')} value={chair} onChange={setChair} />
        <TextField id="mtg-new-secretary" label={t('new.secretary')} value={secretary} onChange={setSecretary} />
      </div>
      <ErrorAlert message={error} />
    </MinutesDialog>
  );
}
