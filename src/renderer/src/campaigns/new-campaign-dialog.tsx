import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CAMPAIGN_KINDS, type Campaign, type CampaignKind } from '../../../shared/campaigns';
import { FormDialog } from '../ui/dialog';
import { ErrorAlert } from '../ui/alerts';
import { errorMessage } from '../ui/errors';

const FILTER_FIELDS = ['building', 'floor', 'workplace', 'department', 'shift', 'unit', 'tags'] as const;

/** A new campaign: what it asks, of whom (statuses, one building or department), by when, and the goal. */
export function NewCampaignDialog({ onCancel, onCreated }: { onCancel: () => void; onCreated: (campaign: Campaign) => void }) {
  const { t } = useTranslation('campaigns');
  const [name, setName] = useState('');
  const [kind, setKind] = useState<CampaignKind>('petition');
  const [goal, setGoal] = useState('50');
  const [statuses, setStatuses] = useState<string[] | null>(null);
  const [chosen, setChosen] = useState<string[]>([]);
  const [filterField, setFilterField] = useState('');
  const [filterValue, setFilterValue] = useState('');
  const [deadline, setDeadline] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    void window.chapter.settings.get({}).then((settings) => {
      setStatuses(settings.statuses);
      setChosen(settings.statuses.filter((status) => status.toLowerCase() !== 'former'));
    });
  }, []);

  async function submit() {
    if (!name.trim()) return setError(t('new.nameNeeded'));
    setBusy(true);
    setError(null);
    try {
      const campaign = await window.chapter.campaigns.create({
        name: name.trim(),
        kind,
        goal: Number(goal),
        statuses: chosen,
        filter: filterField ? { field: filterField, value: filterValue } : null,
        ...(deadline ? { deadline } : {}),
      });
      onCreated(campaign);
    } catch (failure) {
      setError(errorMessage(failure));
      setBusy(false);
    }
  }

  return (
    <FormDialog
      id="new-campaign"
      title={t('new.title')}
      busy={busy}
      onCancel={onCancel}
      onSubmit={() => void submit()}
      footer={
        <>
          <button type="button" className="button button-secondary" onClick={onCancel}>
            {t('delete.cancel')}
          </button>
          <button type="submit" className="button button-primary" disabled={busy}>
            {busy ? t('new.creating') : t('new.create')}
          </button>
        </>
      }
    >
      <ErrorAlert message={error} />
      <div className="cmp-form">
        <label className="field">
          <span className="field-label">{t('new.name')}</span>
          <input className="input" value={name} onChange={(event) => setName(event.target.value)} autoFocus />
        </label>
        <label className="field">
          <span className="field-label">{t('new.kind')}</span>
          <select className="input" value={kind} onChange={(event) => setKind(event.target.value as CampaignKind)}>
            {CAMPAIGN_KINDS.map((option) => (
              <option key={option} value={option}>
                {t(`kind.${option}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span className="field-label">{t('new.goal')}</span>
          <input className="input" type="number" min={1} max={100} step={0.1} value={goal} onChange={(event) => setGoal(event.target.value)} aria-describedby="new-campaign-goal-hint" />
          <span className="field-hint" id="new-campaign-goal-hint">
            {t('new.goalHint')}
          </span>
        </label>
        <fieldset className="cmp-statuses">
          <legend className="field-label">{t('new.statuses')}</legend>
          {(statuses ?? []).map((status) => (
            <label key={status} className="cmp-check">
              <input
                type="checkbox"
                checked={chosen.includes(status)}
                onChange={(event) => setChosen((current) => (event.target.checked ? [...current, status] : current.filter((item) => item !== status)))}
              />
              {status}
            </label>
          ))}
        </fieldset>
        <div className="cmp-row">
          <label className="field">
            <span className="field-label">{t('new.filterField')}</span>
            <select className="input" value={filterField} onChange={(event) => setFilterField(event.target.value)}>
              <option value="">{t('new.filterNone')}</option>
              {FILTER_FIELDS.map((field) => (
                <option key={field} value={field}>
                  {field === 'tags' ? 'tags' : t(`level.${field}`)}
                </option>
              ))}
            </select>
          </label>
          {filterField ? (
            <label className="field">
              <span className="field-label">{t('new.filterValue')}</span>
              <input className="input" value={filterValue} onChange={(event) => setFilterValue(event.target.value)} />
            </label>
          ) : null}
        </div>
        <label className="field">
          <span className="field-label">{t('new.deadline')}</span>
          <input className="input" type="date" value={deadline} onChange={(event) => setDeadline(event.target.value)} />
        </label>
      </div>
    </FormDialog>
  );
}
