import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CampaignSummary } from '../../../shared/campaigns';
import { currentLanguage } from '../i18n';
import { FormDialog } from '../ui/dialog';
import { Toast } from '../roll/toast';
import { ErrorAlert } from '../ui/alerts';
import { errorMessage } from '../ui/errors';
import { formatCalendarDate } from '../ui/dates';
import { bytesFromBase64, saveFile } from '../ui/save-file';
import { CampaignWall } from './campaign-wall';
import { NewCampaignDialog } from './new-campaign-dialog';
import { ProgressView } from './progress-view';
import './campaigns.css';

type Tab = 'progress' | 'wall';

/** The Campaigns page: the campaigns with their totals, and one campaign's progress and wall chart. */
export function CampaignsPage() {
  const { t } = useTranslation('campaigns');
  const [campaigns, setCampaigns] = useState<CampaignSummary[] | null>(null);
  const [selected, setSelected] = useState<string | null>(null);
  const [tab, setTab] = useState<Tab>('progress');
  const [dialog, setDialog] = useState<'new' | 'delete' | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [toast, setToast] = useState<string | null>(null);
  const [version, setVersion] = useState(0);

  const reload = useCallback(() => {
    window.chapter.campaigns
      .list({})
      .then((list) => {
        setCampaigns(list);
        setSelected((current) => (current && list.some((campaign) => campaign.id === current) ? current : list[0]?.id ?? null));
        setError(null);
      })
      .catch((failure: unknown) => setError(errorMessage(failure)));
  }, []);
  useEffect(reload, [reload, version]);

  const campaign = campaigns?.find((candidate) => candidate.id === selected) ?? null;
  const changed = () => setVersion((value) => value + 1);

  async function print(kind: 'chart' | 'unsigned') {
    if (!campaign) return;
    try {
      const language = currentLanguage();
      const file =
        kind === 'chart'
          ? await window.chapter.campaigns.printWallChart({ campaignId: campaign.id, language })
          : await window.chapter.campaigns.printUnsigned({ id: campaign.id, language });
      saveFile(file.fileName, new Blob([bytesFromBase64(file.pdfBase64)], { type: 'application/pdf' }));
      setToast(t('page.pdfSaved', { fileName: file.fileName }));
    } catch (failure) {
      setError(errorMessage(failure));
    }
  }

  async function toggleClosed() {
    if (!campaign) return;
    try {
      await window.chapter.campaigns.close({ id: campaign.id, open: Boolean(campaign.closed_on) });
      changed();
    } catch (failure) {
      setError(errorMessage(failure));
    }
  }

  async function remove() {
    if (!campaign) return;
    const responses = campaign.tally.yes + campaign.tally.no + campaign.tally.unsure;
    try {
      await window.chapter.campaigns.delete({ id: campaign.id, confirmResponses: responses });
      setDialog(null);
      setToast(t('page.deleted', { name: campaign.name }));
      setSelected(null);
      changed();
    } catch (failure) {
      setError(errorMessage(failure));
      setDialog(null);
    }
  }

  return (
    <section className="cmp-page" aria-labelledby="cmp-title">
      <header className="cmp-header">
        <h1 id="cmp-title" tabIndex={-1}>
          {t('page.title')}
        </h1>
        <button type="button" className="button button-primary" onClick={() => setDialog('new')}>
          {t('page.new')}
        </button>
      </header>
      <p className="cmp-muted">{t('page.lead')}</p>
      <ErrorAlert message={error} />
      {campaigns && campaigns.length === 0 ? (
        <div className="cmp-empty">
          <h2>{t('page.emptyTitle')}</h2>
          <p>{t('page.emptyBody')}</p>
        </div>
      ) : null}
      {campaigns && campaigns.length > 0 ? (
        <div className="cmp-layout">
          <nav aria-label={t('page.listLabel')} className="cmp-list">
            <ul>
              {campaigns.map((item) => (
                <li key={item.id}>
                  <button type="button" className="cmp-list-item" aria-current={item.id === selected ? 'true' : undefined} onClick={() => setSelected(item.id)}>
                    <span className="cmp-list-name">{item.name}</span>
                    <span className="cmp-muted">
                      {t(`kind.${item.kind}`)} · {t('page.summary', { yes: item.tally.yes, universe: item.tally.universe, percent: item.percent })}
                      {item.closed_on ? ` · ${t('page.closed', { date: formatCalendarDate(item.closed_on) })}` : ''}
                    </span>
                  </button>
                </li>
              ))}
            </ul>
          </nav>
          {campaign ? (
            <div className="cmp-detail">
              <div className="cmp-detail-header">
                <div>
                  <h2 className="cmp-detail-title">{campaign.name}</h2>
                  <p className="cmp-muted">
                    {[
                      t(`kind.${campaign.kind}`),
                      t('page.goal', { goal: campaign.goal }),
                      campaign.start_date ? t('page.started', { date: formatCalendarDate(campaign.start_date) }) : '',
                      campaign.deadline ? t('page.deadline', { date: formatCalendarDate(campaign.deadline) }) : '',
                      campaign.closed_on ? t('page.closed', { date: formatCalendarDate(campaign.closed_on) }) : t('page.open'),
                    ]
                      .filter(Boolean)
                      .join(' · ')}
                  </p>
                </div>
                <div className="cmp-actions">
                  <button type="button" className="button button-secondary button-small" onClick={() => void print('chart')}>
                    {t('page.printChart')}
                  </button>
                  <button type="button" className="button button-secondary button-small" onClick={() => void print('unsigned')}>
                    {t('page.printUnsigned')}
                  </button>
                  <button type="button" className="button button-secondary button-small" onClick={() => void toggleClosed()}>
                    {campaign.closed_on ? t('page.reopen') : t('page.close')}
                  </button>
                  <button type="button" className="button button-secondary button-small button-danger" onClick={() => setDialog('delete')}>
                    {t('page.delete')}
                  </button>
                </div>
              </div>
              {campaign.closed_on ? <p className="cmp-note">{t('page.closedNote')}</p> : null}
              <div className="roll-tabs" role="tablist" aria-label={t('page.sections')}>
                {(['progress', 'wall'] as const).map((name) => (
                  <button
                    key={name}
                    type="button"
                    role="tab"
                    id={`cmp-tab-button-${name}`}
                    aria-selected={tab === name}
                    aria-controls={`cmp-tab-${name}`}
                    className="roll-tab"
                    onClick={() => setTab(name)}
                  >
                    {name === 'progress' ? t('page.tabProgress') : t('page.tabWall')}
                  </button>
                ))}
              </div>
              <div role="tabpanel" id={`cmp-tab-${tab}`} aria-labelledby={`cmp-tab-button-${tab}`}>
                {tab === 'progress' ? (
                  <ProgressView campaign={campaign} version={version} onPrintUnsigned={() => void print('unsigned')} />
                ) : (
                  <CampaignWall
                    campaign={campaign}
                    onRecorded={(message) => {
                      setToast(message);
                      changed();
                    }}
                  />
                )}
              </div>
            </div>
          ) : null}
        </div>
      ) : null}
      {dialog === 'new' ? (
        <NewCampaignDialog
          onCancel={() => setDialog(null)}
          onCreated={(created) => {
            setDialog(null);
            setSelected(created.id);
            changed();
          }}
        />
      ) : null}
      {dialog === 'delete' && campaign ? (
        <DeleteDialog campaign={campaign} onCancel={() => setDialog(null)} onConfirm={() => void remove()} />
      ) : null}
      {toast ? <Toast message={toast} onDismiss={() => setToast(null)} /> : null}
    </section>
  );
}

function DeleteDialog({ campaign, onCancel, onConfirm }: { campaign: CampaignSummary; onCancel: () => void; onConfirm: () => void }) {
  const { t } = useTranslation('campaigns');
  const responses = campaign.tally.yes + campaign.tally.no + campaign.tally.unsure;
  return (
    <FormDialog
      id="delete-campaign"
      title={t('delete.title', { name: campaign.name })}
      lead={responses > 0 ? t('delete.lead', { count: responses }) : t('delete.leadEmpty')}
      onCancel={onCancel}
      onSubmit={onConfirm}
      footer={
        <>
          <button type="button" className="button button-secondary" onClick={onCancel}>
            {t('delete.cancel')}
          </button>
          <button type="submit" className="button button-danger-solid">
            {t('delete.confirm')}
          </button>
        </>
      }
    >
      {null}
    </FormDialog>
  );
}
