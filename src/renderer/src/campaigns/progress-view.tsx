import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Campaign, CampaignProgress, ProgressGroup, ResponseWord, StructureLevel } from '../../../shared/campaigns';
import { ErrorAlert } from '../ui/alerts';
import { errorMessage } from '../ui/errors';
import { NamesDialog } from './names-dialog';
import { SpeedChart } from './speed-chart';
import { responseWord } from './words';

const TENANT: StructureLevel[][] = [['building'], ['building', 'floor'], ['building', 'floor', 'unit']];
const WORKPLACE: StructureLevel[][] = [['workplace'], ['workplace', 'department'], ['workplace', 'department', 'shift']];

/** Progress, whole and unit by unit, as bars against the goal line; every number opens its names. */
export function ProgressView({ campaign, version, onPrintUnsigned }: { campaign: Campaign; version: number; onPrintUnsigned: () => void }) {
  const { t } = useTranslation('campaigns');
  const [by, setBy] = useState<StructureLevel[] | null>(null);
  const [progress, setProgress] = useState<CampaignProgress | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [names, setNames] = useState<{ path: string[]; label: string; response: ResponseWord } | null>(null);

  useEffect(() => {
    let live = true;
    window.chapter.campaigns
      .progress({ id: campaign.id, ...(by ? { by } : {}) })
      .then((result) => {
        if (!live) return;
        setProgress(result);
        setError(null);
      })
      .catch((failure: unknown) => live && setError(errorMessage(failure)));
    return () => {
      live = false;
    };
  }, [campaign.id, by, version]);

  const options = progress?.by[0] === 'workplace' || progress?.by[0] === 'department' || progress?.by[0] === 'shift' ? WORKPLACE : TENANT;
  const levelsLabel = (levels: StructureLevel[]) => levels.map((level) => t(`level.${level}`)).join(' → ');
  const groupLabel = (group: ProgressGroup) => (group.path.length ? group.path.map((part) => part || t('progress.noValue')).join(' · ') : t('progress.whole'));

  return (
    <div className="cmp-progress">
      <ErrorAlert message={error} />
      <div className="cmp-toolbar">
        <label className="cmp-inline">
          <span>{t('progress.by')}</span>
          <select
            className="input"
            value={progress ? progress.by.join('>') : ''}
            onChange={(event) => setBy(event.target.value.split('>') as StructureLevel[])}
          >
            {options.map((levels) => (
              <option key={levels.join('>')} value={levels.join('>')}>
                {levelsLabel(levels)}
              </option>
            ))}
          </select>
        </label>
      </div>
      {progress ? (
        <>
          <table className="cmp-bars">
            <caption className="visually-hidden">{t('progress.table')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('progress.group')}</th>
                <th scope="col">{t('progress.bar')}</th>
                {(['yes', 'no', 'unsure', 'none'] as const).map((word) => (
                  <th scope="col" key={word} className="cmp-num">
                    {responseWord(campaign.kind, word)}
                  </th>
                ))}
                <th scope="col">{t('progress.met')}</th>
              </tr>
            </thead>
            <tbody>
              {[progress.total, ...progress.groups].map((group, index) => (
                <GroupRow
                  key={group.path.join('>') || `total-${index}`}
                  campaign={campaign}
                  group={group}
                  label={groupLabel(group)}
                  total={index === 0}
                  onNames={(response) => setNames({ path: group.path, label: groupLabel(group), response })}
                />
              ))}
            </tbody>
          </table>
          <SpeedChart campaign={campaign} progress={progress} />
        </>
      ) : null}
      {names && progress ? (
        <NamesDialog
          campaign={campaign}
          by={progress.by}
          path={names.path}
          groupLabel={names.label}
          response={names.response}
          onClose={() => setNames(null)}
          onPrintUnsigned={onPrintUnsigned}
        />
      ) : null}
    </div>
  );
}

function GroupRow({ campaign, group, label, total, onNames }: { campaign: Campaign; group: ProgressGroup; label: string; total: boolean; onNames: (response: ResponseWord) => void }) {
  const { t } = useTranslation('campaigns');
  const state = group.met ? t('progress.met') : t('progress.notMet');
  return (
    <tr className={total ? 'cmp-total-row' : undefined}>
      <th scope="row">{label}</th>
      <td>
        <div
          className={`cmp-bar${group.met ? ' cmp-bar-met' : ''}`}
          role="img"
          aria-label={t('progress.barLabel', { group: label, percent: group.percent, goal: campaign.goal, state })}
        >
          <div className="cmp-bar-fill" style={{ width: `${Math.min(100, group.percent)}%` }} />
          <div className="cmp-bar-goal" style={{ left: `${campaign.goal}%` }} title={t('progress.goalLine')} />
          <span className="cmp-bar-text" aria-hidden="true">
            {group.percent}% · {group.yes}/{group.universe}
          </span>
        </div>
      </td>
      {(['yes', 'no', 'unsure', 'none'] as const).map((word) => (
        <td key={word} className="cmp-num">
          <button
            type="button"
            className="cmp-count"
            aria-label={t('progress.showNames', { count: group[word], what: responseWord(campaign.kind, word), group: label })}
            onClick={() => onNames(word)}
          >
            {group[word]}
          </button>
        </td>
      ))}
      <td className={group.met ? 'cmp-met' : 'cmp-not-met'}>
        {group.met ? '✔ ' : ''}
        {state}
      </td>
    </tr>
  );
}
