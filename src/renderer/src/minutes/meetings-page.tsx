import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeetingSummary } from '../../../shared/meetings';
import { Toast } from '../roll/toast';
import { useAppCommand } from '../shell/app-commands';
import { ErrorAlert } from '../ui/alerts';
import { errorMessage } from '../ui/errors';
import { ActionItemsView } from './action-items-view';
import { MeetingScreen } from './meeting-screen';
import { MeetingTypesDialog } from './meeting-types-dialog';
import { MeetingsList } from './meetings-list';
import { MinutesSearch } from './minutes-search';
import { NewMeetingDialog } from './new-meeting-dialog';
import { flushPendingSaves } from './pending-saves';
import './minutes.css';

type Tab = 'meetings' | 'actions';
type Opened = { id: string; itemId?: string };

/**
 * The Meetings page: the list (with search across all minutes and the open action items), and
 * one meeting's live screen. All of it lives in state under the shell, so locking drops it.
 */
export function MeetingsPage({ officerName }: { officerName: string }) {
  const { t } = useTranslation('meetings');
  const [opened, setOpened] = useState<Opened | null>(null);
  const [lastOpened, setLastOpened] = useState<string | null>(null);
  const [tab, setTab] = useState<Tab>('meetings');
  const [meetings, setMeetings] = useState<MeetingSummary[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [dialog, setDialog] = useState<'new' | 'types' | null>(null);
  const [query, setQuery] = useState('');
  const [toast, setToast] = useState<string | null>(null);
  const title = useRef<HTMLHeadingElement>(null);
  const afterDelete = useRef(false);
  const newButton = useRef<HTMLButtonElement>(null);
  const fromPalette = useRef(false);

  // From the command palette, even with a meeting open: its notes are saved, then the list shows the dialog.
  useAppCommand('new-meeting', () => {
    void flushPendingSaves().then(() => {
      fromPalette.current = true;
      setOpened(null);
      setDialog('new');
    });
  });

  // Opened from the palette, the dialog has no button to hand focus back to: "New meeting" takes it.
  useEffect(() => {
    if (dialog !== null || !fromPalette.current) return;
    fromPalette.current = false;
    if (!opened && (document.activeElement === document.body || !document.activeElement)) newButton.current?.focus();
  }, [dialog, opened]);

  const reload = useCallback(() => {
    window.chapter.meetings
      .list({})
      .then((list) => {
        setMeetings(list);
        setError(null);
      })
      .catch((failure: unknown) => setError(errorMessage(failure)));
  }, []);

  useEffect(() => {
    if (!opened) reload();
  }, [opened, reload]);

  // The deleted meeting's row is gone: the page heading takes focus instead, with the toast saying what happened.
  useEffect(() => {
    if (!opened && afterDelete.current) {
      afterDelete.current = false;
      title.current?.focus();
    }
  }, [opened]);

  const open = useCallback((id: string, itemId?: string) => {
    setLastOpened(id);
    setOpened({ id, itemId });
  }, []);

  if (opened) {
    return (
      <MeetingScreen
        key={opened.id}
        id={opened.id}
        focusItemId={opened.itemId}
        officerName={officerName}
        onBack={() => setOpened(null)}
        onOpen={(id) => open(id)}
        onDeleted={(deleted) => {
          afterDelete.current = true;
          setLastOpened(null);
          setToast(t('delete.done', { title: deleted }));
          setOpened(null);
        }}
      />
    );
  }

  return (
    <section className="mtg-page" aria-labelledby="page-title">
      <header className="mtg-page-header">
        <h1 id="page-title" className="page-title" ref={title} tabIndex={-1}>
          {t('page.title')}
        </h1>
        <div className="roll-tabs" role="tablist" aria-label={t('page.sections')}>
          <TabButton tab="meetings" current={tab} onSelect={setTab} label={t('page.tabMeetings')} />
          <TabButton tab="actions" current={tab} onSelect={setTab} label={t('page.tabActions')} />
        </div>
        <div className="mtg-page-actions">
          <button type="button" className="button button-secondary" onClick={() => setDialog('types')}>
            {t('page.types')}
          </button>
          <button type="button" className="button button-primary" ref={newButton} onClick={() => setDialog('new')}>
            {t('page.new')}
          </button>
        </div>
      </header>
      <ErrorAlert message={error} />
      {tab === 'meetings' ? (
        <div role="tabpanel" id="mtg-tab-meetings" aria-labelledby="mtg-tab-button-meetings" className="mtg-tabpanel">
          <MinutesSearch query={query} onQueryChange={setQuery} onOpen={open} />
          {query.trim() ? null : meetings ? (
            <MeetingsList meetings={meetings} focusId={lastOpened} onOpen={open} onNew={() => setDialog('new')} />
          ) : null}
        </div>
      ) : (
        <div role="tabpanel" id="mtg-tab-actions" aria-labelledby="mtg-tab-button-actions" className="mtg-tabpanel">
          <ActionItemsView onOpen={open} />
        </div>
      )}
      {dialog === 'new' ? (
        <NewMeetingDialog
          officerName={officerName}
          onCancel={() => setDialog(null)}
          onCreated={(id) => {
            setDialog(null);
            open(id);
          }}
        />
      ) : null}
      {dialog === 'types' ? <MeetingTypesDialog onClose={() => setDialog(null)} /> : null}
      {toast ? <Toast message={toast} onDismiss={() => setToast(null)} /> : null}
    </section>
  );
}

function TabButton({ tab, current, onSelect, label }: { tab: Tab; current: Tab; onSelect: (tab: Tab) => void; label: string }) {
  return (
    <button
      type="button"
      role="tab"
      id={`mtg-tab-button-${tab}`}
      aria-selected={tab === current}
      aria-controls={`mtg-tab-${tab}`}
      className="roll-tab"
      onClick={() => onSelect(tab)}
    >
      {label}
    </button>
  );
}
