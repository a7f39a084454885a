import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Place } from '../../../shared/places';
import { ErrorAlert, StatusNote } from '../ui/alerts';
import { errorMessage } from '../ui/errors';
import { TextField } from '../ui/text-field';

const lines = (text: string) => text.split('\n').map((line) => line.trim()).filter(Boolean);

/** A place's own record: name (renaming it renames it on its members), address, units or departments and shifts. */
export function PlaceDetailsForm({ place, onSaved }: { place: Place; onSaved: () => void }) {
  const { t } = useTranslation('places');
  const building = place.kind === 'building';
  const [name, setName] = useState(place.name);
  const [address, setAddress] = useState(place.address);
  const [unitCount, setUnitCount] = useState(place.unitCount === null ? '' : String(place.unitCount));
  const [units, setUnits] = useState(place.units.join('\n'));
  const [vacant, setVacant] = useState(place.vacant.join('\n'));
  const [departments, setDepartments] = useState(place.departments.join('\n'));
  const [shifts, setShifts] = useState(place.shifts.join('\n'));
  const [error, setError] = useState<string | null>(null);
  const [note, setNote] = useState<string | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    try {
      const count = unitCount.trim() === '' ? null : Number(unitCount);
      await window.chapter.places.save({
        id: place.id,
        kind: place.kind,
        name,
        address,
        unitCount: count !== null && Number.isInteger(count) ? count : null,
        units: lines(units),
        vacant: lines(vacant),
        departments: lines(departments),
        shifts: lines(shifts),
        notes: place.notes,
      });
      setNote(t('details.saved'));
      onSaved();
    } catch (failure) {
      setError(errorMessage(failure));
    }
  }

  const area = (id: string, label: string, value: string, onChange: (value: string) => void) => (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <textarea id={id} className="input" rows={3} value={value} onChange={(event) => onChange(event.target.value)} />
    </div>
  );

  return (
    <form className="card places-card form" onSubmit={(event) => void submit(event)} aria-labelledby="details-title">
      <h2 id="details-title" className="section-title">
        {t('details.title')}
      </h2>
      <TextField id="place-name" label={t('details.name')} value={name} onChange={setName} required />
      <TextField id="place-address" label={t('details.address')} value={address} onChange={setAddress} />
      {building ? (
        <>
          <TextField id="place-unit-count" label={t('details.unitCount')} hint={t('details.unitCountHint')} inputMode="numeric" value={unitCount} onChange={setUnitCount} />
          {area('place-units', t('details.units'), units, setUnits)}
          {area('place-vacant', t('details.vacant'), vacant, setVacant)}
        </>
      ) : (
        <>
          {area('place-departments', t('details.departments'), departments, setDepartments)}
          {area('place-shifts', t('details.shifts'), shifts, setShifts)}
        </>
      )}
      <ErrorAlert message={error} />
      <StatusNote message={note} />
      <div className="form-actions">
        <button type="submit" className="button button-secondary">
          {t('actions.save', { ns: 'common' })}
        </button>
      </div>
    </form>
  );
}
