import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeetingType } from '../../../shared/meetings';
import { ErrorAlert } from '../ui/alerts';
import { errorMessage } from '../ui/errors';
import { TextField } from '../ui/text-field';
import { useChapterLoad } from '../ui/use-chapter-load';
import { FormDialog } from '../ui/dialog';

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
  const [confirming, setConfirming] = useState<string | null>(null);
  // A selector for what takes focus once the list has re-rendered (after a delete, or backing out of one).
  const [focusTarget, setFocusTarget] = useState<string | null>(null);
  useEffect(() => {
    if (!focusTarget) return;
    document.querySelector<HTMLElement>(focusTarget)?.focus();
    setFocusTarget(null);
  }, [focusTarget, types, confirming]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useChapterLoad(() => window.chapter.meetings.types({}), setTypes, setError, []);

  async function run(work: () => Promise<MeetingType[]>): Promise<boolean> {
    setBusy(true);
    setError(null);
    try {
      setTypes(await work());
      setEditing(null);
      return true;
    } catch (failure) {
      setError(errorMessage(failure));
      return false;
    } finally {
      setBusy(false);
    }
  }

  async function remove(type: MeetingType) {
    const index = types.findIndex((other) => other.id === type.id);
    const neighbour = types[index + 1] ?? types[index - 1];
    const deleted = await run(() => window.chapter.meetings.deleteType({ id: type.id }));
    setConfirming(null);
    // Gone: the next type's Edit button; refused: back to this one's Delete, with the reason above.
    setFocusTarget(deleted ? (neighbour ? `#${CSS.escape(`mtg-type-edit-${neighbour.id}`)}` : '#mtg-type-add') : `#${CSS.escape(`mtg-type-delete-${type.id}`)}`);
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
    <FormDialog
      id="mtg-types"
      title={t('types.title')}
      lead={t('types.lead')}
      size="wide"
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
            <button type="button" id="mtg-type-add" className="button button-secondary" onClick={() => setEditing({ ...blank })}>
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
              {confirming === type.id ? (
                <DeleteTypeConfirm
                  type={type}
                  busy={busy}
                  onConfirm={() => void remove(type)}
                  onCancel={() => {
                    setConfirming(null);
                    setFocusTarget(`#${CSS.escape(`mtg-type-delete-${type.id}`)}`);
                  }}
                />
              ) : (
                <>
                  <div className="mtg-type-text">
                    <span className="mtg-type-name">{type.name}</span>
                    <span className="mtg-row-sub">
                      {describe(type)} · {t('types.agendaCount', { count: type.agenda.length })}
                    </span>
                  </div>
                  <button
                    type="button"
                    id={`mtg-type-edit-${type.id}`}
                    className="button button-secondary button-small"
                    onClick={() => setEditing(toEditing(type))}
                    aria-label={t('types.editNamed', { name: type.name })}
                  >
                    {t('types.edit')}
                  </button>
                  <button
                    type="button"
                    id={`mtg-type-delete-${type.id}`}
                    className="button button-danger button-small"
                    disabled={busy}
                    onClick={() => {
                      setError(null);
                      setConfirming(type.id);
                    }}
                    aria-label={t('types.deleteNamed', { name: type.name })}
                  >
                    {t('types.delete')}
                  </button>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
    </FormDialog>
  );
}

/** "Delete this type?" in its own row; Cancel has focus, and Esc backs out of the delete rather than closing the dialog. */
function DeleteTypeConfirm({ type, busy, onConfirm, onCancel }: { type: MeetingType; busy: boolean; onConfirm: () => void; onCancel: () => void }) {
  const { t } = useTranslation('meetings');
  const row = useRef<HTMLDivElement>(null);
  const cancel = useRef(onCancel);
  useLayoutEffect(() => {
    cancel.current = onCancel;
  });
  useEffect(() => {
    const element = row.current;
    if (!element) return;
    // Native, so it runs before the dialog's own Esc handler (which skips prevented events).
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      event.preventDefault();
      cancel.current();
    };
    element.addEventListener('keydown', onKeyDown);
    return () => element.removeEventListener('keydown', onKeyDown);
  }, []);
  return (
    <div ref={row} className="mtg-type-confirm" role="group" aria-labelledby={`mtg-type-confirm-${type.id}`}>
      <p id={`mtg-type-confirm-${type.id}`} className="mtg-type-text">
        <strong>{t('types.confirmDelete', { name: type.name })}</strong>
        <span className="mtg-row-sub">{t('types.confirmDeleteLead')}</span>
      </p>
      <button type="button" className="button button-secondary button-small" autoFocus disabled={busy} onClick={onCancel}>
        {t('common.cancel')}
      </button>
      <button type="button" className="button button-danger button-small" disabled={busy} onClick={onConfirm}>
        {t('types.confirmDeleteButton')}
      </button>
    </div>
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
