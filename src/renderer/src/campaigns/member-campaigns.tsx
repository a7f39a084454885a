import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RESPONSE_WORDS, type MemberCampaignResponse, type ResponseWord } from '../../../shared/campaigns';
import { ErrorAlert } from '../ui/alerts';
import { formatCalendarDate } from '../ui/dates';
import { errorMessage } from '../ui/errors';
import { useChapterLoad } from '../ui/use-chapter-load';
import { responseWord } from './words';
import './campaigns.css';

/** On a member's panel: their response in every campaign, changeable there, with its history. */
export function MemberCampaigns({ memberId }: { memberId: string }) {
  const { t } = useTranslation('campaigns');
  const [entries, setEntries] = useState<MemberCampaignResponse[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [version, setVersion] = useState(0);

  useChapterLoad(
    () => window.chapter.campaigns.memberResponses({ memberId }),
    setEntries,
    () => setEntries(null),
    [memberId, version],
  );

  async function record(entry: MemberCampaignResponse, response: ResponseWord) {
    try {
      await window.chapter.campaigns.record({ campaignId: entry.campaign.id, memberId, response });
      setError(null);
      setVersion((value) => value + 1);
    } catch (failure) {
      setError(errorMessage(failure));
    }
  }

  if (!entries) return null;
  return (
    <section className="panel-section cmp-member" aria-labelledby="cmp-member-title">
      <h3 id="cmp-member-title" className="panel-section-title">
        {t('member.title')}
      </h3>
      <ErrorAlert message={error} />
      {entries.length === 0 ? <p className="cmp-muted">{t('member.none')}</p> : null}
      <ul>
        {entries.map((entry) => {
          const changes = entry.history.filter((item) => item.action === 'update').flatMap((item) =>
            item.changes
              .filter((change) => change.field === 'response')
              .map((change) => ({
                key: `${item.id}`,
                text: t('member.change', {
                  date: formatCalendarDate(item.at.slice(0, 10)),
                  before: responseWord(entry.campaign.kind, (change.before || 'none') as ResponseWord),
                  after: responseWord(entry.campaign.kind, (change.after || 'none') as ResponseWord),
                  officer: item.officer,
                }),
              })),
          );
          return (
            <li key={entry.campaign.id}>
              <div className="cmp-member-row">
                <strong>{entry.campaign.name}</strong>
                {entry.campaign.closed_on ? <span className="cmp-muted">({t('member.closed')})</span> : null}
                <select
                    className="input"
                    aria-label={`${t('record.label')}: ${entry.campaign.name}`}
                    value={entry.response}
                    disabled={Boolean(entry.campaign.closed_on) || !entry.inUniverse}
                    onChange={(event) => void record(entry, event.target.value as ResponseWord)}
                  >
                    {RESPONSE_WORDS.map((word) => (
                      <option key={word} value={word}>
                        {responseWord(entry.campaign.kind, word)}
                      </option>
                    ))}
                </select>
                {entry.date && entry.response !== 'none' ? <span className="cmp-muted">{t('member.recorded', { date: formatCalendarDate(entry.date), by: entry.collected_by })}</span> : null}
              </div>
              {!entry.inUniverse ? <p className="cmp-muted">{t('member.notInUniverse')}</p> : null}
              {changes.length > 0 ? (
                <ul className="cmp-member-history" aria-label={`${t('member.history')}: ${entry.campaign.name}`}>
                  {changes.map((change) => (
                    <li key={change.key}>{change.text}</li>
                  ))}
                </ul>
              ) : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
