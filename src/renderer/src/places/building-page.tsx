import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ISSUE_STATUSES, UNRESOLVED_STATUSES, type IssueStatus, type PlaceDetail, type Target } from '../../../shared/places';
import { ErrorAlert, StatusNote } from '../ui/alerts';
import { formatCalendarDate } from '../ui/dates';
import { errorMessage } from '../ui/errors';
import { useChapterLoad } from '../ui/use-chapter-load';
import { DemandEditor } from './demand-editor';
import { IssueForm } from './issue-form';
import { PlaceDetailsForm } from './place-details-form';
import { StepForm } from './step-form';
import { TargetsPanel } from './targets-panel';

/**
 * One building's (or workplace's) page: its counts by category, its issues with their status,
 * its units and who lives in them, its members, who owns or runs it, a time line, campaign
 * progress (a slot until campaigns expose it) and its demand letters.
 */
export function BuildingPage({ id, onBack, onChanged }: { id: string; onBack: () => void; onChanged: () => void }) {
  const { t } = useTranslation('places');
  const [detail, setDetail] = useState<PlaceDetail | null>(null);
  const [targets, setTargets] = useState<Target[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [note, setNote] = useState<string | null>(null);
  const [generation, setGeneration] = useState(0);
  const heading = useRef<HTMLHeadingElement>(null);
  const refresh = useCallback(() => {
    setGeneration((value) => value + 1);
    onChanged();
  }, [onChanged]);

  useChapterLoad(
    () => Promise.all([window.chapter.places.get({ id }), window.chapter.places.targets({})]),
    ([place, allTargets]) => {
      setDetail(place);
      setTargets(allTargets);
      setError(null);
    },
    setError,
    [id, generation],
  );
  useEffect(() => heading.current?.focus(), [id]);

  async function changeStatus(issueId: string, status: IssueStatus) {
    try {
      await window.chapter.places.setStatus({ id: issueId, status });
      setNote(null);
      refresh();
    } catch (failure) {
      setError(errorMessage(failure));
    }
  }

  if (!detail) return <ErrorAlert message={error} />;
  const { place } = detail;
  const building = place.kind === 'building';
  const total = detail.units.length ? Math.max(place.unitCount ?? 0, detail.units.length) : (place.unitCount ?? 0);
  const whole = building ? t('issues.wholeBuilding') : t('issues.wholeWorkplace');

  return (
    <section className="page places-page" aria-labelledby="place-title">
      <button type="button" className="link places-back" onClick={onBack}>
        ← {t('back')}
      </button>
      <header className="page-header">
        <h1 id="place-title" className="page-title" ref={heading} tabIndex={-1}>
          {place.name}
        </h1>
        <span className="muted">{[t(`kind.${place.kind}`), place.address].filter(Boolean).join(' · ')}</span>
      </header>
      <ErrorAlert message={error} />
      <StatusNote message={note} />

      <div className="places-grid">
        <section className="card places-card" aria-labelledby="counts-title">
          <h2 id="counts-title" className="section-title">
            {t('counts.title')}
          </h2>
          {detail.counts.length === 0 ? <p className="muted">{t('counts.none')}</p> : null}
          <ul className="places-counts">
            {detail.counts.map((count) => (
              <li key={count.category}>
                {building && total
                  ? t('counts.line', { category: count.category, units: count.units, total, open: count.unitsOpen, count: count.issues })
                  : t('counts.lineNoTotal', { category: count.category, open: count.issues - (count.byStatus.fixed ?? 0) - (count.byStatus.dismissed ?? 0), count: count.issues })}
              </li>
            ))}
          </ul>
        </section>

        <IssueForm
          place={place}
          units={detail.units.map((unit) => unit.unit)}
          members={detail.members}
          onLogged={(category) => {
            setNote(t('form.logged', { category }));
            refresh();
          }}
        />
      </div>

      <section className="card places-card" aria-labelledby="issues-title">
        <h2 id="issues-title" className="section-title">
          {t('issues.title')}
        </h2>
        {detail.issues.length === 0 ? (
          <p className="muted">{t('issues.none')}</p>
        ) : (
          <table className="places-table">
            <thead>
              <tr>
                <th scope="col">{t('issues.category')}</th>
                <th scope="col">{t('issues.unit')}</th>
                <th scope="col">{t('issues.reported')}</th>
                <th scope="col">{t('issues.members')}</th>
                {building ? null : <th scope="col">{t('issues.deadline')}</th>}
                <th scope="col">{t('issues.status')}</th>
              </tr>
            </thead>
            <tbody>
              {detail.issues.map((issue) => (
                <tr key={issue.id} className={issue.overdue ? 'places-overdue' : undefined}>
                  <td>
                    {issue.category}
                    {issue.article ? <span className="places-sub">{issue.article}</span> : null}
                  </td>
                  <td>{issue.unit || whole}</td>
                  <td>{formatCalendarDate(issue.reported)}</td>
                  <td>{issue.members.length ? issue.members.map((member) => member.name).join(', ') : '—'}</td>
                  {building ? null : (
                    <td>
                      {t(`steps.${issue.step as 'informal'}`)}
                      {issue.deadline ? `: ${formatCalendarDate(issue.deadline)}` : ''}
                      {issue.overdue ? <strong className="places-late"> {t('issues.overdue')}</strong> : null}
                      {UNRESOLVED_STATUSES.includes(issue.status) ? <StepForm issue={issue} onMoved={refresh} onError={setError} /> : null}
                    </td>
                  )}
                  <td>
                    <select
                      className="select"
                      aria-label={t('issues.changeStatus', { category: issue.category, unit: issue.unit || whole })}
                      value={issue.status}
                      onChange={(event) => void changeStatus(issue.id, event.target.value as IssueStatus)}
                    >
                      {ISSUE_STATUSES.map((status) => (
                        <option key={status} value={status}>
                          {t(`status.${status}`)}
                        </option>
                      ))}
                    </select>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      <div className="places-grid">
        {building ? (
          <section className="card places-card" aria-labelledby="units-title">
            <h2 id="units-title" className="section-title">
              {t('units.title')}
            </h2>
            {detail.units.length === 0 ? (
              <p className="muted">{t('units.none')}</p>
            ) : (
              <table className="places-table">
                <thead>
                  <tr>
                    <th scope="col">{t('units.unit')}</th>
                    <th scope="col">{t('units.floor')}</th>
                    <th scope="col">{t('units.state')}</th>
                    <th scope="col" className="places-num">
                      {t('units.openIssues')}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {detail.units.map((unit) => (
                    <tr key={unit.unit}>
                      <td>{unit.unit}</td>
                      <td>{unit.floor || '—'}</td>
                      <td>{unit.state === 'occupied' ? unit.members.map((member) => member.name).join(', ') : t(`units.${unit.state}`)}</td>
                      <td className="places-num">{unit.openIssues || '—'}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </section>
        ) : null}
        <section className="card places-card" aria-labelledby="members-title">
          <h2 id="members-title" className="section-title">
            {t('members.title')}
          </h2>
          {detail.members.length === 0 ? <p className="muted">{t('members.none')}</p> : null}
          <ul className="places-members">
            {detail.members.map((member) => (
              <li key={member.id}>
                {member.name}
                {member.unit ? <span className="muted"> · {member.unit}</span> : null}
              </li>
            ))}
          </ul>
        </section>
      </div>

      <div className="places-grid">
        <TargetsPanel place={place} links={detail.links} targets={targets} onChanged={refresh} />
        <section className="card places-card" aria-labelledby="timeline-title">
          <h2 id="timeline-title" className="section-title">
            {t('timeline.title')}
          </h2>
          {detail.timeline.length === 0 ? <p className="muted">{t('timeline.none')}</p> : null}
          <ol className="places-timeline">
            {detail.timeline.map((entry, index) => (
              <li key={`${entry.issueId}-${index}`}>
                {t('timeline.entry', {
                  date: formatCalendarDate(entry.date),
                  category: entry.category,
                  unit: entry.unit || whole,
                  what: entry.what.startsWith('step:') ? t(`steps.${entry.what.slice(5) as 'informal'}`) : t(`status.${entry.what as IssueStatus}`),
                })}
              </li>
            ))}
          </ol>
        </section>
      </div>

      <section className="card places-card" aria-labelledby="campaigns-title">
        <h2 id="campaigns-title" className="section-title">
          {t('campaigns.title')}
        </h2>
        {detail.campaigns.length === 0 ? <p className="muted">{t('campaigns.none')}</p> : null}
        <ul>
          {detail.campaigns.map((campaign) => (
            <li key={campaign.id}>
              {campaign.name}: {campaign.yes} / {campaign.universe} ({campaign.percent}%)
            </li>
          ))}
        </ul>
      </section>

      <DemandEditor detail={detail} targets={targets} onSaved={refresh} />
      <PlaceDetailsForm place={place} onSaved={refresh} />
    </section>
  );
}
