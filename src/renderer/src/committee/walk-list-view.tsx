import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Coverage, WalkRequest, WalkRow } from '../../../shared/committee';
import { ErrorAlert, StatusNote } from '../ui/alerts';
import { formatDate } from '../ui/dates';
import { errorMessage } from '../ui/errors';
import { bytesFromBase64, saveFile } from '../ui/save-file';
import { useChapterLoad } from '../ui/use-chapter-load';
import { OrganizerSelect, useOrganizers } from './organizer-select';
import { OutcomeEntry } from './outcome-entry';

/** The buildings and their floors, from the coverage groups (building, floor). */
function placesOf(coverage: Coverage | null): Map<string, string[]> {
  const places = new Map<string, string[]>();
  for (const group of coverage?.groups ?? []) {
    const [building = '', floor = ''] = group.group;
    const floors = places.get(building) ?? places.set(building, []).get(building)!;
    if (floor && !floors.includes(floor)) floors.push(floor);
  }
  return places;
}

/** A walk list for a building, a floor or an organizer's turf: the rows on screen, the PDF, then the outcomes. */
export function WalkListView() {
  const { t } = useTranslation('committee');
  const [error, setError] = useState<string | null>(null);
  const [news, setNews] = useState<string | null>(null);
  const organizers = useOrganizers(setError);
  const [coverage, setCoverage] = useState<Coverage | null>(null);
  useChapterLoad(() => window.chapter.committee.coverage({ by: ['building', 'floor'] }), setCoverage, setError, []);
  const places = useMemo(() => placesOf(coverage), [coverage]);
  const [building, setBuilding] = useState('');
  const [floor, setFloor] = useState('');
  const [organizer, setOrganizer] = useState('');
  const [rows, setRows] = useState<WalkRow[] | null>(null);
  const [entering, setEntering] = useState(false);
  const [reload, setReload] = useState(0);
  const request: WalkRequest = {
    filter: { ...(building ? { building } : {}), ...(floor ? { floor } : {}) },
    ...(organizer ? { organizer } : {}),
  };
  useChapterLoad(() => window.chapter.committee.walkRows(request), setRows, setError, [building, floor, organizer, reload]);

  const print = async (kind: 'walk' | 'call') => {
    setError(null);
    try {
      const file = kind === 'walk' ? await window.chapter.committee.walkListPdf(request) : await window.chapter.committee.callListPdf(request);
      saveFile(file.fileName, new Blob([bytesFromBase64(file.pdfBase64)], { type: 'application/pdf' }));
      setNews(t('walk.printed'));
    } catch (failure) {
      setError(errorMessage(failure));
    }
  };

  if (entering && rows) {
    return (
      <OutcomeEntry
        rows={rows}
        onDone={(saved) => {
          setEntering(false);
          setReload((count) => count + 1);
          if (saved > 0) setNews(t('entry.saved', { count: saved }));
        }}
      />
    );
  }

  return (
    <div className="committee-stack">
      <ErrorAlert message={error} />
      <StatusNote message={news} />
      <div className="committee-toolbar">
        <span className="field committee-field">
          <label htmlFor="walk-building">{t('walk.building')}</label>
          <select
            id="walk-building"
            className="select"
            value={building}
            onChange={(event) => {
              setBuilding(event.target.value);
              setFloor('');
            }}
          >
            <option value="">{t('walk.anyBuilding')}</option>
            {[...places.keys()].filter(Boolean).map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </select>
        </span>
        <span className="field committee-field">
          <label htmlFor="walk-floor">{t('walk.floor')}</label>
          <select id="walk-floor" className="select" value={floor} onChange={(event) => setFloor(event.target.value)} disabled={!building}>
            <option value="">{t('walk.anyFloor')}</option>
            {(places.get(building) ?? []).map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </select>
        </span>
        {organizers ? <OrganizerSelect id="walk-organizer" organizers={organizers} value={organizer} onChange={setOrganizer} allLabel={t('organizer.all')} /> : null}
      </div>
      <div className="committee-actions">
        <button type="button" className="button button-primary" onClick={() => void print('walk')} disabled={!rows?.length}>
          {t('walk.print')}
        </button>
        <button type="button" className="button button-secondary" onClick={() => void print('call')} disabled={!rows?.length}>
          {t('walk.printCall')}
        </button>
        <button type="button" className="button button-secondary" onClick={() => setEntering(true)} disabled={!rows?.length}>
          {t('walk.enter')}
        </button>
      </div>
      {rows ? (
        rows.length === 0 ? (
          <p className="muted">{t('walk.empty')}</p>
        ) : (
          <>
            <p className="muted">{t('walk.rows', { count: rows.length })}</p>
            <table className="committee-table" aria-label={t('tabs.walk')}>
              <thead>
                <tr>
                  <th scope="col">{t('walk.building')}</th>
                  <th scope="col">{t('walk.floor')}</th>
                  <th scope="col">{t('walk.unit')}</th>
                  <th scope="col">{t('walk.name')}</th>
                  <th scope="col">{t('walk.goesBy')}</th>
                  <th scope="col">{t('walk.language')}</th>
                  <th scope="col">{t('walk.assessment')}</th>
                  <th scope="col">{t('walk.lastContact')}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr key={row.id}>
                    <td>{row.building}</td>
                    <td>{row.floor}</td>
                    <td>{row.unit}</td>
                    <td>{row.name}</td>
                    <td>{row.preferred_name}</td>
                    <td>{row.languages}</td>
                    <td>{row.assessment ?? ''}</td>
                    <td>{row.last_contact ? formatDate(row.last_contact) : t('queue.never_short')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </>
        )
      ) : null}
    </div>
  );
}
