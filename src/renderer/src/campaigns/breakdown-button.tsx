import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RollBreakdown } from '../../../shared/campaigns';
import type { RollQuery } from '../../../shared/roll';
import { FormDialog } from '../ui/dialog';
import { ErrorAlert } from '../ui/alerts';
import { errorMessage } from '../ui/errors';
import './campaigns.css';

const MEASURES = ['leaders', 'supporters', 'in_good_standing', 'never_talked_to'] as const;

/** One click from the roll: the view's members counted per building → floor (or workplace → department), with shares. */
export function BreakdownButton({ query }: { query: RollQuery }) {
  const { t } = useTranslation('campaigns');
  const [open, setOpen] = useState(false);
  const [data, setData] = useState<RollBreakdown | null>(null);
  const [error, setError] = useState<string | null>(null);

  function show() {
    setOpen(true);
    setData(null);
    const { offset: _offset, limit: _limit, ...selection } = query;
    window.chapter.campaigns
      .breakdown({ query: selection })
      .then(setData)
      .catch((failure: unknown) => setError(errorMessage(failure)));
  }

  const share = (count: number, total: number) => (total === 0 ? 0 : Math.round((1000 * count) / total) / 10);
  return (
    <>
      <button type="button" className="button button-secondary" onClick={show}>
        {t('breakdown.open')}
      </button>
      {open ? (
        <FormDialog
          id="roll-breakdown"
          title={t('breakdown.title')}
          lead={t('breakdown.lead')}
          size="wide"
          onCancel={() => setOpen(false)}
          footer={
            <button type="button" className="button button-primary" onClick={() => setOpen(false)}>
              {t('breakdown.close')}
            </button>
          }
        >
          <ErrorAlert message={error} />
          {data ? (
            <table className="cmp-breakdown">
              <thead>
                <tr>
                  {data.by.map((level) => (
                    <th scope="col" key={level}>
                      {t(`level.${level}`)}
                    </th>
                  ))}
                  <th scope="col" className="cmp-num">
                    {t('breakdown.members')}
                  </th>
                  {MEASURES.map((measure) => (
                    <th scope="col" key={measure}>
                      {t(`breakdown.${measure}`)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {[...data.rows, data.total].map((row, index) => (
                  <tr key={row.path.join('>') || `total-${index}`} className={row === data.total ? 'cmp-total-row' : undefined}>
                    {row === data.total ? (
                      <th scope="row" colSpan={data.by.length}>
                        {t('breakdown.total')}
                      </th>
                    ) : (
                      row.path.map((part, level) => (
                        <td key={level}>{part || t('progress.noValue')}</td>
                      ))
                    )}
                    <td className="cmp-num">{row.total}</td>
                    {MEASURES.map((measure) => {
                      const count = row.counts[measure] ?? 0;
                      const percent = share(count, row.total);
                      return (
                        <td key={measure}>
                          <span className="cmp-share">
                            <span className="cmp-share-bar" style={{ width: `${percent * 0.6}px` }} aria-hidden="true" />
                            {count} ({percent}%)
                          </span>
                        </td>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          ) : null}
        </FormDialog>
      ) : null}
    </>
  );
}
