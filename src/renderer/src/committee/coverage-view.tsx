import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Coverage } from '../../../shared/committee';
import { ErrorAlert, StatusNote } from '../ui/alerts';
import { errorMessage } from '../ui/errors';
import { bytesFromBase64, saveFile } from '../ui/save-file';
import { useChapterLoad } from '../ui/use-chapter-load';
import { CommitteeSettings } from './committee-settings';
import { OrganizerSelect, useOrganizers } from './organizer-select';

/** Turf: assign a building or floor to an organizer; coverage per group against the target ratio; "My list". */
export function CoverageView() {
  const { t } = useTranslation('committee');
  const [error, setError] = useState<string | null>(null);
  const [news, setNews] = useState<string | null>(null);
  const [reload, setReload] = useState(0);
  const [coverage, setCoverage] = useState<Coverage | null>(null);
  useChapterLoad(() => window.chapter.committee.coverage({}), setCoverage, setError, [reload]);
  const [places, setPlaces] = useState<Coverage | null>(null);
  useChapterLoad(() => window.chapter.committee.coverage({ by: ['building', 'floor'] }), setPlaces, setError, [reload]);
  const organizersLoaded = useOrganizers(setError);
  const organizers = coverage?.organizers ?? organizersLoaded;
  const [organizer, setOrganizer] = useState('');
  const [building, setBuilding] = useState('');
  const [floor, setFloor] = useState('');
  const buildings = useMemo(() => [...new Set((places?.groups ?? []).map((group) => group.group[0] ?? ''))].filter(Boolean), [places]);
  const floors = useMemo(
    () => (places?.groups ?? []).filter((group) => group.group[0] === building && group.group[1]).map((group) => group.group[1]!),
    [places, building],
  );
  const chosen = organizer || organizers?.[0]?.id || '';

  const assign = async () => {
    setError(null);
    setNews(null);
    try {
      const { assigned } = await window.chapter.committee.assign({ organizer: chosen, filter: { building, ...(floor ? { floor } : {}) } });
      setNews(t('coverage.assigned', { count: assigned }));
      setReload((count) => count + 1);
    } catch (failure) {
      setError(errorMessage(failure));
    }
  };
  const printMyList = async () => {
    setError(null);
    try {
      const file = await window.chapter.committee.walkListPdf({ organizer: chosen });
      saveFile(file.fileName, new Blob([bytesFromBase64(file.pdfBase64)], { type: 'application/pdf' }));
      setNews(t('walk.printed'));
    } catch (failure) {
      setError(errorMessage(failure));
    }
  };

  return (
    <div className="committee-stack">
      <ErrorAlert message={error} />
      <StatusNote message={news} />
      <section className="committee-section" aria-labelledby="assign-title">
        <h2 id="assign-title" className="committee-heading">
          {t('coverage.assignTitle')}
        </h2>
        <p className="muted">{t('coverage.assignHelp')}</p>
        {organizers && organizers.length === 0 ? <p className="muted">{t('organizer.noCommittee')}</p> : null}
        {organizers && organizers.length > 0 ? (
          <div className="committee-toolbar">
            <OrganizerSelect id="assign-organizer" organizers={organizers} value={chosen} onChange={setOrganizer} />
            <span className="field committee-field">
              <label htmlFor="assign-building">{t('walk.building')}</label>
              <select
                id="assign-building"
                className="select"
                value={building}
                onChange={(event) => {
                  setBuilding(event.target.value);
                  setFloor('');
                }}
              >
                <option value="" disabled>
                  {t('walk.anyBuilding')}
                </option>
                {buildings.map((name) => (
                  <option key={name} value={name}>
                    {name}
                  </option>
                ))}
              </select>
            </span>
            <span className="field committee-field">
              <label htmlFor="assign-floor">{t('walk.floor')}</label>
              <select id="assign-floor" className="select" value={floor} onChange={(event) => setFloor(event.target.value)} disabled={!building}>
                <option value="">{t('walk.anyFloor')}</option>
                {floors.map((name) => (
                  <option key={name} value={name}>
                    {name}
                  </option>
                ))}
              </select>
            </span>
            <button type="button" className="button button-primary" onClick={() => void assign()} disabled={!building || !chosen}>
              {t('coverage.assign')}
            </button>
            <button type="button" className="button button-secondary" onClick={() => void printMyList()} disabled={!chosen}>
              {t('coverage.myList')}
            </button>
          </div>
        ) : null}
      </section>
      {coverage ? <CoverageTable coverage={coverage} /> : null}
      <CommitteeSettings onSaved={() => setReload((count) => count + 1)} />
    </div>
  );
}

function CoverageTable({ coverage }: { coverage: Coverage }) {
  const { t } = useTranslation('committee');
  if (coverage.groups.length === 0) return <p className="muted">{t('coverage.none')}</p>;
  return (
    <section className="committee-section" aria-labelledby="coverage-title">
      <h2 id="coverage-title" className="committee-heading">
        {t('tabs.coverage')}
      </h2>
      <p className="muted">
        {t('coverage.target', { count: coverage.target })} {t('coverage.unassignedTotal', { count: coverage.unassigned })}
      </p>
      <table className="committee-table" aria-labelledby="coverage-title">
        <thead>
          <tr>
            <th scope="col">{t('coverage.group')}</th>
            <th scope="col">{t('coverage.members')}</th>
            <th scope="col">{t('coverage.organizers')}</th>
            <th scope="col">{t('coverage.ratio')}</th>
            <th scope="col">{t('coverage.short')}</th>
            <th scope="col">{t('coverage.unassigned')}</th>
            <th scope="col">{t('coverage.leaders')}</th>
          </tr>
        </thead>
        <tbody>
          {coverage.groups.map((group) => (
            <tr key={group.group.join('\u0000')} className={group.leaders === 0 || group.unassigned > 0 ? 'warning' : undefined}>
              <th scope="row">{group.group.map((part) => part || '—').join(' · ')}</th>
              <td>{group.members}</td>
              <td>{group.organizers}</td>
              <td>{group.ratio === null ? '—' : `1 : ${group.ratio}`}</td>
              <td>{group.short}</td>
              <td>{group.unassigned}</td>
              <td>{group.leaders}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3 className="committee-subheading">{t('coverage.leaderless')}</h3>
      {coverage.leaderless.length === 0 ? (
        <p className="muted">{t('coverage.leaderlessNone')}</p>
      ) : (
        <ul className="committee-list">
          {coverage.leaderless.map((label) => (
            <li key={label}>{label}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
