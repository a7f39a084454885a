import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { TARGET_ROLES, type Place, type PlaceLink, type Target, type TargetRole } from '../../../shared/places';
import { ErrorAlert } from '../ui/alerts';
import { formatCalendarDate } from '../ui/dates';
import { errorMessage } from '../ui/errors';
import { TextField } from '../ui/text-field';

const NEW = '';

/** Who owns, manages or runs the place, when: record a new one (the previous holder of the role ends that day) or end one. */
export function TargetsPanel({ place, links, targets, onChanged }: { place: Place; links: PlaceLink[]; targets: Target[]; onChanged: () => void }) {
  const { t } = useTranslation('places');
  const [targetId, setTargetId] = useState(NEW);
  const [name, setName] = useState('');
  const [role, setRole] = useState<TargetRole>(place.kind === 'building' ? 'owner' : 'employer');
  const [organization, setOrganization] = useState('');
  const [phone, setPhone] = useState('');
  const [since, setSince] = useState(new Date().toISOString().slice(0, 10));
  const [error, setError] = useState<string | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    try {
      const id = targetId || (await window.chapter.places.saveTarget({ name, role, organization, phone })).id;
      await window.chapter.places.linkTarget({ targetId: id, placeId: place.id, since });
      setName('');
      setOrganization('');
      setPhone('');
      setTargetId(NEW);
      onChanged();
    } catch (failure) {
      setError(errorMessage(failure));
    }
  }

  async function end(link: PlaceLink) {
    try {
      await window.chapter.places.endLink({ id: link.id, until: new Date().toISOString().slice(0, 10) });
      onChanged();
    } catch (failure) {
      setError(errorMessage(failure));
    }
  }

  return (
    <section className="card places-card" aria-labelledby="targets-title">
      <h2 id="targets-title" className="section-title">
        {t('targets.title')}
      </h2>
      {links.length === 0 ? <p className="muted">{t('targets.none')}</p> : null}
      <ul className="places-links">
        {links.map((link) => (
          <li key={link.id} className={link.until ? 'muted' : undefined}>
            <strong>{link.targetName}</strong> — {t(`targets.roles.${link.role}`)}, {formatCalendarDate(link.since)} – {link.until ? formatCalendarDate(link.until) : t('targets.now')}
            {link.until ? null : (
              <button type="button" className="link" onClick={() => void end(link)} aria-label={`${t('targets.endButton')} ${link.targetName}`}>
                {' '}
                {t('targets.endButton')}
              </button>
            )}
          </li>
        ))}
      </ul>
      <form className="form" onSubmit={(event) => void submit(event)}>
        <h3 className="section-title">{t('targets.add')}</h3>
        <div className="field">
          <label htmlFor="target-existing">{t('targets.existing')}</label>
          <select id="target-existing" className="select" value={targetId} onChange={(event) => setTargetId(event.target.value)}>
            <option value={NEW}>{t('targets.newTarget')}</option>
            {targets.map((target) => (
              <option key={target.id} value={target.id}>
                {target.name} ({t(`targets.roles.${target.role}`)})
              </option>
            ))}
          </select>
        </div>
        {targetId === NEW ? (
          <>
            <TextField id="target-name" label={t('targets.name')} value={name} onChange={setName} />
            <div className="field">
              <label htmlFor="target-role">{t('targets.role')}</label>
              <select id="target-role" className="select" value={role} onChange={(event) => setRole(event.target.value as TargetRole)}>
                {TARGET_ROLES.map((value) => (
                  <option key={value} value={value}>
                    {t(`targets.roles.${value}`)}
                  </option>
                ))}
              </select>
            </div>
            <TextField id="target-organization" label={t('targets.organization')} value={organization} onChange={setOrganization} />
            <TextField id="target-phone" label={t('targets.phone')} value={phone} onChange={setPhone} />
          </>
        ) : null}
        <TextField id="target-since" label={t('targets.since')} type="date" value={since} onChange={setSince} required />
        <ErrorAlert message={error} />
        <div className="form-actions">
          <button type="submit" className="button button-secondary">
            {t('targets.link')}
          </button>
        </div>
      </form>
    </section>
  );
}
