import { useTranslation } from 'react-i18next';
import type { Campaign, CampaignProgress } from '../../../shared/campaigns';

const WIDTH = 480;
const HEIGHT = 140;
const PAD = 24;
const DAY = 86_400_000;

const dayNumber = (date: string): number => Math.round(Date.parse(`${date}T12:00:00Z`) / DAY);

/**
 * How fast responses came in: the share of the universe saying yes, day by day, against the
 * goal line, from the start to the deadline (or the last response). Hand-drawn SVG: a few dozen
 * points need no charting library.
 */
export function SpeedChart({ campaign, progress }: { campaign: Campaign; progress: CampaignProgress }) {
  const { t } = useTranslation('campaigns');
  const points = progress.timeline;
  const last = points.at(-1);
  if (!last) return <p className="cmp-muted">{t('progress.speedEmpty')}</p>;
  const start = Math.min(dayNumber(campaign.start_date || points[0]!.date), dayNumber(points[0]!.date));
  const end = Math.max(dayNumber(campaign.deadline || last.date), dayNumber(last.date), start + 1);
  const universe = Math.max(1, progress.total.universe);
  const x = (date: string) => PAD + ((dayNumber(date) - start) / (end - start)) * (WIDTH - 2 * PAD);
  const y = (yes: number) => HEIGHT - PAD - ((100 * yes) / universe / 100) * (HEIGHT - 2 * PAD);
  const goalY = HEIGHT - PAD - (campaign.goal / 100) * (HEIGHT - 2 * PAD);
  // From nothing at the first day, up through each day's running total.
  const path = [`M${x(points[0]!.date).toFixed(1)},${y(0).toFixed(1)}`, ...points.map((point) => `L${x(point.date).toFixed(1)},${y(point.yes).toFixed(1)}`)].join(' ');
  const label = t('progress.speedLabel', { yes: last.yes, date: last.date });
  return (
    <figure className="cmp-speed">
      <figcaption>{t('progress.speed')}</figcaption>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={label} className="cmp-speed-svg">
        <line x1={PAD} x2={WIDTH - PAD} y1={HEIGHT - PAD} y2={HEIGHT - PAD} className="cmp-axis" />
        <line x1={PAD} x2={WIDTH - PAD} y1={goalY} y2={goalY} className="cmp-goal-line" />
        <text x={WIDTH - PAD} y={goalY - 4} textAnchor="end" className="cmp-speed-text">
          {t('progress.goalLine')} {campaign.goal}%
        </text>
        <path d={path} className="cmp-speed-line" fill="none" />
        {points.map((point) => (
          <circle key={point.date} cx={x(point.date)} cy={y(point.yes)} r={3} className="cmp-speed-dot" />
        ))}
        <text x={PAD} y={HEIGHT - 6} className="cmp-speed-text">
          {campaign.start_date || points[0]!.date}
        </text>
        <text x={WIDTH - PAD} y={HEIGHT - 6} textAnchor="end" className="cmp-speed-text">
          {campaign.deadline || last.date}
        </text>
      </svg>
    </figure>
  );
}
