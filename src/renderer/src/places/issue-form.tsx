import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { GRIEVANCE_STEPS, type Categories, type GrievanceStep, type Place } from '../../../shared/places';
import { ErrorAlert } from '../ui/alerts';
import { errorMessage } from '../ui/errors';
import { TextField } from '../ui/text-field';

const foldUnit = (unit: string) => unit.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, '');

/**
 * Logs a tenant issue (category, unit or whole building, members affected) or a grievance
 * (article, step, deadline). A unit the building does not have on record is not saved until the
 * officer says to add it.
 */
export function IssueForm({
  place,
  units,
  members,
  onLogged,
}: {
  place: Place;
  units: string[];
  members: { id: string; name: string; unit: string }[];
  onLogged: (category: string) => void;
}) {
  const { t } = useTranslation('places');
  const building = place.kind === 'building';
  const [categories, setCategories] = useState<Categories | null>(null);
  const [category, setCategory] = useState('');
  const [unit, setUnit] = useState('');
  const [reported, setReported] = useState('');
  const [notes, setNotes] = useState('');
  const [article, setArticle] = useState('');
  const [step, setStep] = useState<GrievanceStep>('informal');
  const [deadline, setDeadline] = useState('');
  const [affected, setAffected] = useState<string[]>([]);
  const [unknownUnit, setUnknownUnit] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let current = true;
    window.chapter.places
      .categories({})
      .then((loaded) => {
        if (!current) return;
        setCategories(loaded);
        setCategory(loaded[building ? 'tenant' : 'grievance'][0] ?? '');
      })
      .catch((failure: unknown) => current && setError(errorMessage(failure)));
    return () => {
      current = false;
    };
  }, [building]);

  async function log(addUnit: boolean, unitToLog = unit) {
    setError(null);
    try {
      await window.chapter.places.addIssue({
        placeId: place.id,
        category,
        unit: unitToLog,
        addUnit,
        members: affected,
        notes,
        ...(reported ? { reported } : {}),
        ...(building ? {} : { article, step, ...(deadline ? { deadline } : {}) }),
      });
      setUnit('');
      setNotes('');
      setAffected([]);
      setArticle('');
      setDeadline('');
      setUnknownUnit(null);
      onLogged(category);
    } catch (failure) {
      setError(errorMessage(failure));
    }
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const typed = unit.trim();
    // Asked here, before anything is saved: the domain refuses it too, with the same sentence.
    if (building && typed && units.length > 0 && !units.some((known) => foldUnit(known) === foldUnit(typed))) {
      setUnknownUnit(typed);
      return;
    }
    void log(false);
  }

  const list = categories?.[building ? 'tenant' : 'grievance'] ?? [];
  return (
    <form className="card places-card form" onSubmit={submit} aria-labelledby="issue-form-title">
      <h2 id="issue-form-title" className="section-title">
        {building ? t('form.title') : t('form.grievanceTitle')}
      </h2>
      <div className="field">
        <label htmlFor="issue-category">{t('form.category')}</label>
        <select id="issue-category" className="select" value={category} onChange={(event) => setCategory(event.target.value)}>
          {list.map((name) => (
            <option key={name} value={name}>
              {name}
            </option>
          ))}
        </select>
      </div>
      <TextField
        id="issue-unit"
        label={building ? t('form.unit') : t('form.department')}
        value={unit}
        onChange={(value) => {
          setUnit(value);
          setUnknownUnit(null);
        }}
        hint={building ? t('form.unitHint') : undefined}
        list="issue-units"
        autoComplete="off"
      />
      <datalist id="issue-units">
        {units.map((known) => (
          <option key={known} value={known} />
        ))}
      </datalist>
      <TextField id="issue-reported" label={t('form.reported')} type="date" value={reported} onChange={setReported} />
      {building ? null : (
        <>
          <TextField id="issue-article" label={t('form.article')} value={article} onChange={setArticle} />
          <div className="field">
            <label htmlFor="issue-step">{t('form.step')}</label>
            <select id="issue-step" className="select" value={step} onChange={(event) => setStep(event.target.value as GrievanceStep)}>
              {GRIEVANCE_STEPS.map((name) => (
                <option key={name} value={name}>
                  {t(`steps.${name}`)}
                </option>
              ))}
            </select>
          </div>
          <TextField id="issue-deadline" label={t('form.deadline')} type="date" value={deadline} onChange={setDeadline} />
        </>
      )}
      {members.length > 0 ? (
        <fieldset className="places-checks">
          <legend>{t('form.members')}</legend>
          {members.map((member) => (
            <label key={member.id} className="checkbox">
              <input
                type="checkbox"
                checked={affected.includes(member.id)}
                onChange={(event) => setAffected((previous) => (event.target.checked ? [...previous, member.id] : previous.filter((id) => id !== member.id)))}
              />
              {member.name}
              {member.unit ? ` (${member.unit})` : ''}
            </label>
          ))}
        </fieldset>
      ) : null}
      <div className="field">
        <label htmlFor="issue-notes">{t('form.notes')}</label>
        <textarea id="issue-notes" className="input" rows={2} value={notes} onChange={(event) => setNotes(event.target.value)} />
      </div>
      {unknownUnit ? (
        <div className="alert alert-info" role="alert">
          <p>{t('form.unknownUnit', { place: place.name, unit: unknownUnit })}</p>
          <div className="form-actions">
            <button type="button" className="button button-primary" onClick={() => void log(true)}>
              {t('form.addUnit', { unit: unknownUnit })}
            </button>
            <button type="button" className="button button-secondary" onClick={() => void log(false, '')}>
              {t('form.wholeInstead')}
            </button>
          </div>
        </div>
      ) : null}
      <ErrorAlert message={error} />
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={!category}>
          {t('form.submit')}
        </button>
      </div>
    </form>
  );
}
