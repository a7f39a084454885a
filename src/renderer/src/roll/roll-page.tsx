import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppCommand } from '../shell/app-commands';
import { DuplicatesTab } from './duplicates/duplicates-tab';
import { MembersView, type ColumnChoice } from './members-view';
import { useRollQueryState } from './use-roll-query-state';
import { useRollSetup } from './use-roll-setup';
import type { ChapterKind } from './member-fields';
import { ErrorAlert } from '../ui/alerts';
import './roll.css';

type RollTab = 'members' | 'duplicates';

/**
 * The Roll page: the members (search, filter, table, panel) and the duplicates to merge.
 * Every piece of chapter data lives in React state under the unlocked shell (here and in the
 * data cache), so locking the vault, which unmounts the shell, drops all of it.
 */
export function RollPage({
  officerName,
  columnChoice,
}: {
  officerName: string;
  /** The columns chosen for this kind of chapter, kept by the shell for the session. */
  columnChoice: (kind: ChapterKind) => ColumnChoice;
}) {
  const { t } = useTranslation('roll');
  const { setup, error, setViews } = useRollSetup();
  const queryState = useRollQueryState();
  const [tab, setTab] = useState<RollTab>('members');
  useAppCommand('apply-view', (view) => {
    setTab('members');
    queryState.applyView(view);
  });

  return (
    <section className="roll-page" aria-labelledby="page-title">
      <header className="roll-header">
        <h1 id="page-title" className="page-title">
          {t('title')}
        </h1>
        <div className="roll-tabs" role="tablist" aria-label={t('tabs.label')}>
          <RollTabButton tab="members" current={tab} onSelect={setTab} label={t('tabs.members')} />
          <RollTabButton tab="duplicates" current={tab} onSelect={setTab} label={t('tabs.duplicates')} />
        </div>
      </header>
      <ErrorAlert message={error} />
      {setup && tab === 'members' ? (
        <div role="tabpanel" id="roll-tab-members" aria-labelledby="roll-tab-button-members" className="roll-tabpanel">
          <MembersView
            setup={setup}
            queryState={queryState}
            onViewsChange={setViews}
            officerName={officerName}
            columnChoice={columnChoice(setup.settings.chapterKind)}
          />
        </div>
      ) : null}
      {setup && tab === 'duplicates' ? (
        <div role="tabpanel" id="roll-tab-duplicates" aria-labelledby="roll-tab-button-duplicates" className="roll-tabpanel roll-tabpanel-scroll">
          <DuplicatesTab />
        </div>
      ) : null}
    </section>
  );
}

function RollTabButton({ tab, current, onSelect, label }: { tab: RollTab; current: RollTab; onSelect: (tab: RollTab) => void; label: string }) {
  return (
    <button
      type="button"
      role="tab"
      id={`roll-tab-button-${tab}`}
      aria-selected={tab === current}
      aria-controls={`roll-tab-${tab}`}
      className="roll-tab"
      onClick={() => onSelect(tab)}
    >
      {label}
    </button>
  );
}
