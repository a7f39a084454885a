import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Session, Settings } from '../../../shared/contract';
import { CampaignsPage } from '../campaigns/campaigns-page';
import { CommitteePage } from '../committee/committee-page';
import { MeetingsPage } from '../minutes/meetings-page';
import { flushPendingSaves } from '../minutes/pending-saves';
import { OfficersPage } from '../officers/officers-page';
import { PlacesPage } from '../places/places-page';
import { useOpenedExport } from '../officers/use-opened-export';
import { RollPage } from '../roll/roll-page';
import { SettingsPage } from '../settings/settings-page';
import { Badge } from '../ui/badge';
import { BrandMark } from '../ui/brand';
import { forgetWaitingCommands, requestCommand } from './app-commands';
import { CommandPalette, type PaletteAction } from './command-palette';
import { NavIcon, type IconName } from './nav-icons';
import { ShortcutsHelp } from './shortcuts-help';
import { paletteShortcut, useShellShortcuts } from './shortcuts';
import { lockShortcut, useLockShortcut } from './use-lock-shortcut';

type PageName = 'roll' | 'committee' | 'meetings' | 'campaigns' | 'places' | 'officers' | 'settings';

const NAV: { page: PageName; icon: IconName }[] = [
  { page: 'roll', icon: 'roll' },
  { page: 'committee', icon: 'committee' },
  { page: 'meetings', icon: 'meetings' },
  { page: 'campaigns', icon: 'campaigns' },
  { page: 'places', icon: 'places' },
  { page: 'officers', icon: 'officers' },
  { page: 'settings', icon: 'settings' },
];

/** The unlocked app: sidebar with the chapter, navigation and the Lock button; one page at a time. */
export function AppShell({
  session,
  demo = false,
  onLock,
  onSessionChange,
}: {
  session: Session;
  /** The demo vault: labelled everywhere, so made-up people are never taken for real ones. */
  demo?: boolean;
  onLock: () => void;
  onSessionChange: (session: Session) => void;
}) {
  const { t } = useTranslation(['common', 'vault', 'places']);
  const [page, setPage] = useState<PageName>('roll');
  useOpenedExport(() => setPage('officers'));
  // Grievance deadlines that have passed show beside Places on every page, the home included.
  const [overdue, setOverdue] = useState(0);
  useEffect(() => {
    let current = true;
    window.chapter.places
      .overdue({})
      .then((late) => current && setOverdue(late.length))
      .catch(() => undefined); // a courtesy: the Places page says what went wrong
    return () => {
      current = false;
    };
  }, [page]);
  // The roll's columns, per kind of chapter, for as long as the vault is open: kept here so they
  // survive a visit to Settings, and never written anywhere.
  const [rollColumns, setRollColumns] = useState<Partial<Record<Settings['chapterKind'], string[]>>>({});
  // Minutes typed a moment ago reach the vault before it closes (bounded: see pending-saves).
  const lock = useCallback(() => {
    forgetWaitingCommands();
    void flushPendingSaves().finally(onLock);
  }, [onLock]);
  useLockShortcut(lock);
  const [overlay, setOverlay] = useState<'palette' | 'help' | null>(null);
  useShellShortcuts(
    useCallback(() => setOverlay((current) => (current === 'palette' ? null : 'palette')), []),
    useCallback(() => setOverlay('help'), []),
  );
  const closeOverlay = useCallback(() => setOverlay(null), []);
  const loadViews = useCallback(() => window.chapter.roll.views({}), []);
  const paletteActions: PaletteAction[] = [
    { id: 'search', label: t('palette.search'), hint: '/', run: () => (setPage('roll'), requestCommand('search-members')) },
    { id: 'new-member', label: t('palette.newMember'), run: () => (setPage('roll'), requestCommand('new-member')) },
    { id: 'new-meeting', label: t('palette.newMeeting'), run: () => (setPage('meetings'), requestCommand('new-meeting')) },
    ...NAV.map((item) => ({ id: `go-${item.page}`, label: t('palette.goTo', { page: t(`nav.${item.page}`) }), navigates: true, run: () => setPage(item.page) })),
    { id: 'lock', label: t('palette.lock'), hint: lockShortcut.label, run: lock },
    { id: 'help', label: t('palette.shortcuts'), hint: '?', run: () => setOverlay('help') },
  ];

  return (
    <div className="shell">
      <aside className="sidebar">
        <div className="sidebar-chapter">
          <BrandMark size={32} />
          <div className="sidebar-chapter-text">
            <span className="sidebar-chapter-name" data-testid="chapter-name">
              {session.chapterName}
            </span>
            <span className="sidebar-officer-name" data-testid="officer-name">
              {session.officerName}
            </span>
            {demo ? (
              <Badge tone="caution" small className="demo-badge" title={t('vault:demo.banner')}>
                {t('vault:demo.badge')}
              </Badge>
            ) : null}
          </div>
        </div>
        <nav className="sidebar-nav" aria-label={t('nav.label')}>
          <ul>
            {NAV.map((item) => (
              <li key={item.page}>
                <button
                  type="button"
                  className="nav-item"
                  aria-current={page === item.page ? 'page' : undefined}
                  onClick={() => setPage(item.page)}
                >
                  <NavIcon name={item.icon} />
                  {t(`nav.${item.page}`)}
                  {item.page === 'places' && overdue > 0 ? <span className="nav-badge">{t('places:navOverdue', { count: overdue })}</span> : null}
                </button>
              </li>
            ))}
          </ul>
        </nav>
        <div className="sidebar-footer">
          <button
            type="button"
            className="nav-item"
            onClick={() => setOverlay('palette')}
            aria-keyshortcuts={paletteShortcut.aria}
          >
            <NavIcon name="search" />
            {t('palette.open')}
            <kbd className="shortcut" aria-hidden="true">
              {paletteShortcut.label}
            </kbd>
          </button>
          <button type="button" className="nav-item lock-button" onClick={lock} aria-keyshortcuts={lockShortcut.aria}>
            <NavIcon name="lock" />
            {t('nav.lock')}
            <kbd className="shortcut" aria-hidden="true">
              {lockShortcut.label}
            </kbd>
          </button>
        </div>
      </aside>
      <main className={page === 'roll' ? 'content content-roll' : 'content'}>
        {page === 'roll' ? (
          <RollPage
            officerName={session.officerName}
            columnChoice={(kind) => ({
              chosen: rollColumns[kind] ?? null,
              onChange: (chosen) => setRollColumns((current) => ({ ...current, [kind]: chosen ?? undefined })),
            })}
          />
        ) : null}
        {page === 'committee' ? <CommitteePage /> : null}
        {page === 'meetings' ? <MeetingsPage officerName={session.officerName} /> : null}
        {page === 'campaigns' ? <CampaignsPage /> : null}
        {page === 'places' ? <PlacesPage onOverdueChange={setOverdue} /> : null}
        {page === 'officers' ? <OfficersPage officerName={session.officerName} /> : null}
        {page === 'settings' ? (
          <SettingsPage
            idleLockMinutes={session.idleLockMinutes}
            onIdleLockMinutesSaved={(idleLockMinutes) => onSessionChange({ ...session, idleLockMinutes })}
          />
        ) : null}
      </main>
      {overlay === 'palette' ? (
        <CommandPalette
          actions={paletteActions}
          loadViews={loadViews}
          onApplyView={(view) => {
            setPage('roll');
            requestCommand('apply-view', view);
          }}
          onOpenMember={(member) => {
            setPage('roll');
            requestCommand('open-member', { id: member.id });
          }}
          onClose={closeOverlay}
        />
      ) : null}
      {overlay === 'help' ? <ShortcutsHelp onClose={closeOverlay} /> : null}
    </div>
  );
}
