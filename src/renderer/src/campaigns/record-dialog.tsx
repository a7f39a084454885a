import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RESPONSE_WORDS, type Campaign, type CampaignMember, type ResponseWord } from '../../../shared/campaigns';
import { FormDialog } from '../ui/dialog';
import { ErrorAlert } from '../ui/alerts';
import { errorMessage } from '../ui/errors';
import { responseWord } from './words';

/** Records or corrects one member's response; the earlier answer stays in the history. */
export function RecordDialog({
  campaign,
  member,
  current,
  onCancel,
  onSaved,
}: {
  campaign: Campaign;
  member: { id: string; name: string; unit: string };
  current: ResponseWord;
  onCancel: () => void;
  onSaved: (member: CampaignMember) => void;
}) {
  const { t } = useTranslation('campaigns');
  const [response, setResponse] = useState<ResponseWord>(current);
  const [note, setNote] = useState('');
  const [attended, setAttended] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function save() {
    setBusy(true);
    try {
      const saved = await window.chapter.campaigns.record({
        campaignId: campaign.id,
        memberId: member.id,
        response,
        ...(note.trim() ? { note } : {}),
        ...(campaign.kind === 'action' ? { attended } : {}),
      });
      onSaved(saved);
    } catch (failure) {
      setError(errorMessage(failure));
      setBusy(false);
    }
  }

  return (
    <FormDialog
      id="record-response"
      title={t('record.title', { name: member.name })}
      lead={t('record.lead', { campaign: campaign.name, unit: member.unit || '–' })}
      busy={busy}
      onCancel={onCancel}
      onSubmit={() => void save()}
      footer={
        <>
          <button type="button" className="button button-secondary" onClick={onCancel}>
            {t('record.cancel')}
          </button>
          <button type="submit" className="button button-primary" disabled={busy}>
            {t('record.save')}
          </button>
        </>
      }
    >
      <ErrorAlert message={error} />
      <fieldset className="cmp-responses">
        <legend className="field-label">{t('record.label')}</legend>
        {RESPONSE_WORDS.map((word) => (
          <label key={word} className={`cmp-response-choice tone-${word}`}>
            <input type="radio" name="response" value={word} checked={response === word} onChange={() => setResponse(word)} />
            {responseWord(campaign.kind, word)}
          </label>
        ))}
      </fieldset>
      {campaign.kind === 'action' ? (
        <label className="cmp-check">
          <input type="checkbox" checked={attended} onChange={(event) => setAttended(event.target.checked)} />
          {t('record.attended')}
        </label>
      ) : null}
      <label className="field">
        <span className="field-label">{t('record.note')}</span>
        <input className="input" value={note} onChange={(event) => setNote(event.target.value)} />
      </label>
    </FormDialog>
  );
}
