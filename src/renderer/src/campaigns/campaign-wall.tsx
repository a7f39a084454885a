import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Campaign, WallCard, WallChart as WallChartData } from '../../../shared/campaigns';
import { ErrorAlert } from '../ui/alerts';
import { errorMessage } from '../ui/errors';
import { useDebouncedValue } from '../roll/use-debounced-value';
import { WallChart, WALL_MORE_STEP, type WallChartCard, type WallChartColumn, type WallChartLabels } from '../wall-chart/wall-chart';
import { RecordDialog } from './record-dialog';
import { RESPONSE_SYMBOL, responseWord } from './words';

const COLUMNS_PER_PAGE = 8;

/** The wall chart of a campaign's universe, paged by columns; a card opens its response. */
export function CampaignWall({ campaign, onRecorded }: { campaign: Campaign; onRecorded: (message: string) => void }) {
  const { t } = useTranslation('campaigns');
  const [offset, setOffset] = useState(0);
  const [search, setSearch] = useState('');
  const query = useDebouncedValue(search, 250);
  const [chart, setChart] = useState<WallChartData | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [recording, setRecording] = useState<WallCard | null>(null);

  const load = useCallback(() => {
    window.chapter.campaigns
      .wallChart({ campaignId: campaign.id, offset, limit: COLUMNS_PER_PAGE, ...(query.trim() ? { query: { search: query } } : {}) })
      .then((result) => {
        setChart(result);
        setError(null);
      })
      .catch((failure: unknown) => setError(errorMessage(failure)));
  }, [campaign.id, offset, query]);
  useEffect(load, [load]);
  useEffect(() => setOffset(0), [query]);

  const labels: WallChartLabels = useMemo(
    () => ({
      group: (label, count) => t('wall.groupCount', { group: `${t(`level.${chart?.groupLevel ?? 'floor'}`)} ${label}`, count }),
      noValue: t('wall.noValue'),
      leader: t('wall.leader'),
      unassigned: t('wall.unassigned'),
      assessment: (value) => (value ? t('wall.assessment', { value }) : t('wall.noAssessment')),
      card: (card, assessment, marks) => t('wall.cardLabel', { name: card.name, unit: card.unit || '–', assessment, marks }),
      more: (count) => t('wall.more', { count }),
    }),
    [t, chart?.groupLevel],
  );

  const byId = new Map<string, WallCard>();
  const columns = (chart?.columns ?? []).map((column) => ({
    ...column,
    groups: column.groups.map((group) => ({
      ...group,
      cards: group.cards.map((card): WallChartCard => {
        byId.set(card.id, card);
        const response = card.response ?? 'none';
        return { ...card, mark: { symbol: RESPONSE_SYMBOL[response], label: responseWord(campaign.kind, response), tone: response } };
      }),
    })),
  }));

  async function more(column: WallChartColumn) {
    try {
      const result = await window.chapter.campaigns.wallChart({
        campaignId: campaign.id,
        column: column.key,
        cards: column.shown + WALL_MORE_STEP,
        ...(query.trim() ? { query: { search: query } } : {}),
      });
      const [wider] = result.columns;
      if (wider) setChart((current) => current && { ...current, columns: current.columns.map((existing) => (existing.key === wider.key ? wider : existing)) });
    } catch (failure) {
      setError(errorMessage(failure));
    }
  }

  const total = chart?.columnCount ?? 0;
  return (
    <div className="cmp-wall">
      <ErrorAlert message={error} />
      <div className="cmp-toolbar">
        <label className="cmp-inline">
          <span>{t('wall.search')}</span>
          <input className="input" type="search" value={search} onChange={(event) => setSearch(event.target.value)} />
        </label>
        {chart ? <span className="cmp-muted">{t('wall.members', { count: chart.members })}</span> : null}
        {total > COLUMNS_PER_PAGE ? (
          <span className="cmp-pager">
            <button type="button" className="button button-secondary button-small" disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - COLUMNS_PER_PAGE))}>
              {t('wall.previous')}
            </button>
            <span>{t('wall.columns', { from: offset + 1, to: Math.min(total, offset + COLUMNS_PER_PAGE), total })}</span>
            <button type="button" className="button button-secondary button-small" disabled={offset + COLUMNS_PER_PAGE >= total} onClick={() => setOffset(offset + COLUMNS_PER_PAGE)}>
              {t('wall.next')}
            </button>
          </span>
        ) : null}
      </div>
      <p className="cmp-muted cmp-legend">{t('wall.legend')}</p>
      {chart && chart.columns.length === 0 ? <p>{t('wall.empty')}</p> : null}
      <WallChart
        columns={columns}
        labels={labels}
        ariaLabel={t('wall.label')}
        onActivate={(card) => {
          const original = byId.get(card.id);
          if (original && !campaign.closed_on) setRecording(original);
        }}
        onMore={(column) => void more(column)}
      />
      {recording ? (
        <RecordDialog
          campaign={campaign}
          member={recording}
          current={recording.response ?? 'none'}
          onCancel={() => setRecording(null)}
          onSaved={(member) => {
            setRecording(null);
            onRecorded(t('record.saved', { name: member.name, response: responseWord(campaign.kind, member.response) }));
            load();
          }}
        />
      ) : null}
    </div>
  );
}
