import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeetingType } from '../../../shared/meetings';
import { ErrorAlert } from '../ui/alerts';
import { errorMessage } from '../ui/errors';
import { TextField } from '../ui/text-field';
import { MinutesDialog } from './dialog';

type Editing = { id?: string; name: string; kind: 'count' | 'percent'; amount: string; agenda: string };

const blank: Editing = { name: '', kind: 'count', amount: '3', agenda: '' };

function toEditing(type: MeetingType): Editing {
  return {
    id: type.id,
    name: type.name,
    kind: type.quorum.kind,
    amount: String(type.quorum.kind === 'count' ? type.quorum.count : type.quorum.percent),
    agenda: type.agenda.join('\n'),
  };
}

/** The chapter's kinds of meeting: each with its quorum rule and the agenda a new meeting starts from. */
export function MeetingTypesDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation('meetings');
  const [types, setTypes] = useState<MeetingType[]>([]);
  const [editing, setEditing] = useState<Editing | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    window.chapter.meetings
      .types({})
      .then(setTypes)
      .catch((failure: unknown) => setError(errorMessage(failure)));
  }, []);

  async function run(work: () => Promise<MeetingType[]>) {
    setBusy(true);
    setError(null);
    try {
      setTypes(await work());
      setEditing(null);
    } catch (failure) {
      setError(errorMessage(failure));
    } finally {
      setBusy(false);
    }
  }

  function save(form: Editing) {
    const amount = Number(form.amount);
    void run(() =>
      window.chapter.meetings.saveType({
        ...(form.id ? { id: form.id } : {}),
        name: form.name.trim(),
        quorum: form.kind === 'count' ? { kind: 'count', count: Math.round(amount) } : { kind: 'percent', percent: amount },
        agenda: form.agenda
          .split('\n')
          .map((line) => line.trim())
          .filter(Boolean),
      }),
    );
  }

  const describe = (type: MeetingType) =>
    type.quorum.kind === 'count' ? t('types.quorumCount', { count: type.quorum.count }) : t('types.quorumPercent', { percent: type.quorum.percent });

  return (
    <MinutesDialog
      id="mtg-types"
      title={t('types.title')}
      lead={t('types.lead')}
      wide
      busy={busy}
      onCancel={onClose}
      onSubmit={() => editing && save(editing)}
      footer={
        editing ? (
          <>
            <button type="button" className="button button-secondary" onClick={() => setEditing(null)} disabled={busy}>
              {t('common.back')}
            </button>
            <button type="submit" className="button button-primary" disabled={busy || !editing.name.trim() || editing.amount === ''}>
              {t('types.save')}
            </button>
          </>
        ) : (
          <>
            <button type="button" className="button button-secondary" onClick={() => setEditing({ ...blank })}>
              {t('types.add')}
            </button>
            <button type="button" className="button button-primary" onClick={onClose}>
              {t('common.done')}
            </button>
          </>
        )
      }
    >
      <ErrorAlert message={error} />
      {editing ? (
        <TypeForm value={editing} onChange={setEditing} />
      ) : (
        <ul className="mtg-types" aria-label={t('types.title')}>
          {types.map((type) => (
            <li key={type.id} className="mtg-type">
              <div className="mtg-type-text">
                <span className="mtg-type-name">{type.name}</span>
                <span className="mtg-row-sub">
                  {describe(type)} · {t('types.agendaCount', { count: type.agenda.length })}
                </span>
              </div>
              <button type="button" className="button button-secondary button-small" onClick={() => setEditing(toEditing(type))} aria-label={t('types.editNamed', { name: type.name })}>
                {t('types.edit')}
              </button>
              <button
                type="button"
                className="button button-danger button-small"
                disabled={busy}
                onClick={() => void run(() => window.chapter.meetings.deleteType({ id: type.id }))}
                aria-label={t('types.deleteNamed', { name: type.name })}
              >
                {t('types.delete')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </MinutesDialog>
  );
}

function TypeForm({ value, onChange }: { value: Editing; onChange: (value: Editing) => void }) {
  const { t } = useTranslation('meetings');
  const set = (patch: Partial<Editing>) => onChange({ ...value, ...patch });
  return (
    <div className="mtg-type-form">
      <TextField id="mtg-type-name" label={t('types.name')} value={value.name} onChange={(name) => set({ name })} autoFocus />
      <fieldset className="choice-group mtg-quorum-choice">
        <legend>{t('types.quorum')}</legend>
        <label className="checkbox">
          <input type="radio" name="mtg-quorum-kind" checked={value.kind === 'count'} onChange={() => set({ kind: 'count' })} />
          {t('types.kindCount')}
        </label>
        <label className="checkbox">
          <input type="radio" name="mtg-quorum-kind" checked={value.kind === 'percent'} onChange={() => set({ kind: 'percent' })} />
          {t('types.kindPercent')}
        </label>
        <TextField
          id="mtg-type-amount"
          label={value.kind === 'count' ? t('types.amountCount') : t('types.amountPercent')}
          type="number"
          min={0}
          max={value.kind === 'count' ? 100000 : 100}
          value={value.amount}
          onChange={(amount) => set({ amount })}
          className="mtg-number"
        />
      </fieldset>
      <div className="field">
        <label htmlFor="mtg-type-agenda">{t('types.agenda')}</label>
        <textarea id="mtg-type-agenda" className="input textarea" rows={7} value={value.agenda} onChange={(event) => set({ agenda: event.target.value })} aria-describedby="mtg-type-agenda-hint" />
        <p id="mtg-type-agenda-hint" className="field-hint">
          {t('types.agendaHint')}
        </p>
      </div>
    </div>
  );
}
