import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Meeting, MeetingDetail, MeetingType } from '../../../shared/meetings';
import { ErrorAlert } from '../ui/alerts';
import { errorMessage } from '../ui/errors';
import { useChapterLoad } from '../ui/use-chapter-load';
import { TextField } from '../ui/text-field';
import { FormDialog } from '../ui/dialog';
import { nextHalfHour } from './format';

/** "New meeting": the type (its agenda template comes with it), when, where, who chairs and who takes the minutes. */
export function NewMeetingDialog({ officerName, onCancel, onCreated }: { officerName: string; onCancel: () => void; onCreated: (id: string) => void }) {
  return <MeetingDetailsDialog officerName={officerName} onCancel={onCancel} onSaved={(detail) => onCreated(detail.meeting.id)} />;
}

/** The same fields for a meeting already set up; only what changed is sent. */
export function EditMeetingDialog({ meeting, onCancel, onSaved }: { meeting: Meeting; onCancel: () => void; onSaved: (detail: MeetingDetail) => void }) {
  return <MeetingDetailsDialog officerName="" existing={meeting} onCancel={onCancel} onSaved={onSaved} />;
}

function MeetingDetailsDialog({
  officerName,
  existing,
  onCancel,
  onSaved,
}: {
  officerName: string;
  existing?: Meeting;
  onCancel: () => void;
  onSaved: (detail: MeetingDetail) => void;
}) {
  const { t } = useTranslation('meetings');
  const [types, setTypes] = useState<MeetingType[] | null>(null);
  const [typeId, setTypeId] = useState(existing?.typeId ?? '');
  const [title, setTitle] = useState(existing?.title ?? '');
  const [startsAt, setStartsAt] = useState(existing?.date ?? nextHalfHour);
  const [place, setPlace] = useState(existing?.place ?? '');
  const [chair, setChair] = useState(existing?.chair ?? '');
  const [secretary, setSecretary] = useState(existing?.secretary ?? officerName);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useChapterLoad(
    () => window.chapter.meetings.types({}),
    (list) => {
      setTypes(list);
      setTypeId((chosen) => chosen || list[0]?.id || '');
    },
    setError,
    [],
  );

  async function create() {
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      if (existing) {
        const next = { title: title.trim(), startsAt, place: place.trim(), chair: chair.trim(), secretary: secretary.trim(), typeId };
        const before = { title: existing.title, startsAt: existing.date, place: existing.place, chair: existing.chair, secretary: existing.secretary, typeId: existing.typeId };
        const fields = Object.fromEntries(Object.entries(next).filter(([key, value]) => value !== before[key as keyof typeof before]));
        onSaved(Object.keys(fields).length > 0 ? await window.chapter.meetings.update({ id: existing.id, fields }) : await window.chapter.meetings.get({ id: existing.id }));
        return;
      }
      const detail = await window.chapter.meetings.create({
        typeId,
        startsAt,
        ...(title.trim() ? { title: title.trim() } : {}),
        ...(place.trim() ? { place: place.trim() } : {}),
        ...(chair.trim() ? { chair: chair.trim() } : {}),
        ...(secretary.trim() ? { secretary: secretary.trim() } : {}),
      });
      onSaved(detail);
    } catch (failure) {
      setError(errorMessage(failure));
      setBusy(false);
    }
  }

  const prefix = existing ? 'mtg-edit' : 'mtg-new';
  const typeName = types?.find((type) => type.id === typeId)?.name ?? '';

  return (
    <FormDialog
      id={existing ? 'mtg-edit' : 'mtg-new'}
      title={existing ? t('edit.title') : t('new.title')}
      lead={existing ? t('edit.lead') : t('new.lead')}
      busy={busy}
      onCancel={onCancel}
      onSubmit={() => void create()}
      footer={
        <>
          <button type="button" className="button button-secondary" onClick={onCancel} disabled={busy}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="button button-primary" disabled={busy || !typeId || !startsAt || (existing && !title.trim())}>
            {existing ? (busy ? t('edit.saving') : t('edit.save')) : busy ? t('new.creating') : t('new.create')}
          </button>
        </>
      }
    >
      <div className="dialog-grid">
        <div className="field">
          <label htmlFor={`${prefix}-type`}>{t('new.type')}</label>
          <select
            id={`${prefix}-type`}
            className="input"
            value={typeId}
            onChange={(event) => setTypeId(event.target.value)}
            autoFocus
            aria-describedby={existing ? `${prefix}-type-hint` : undefined}
          >
            {(types ?? []).map((type) => (
              <option key={type.id} value={type.id}>
                {type.name}
              </option>
            ))}
          </select>
          {existing ? (
            <p id={`${prefix}-type-hint`} className="field-hint">
              {t('edit.typeHint')}
            </p>
          ) : null}
        </div>
        <TextField id={`${prefix}-when`} label={t('new.when')} type="datetime-local" value={startsAt} onChange={setStartsAt} required />
        <div className="field-wide">
          <TextField id={`${prefix}-name`} label={t('new.titleField')} value={title} onChange={setTitle} placeholder={typeName} hint={existing ? undefined : t('new.titleHint')} required={Boolean(existing)} />
        </div>
        <div className="field-wide">
          <TextField id={`${prefix}-place`} label={t('new.place')} value={place} onChange={setPlace} />
        </div>
        <TextField id={`${prefix}-chair`} label={t('new.chair')} value={chair} onChange={setChair} />
        <TextField id={`${prefix}-secretary`} label={t('new.secretary')} value={secretary} onChange={setSecretary} />
      </div>
      <ErrorAlert message={error} />
    </FormDialog>
  );
}
