import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Campaign, CampaignMember, ResponseWord, StructureLevel } from '../../../shared/campaigns';
import { FormDialog } from '../ui/dialog';
import { ErrorAlert } from '../ui/alerts';
import { errorMessage } from '../ui/errors';
import { responseWord } from './words';

const SHOWN = 500;

/** The names behind a number: "the 11 people on floor 3 who have not signed". */
export function NamesDialog({
  campaign,
  by,
  path,
  groupLabel,
  response,
  onClose,
  onPrintUnsigned,
}: {
  campaign: Campaign;
  by: StructureLevel[];
  path: string[];
  groupLabel: string;
  response: ResponseWord;
  onClose: () => void;
  onPrintUnsigned: () => void;
}) {
  const { t } = useTranslation('campaigns');
  const [result, setResult] = useState<{ total: number; rows: CampaignMember[] } | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    window.chapter.campaigns
      .members({ id: campaign.id, by, path, response, limit: SHOWN })
      .then(setResult)
      .catch((failure: unknown) => setError(errorMessage(failure)));
  }, [campaign.id, by, path, response]);
  const what = responseWord(campaign.kind, response);
  return (
    <FormDialog
      id="campaign-names"
      title={t('names.title', { what, group: groupLabel })}
      lead={result ? t('names.lead', { count: result.total }) : undefined}
      size="wide"
      onCancel={onClose}
      footer={
        <>
          {response !== 'yes' ? (
            <button type="button" className="button button-secondary" onClick={onPrintUnsigned}>
              {t('page.printUnsigned')}
            </button>
          ) : null}
          <button type="button" className="button button-primary" onClick={onClose}>
            {t('names.close')}
          </button>
        </>
      }
    >
      <ErrorAlert message={error} />
      {result && result.rows.length === 0 ? <p>{t('names.empty')}</p> : null}
      {result && result.rows.length > 0 ? (
        <ul className="cmp-names">
          {result.rows.map((member) => (
            <li key={member.id}>
              <span className="cmp-name">{member.name}</span>
              <span className="cmp-name-place">{[member.building || member.workplace, member.unit || member.department].filter(Boolean).join(' · ')}</span>
            </li>
          ))}
        </ul>
      ) : null}
      {result && result.total > result.rows.length ? <p className="cmp-muted">{t('names.more', { shown: result.rows.length })}</p> : null}
    </FormDialog>
  );
}
