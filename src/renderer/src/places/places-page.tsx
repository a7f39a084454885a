import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Issue, PlaceSummary } from '../../../shared/places';
import { ErrorAlert } from '../ui/alerts';
import { useChapterLoad } from '../ui/use-chapter-load';
import { BuildingPage } from './building-page';
import { CategoriesForm } from './categories-form';
import './places.css';

/**
 * Buildings and workplaces: the list, with open issues and overdue grievance deadlines, and one
 * place's page. State lives under the shell, so locking drops it.
 */
export function PlacesPage({ onOverdueChange }: { onOverdueChange?: (count: number) => void }) {
  const { t } = useTranslation('places');
  const [places, setPlaces] = useState<PlaceSummary[] | null>(null);
  const [overdue, setOverdue] = useState<Issue[]>([]);
  const [openedId, setOpenedId] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [generation, setGeneration] = useState(0);
  const reload = useCallback(() => setGeneration((value) => value + 1), []);

  useChapterLoad(
    () => Promise.all([window.chapter.places.list({}), window.chapter.places.overdue({})]),
    ([list, late]) => {
      setPlaces(list);
      setOverdue(late);
      onOverdueChange?.(late.length);
    },
    setError,
    [generation, openedId],
  );

  if (openedId) return <BuildingPage id={openedId} onBack={() => setOpenedId(null)} onChanged={reload} />;

  return (
    <section className="page places-page" aria-labelledby="places-title">
      <header className="page-header">
        <h1 id="places-title" className="page-title">
          {t('title')}
        </h1>
      </header>
      <p className="section-lead">{t('lead')}</p>
      <ErrorAlert message={error} />
      {overdue.length > 0 ? (
        <div className="alert alert-error" role="status">
          <p>{t('overdue', { count: overdue.length })}</p>
          <ul>
            {overdue.map((issue) => (
              <li key={issue.id}>
                <button type="button" className="link" onClick={() => setOpenedId(issue.placeId)}>
                  {issue.placeName}: {issue.category} — {t(`steps.${issue.step as 'informal'}`)}, {issue.deadline}
                </button>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {places && places.length === 0 ? <p className="empty-state">{t('empty')}</p> : null}
      {places && places.length > 0 ? (
        <table className="places-table" aria-label={t('listLabel')}>
          <thead>
            <tr>
              <th scope="col">{t('columns.name')}</th>
              <th scope="col">{t('columns.kind')}</th>
              <th scope="col" className="places-num">
                {t('columns.units')}
              </th>
              <th scope="col" className="places-num">
                {t('columns.members')}
              </th>
              <th scope="col" className="places-num">
                {t('columns.openIssues')}
              </th>
              <th scope="col" className="places-num">
                {t('columns.overdue')}
              </th>
            </tr>
          </thead>
          <tbody>
            {places.map((place) => (
              <tr key={place.id}>
                <td>
                  <button type="button" className="places-open" onClick={() => setOpenedId(place.id)}>
                    {place.name}
                  </button>
                  {place.address ? <span className="places-sub">{place.address}</span> : null}
                </td>
                <td>{t(`kind.${place.kind}`)}</td>
                <td className="places-num">{place.units || '—'}</td>
                <td className="places-num">{place.members}</td>
                <td className="places-num">{place.openIssues || '—'}</td>
                <td className="places-num">{place.overdue || '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      <CategoriesForm />
    </section>
  );
}
