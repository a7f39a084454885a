import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CoverageView } from './coverage-view';
import { FollowUpQueueView } from './follow-up-queue';
import { NetworkView } from './network-view';
import { WalkListView } from './walk-list-view';
import './committee.css';

type Tab = 'queue' | 'walk' | 'coverage' | 'network';
const TABS: Tab[] = ['queue', 'walk', 'coverage', 'network'];

/** The organizing committee: the follow-up queue, walk lists and outcome entry, turf and coverage, the social map. */
export function CommitteePage() {
  const { t } = useTranslation('committee');
  const [tab, setTab] = useState<Tab>('queue');
  return (
    <section className="page committee-page" aria-labelledby="page-title">
      <header className="page-header">
        <div>
          <h1 id="page-title" className="page-title">
            {t('title')}
          </h1>
          <p className="committee-lead">{t('lead')}</p>
        </div>
      </header>
      <div role="tablist" aria-label={t('tabs.label')} className="committee-tabs">
        {TABS.map((name) => (
          <button
            key={name}
            type="button"
            role="tab"
            id={`committee-tab-${name}`}
            aria-selected={tab === name}
            aria-controls={`committee-panel-${name}`}
            className="panel-tab"
            onClick={() => setTab(name)}
          >
            {t(`tabs.${name}`)}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`committee-panel-${tab}`} aria-labelledby={`committee-tab-${tab}`} className="committee-panel">
        {tab === 'queue' ? <FollowUpQueueView /> : null}
        {tab === 'walk' ? <WalkListView /> : null}
        {tab === 'coverage' ? <CoverageView /> : null}
        {tab === 'network' ? <NetworkView /> : null}
      </div>
    </section>
  );
}
