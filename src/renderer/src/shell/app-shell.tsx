import { useState } from 'react';
import type { Session, Settings } from '../../../shared/contract';
import { OfficersPage } from '../officers/officers-page';
import { RollPage } from '../roll/roll-page';
import { SettingsPage } from '../settings/settings-page';
import { BrandMark } from '../ui/brand';
import { EmptyPage } from './empty-page';
import { NavIcon, type IconName } from './nav-icons';
import { lockShortcut, useLockShortcut } from './use-lock-shortcut';

type PageName = 'roll' | 'meetings' | 'officers' | 'settings';

const NAV: { page: PageName; label: string; icon: IconName }[] = [
  { page: 'roll', label: 'Roll', icon: 'roll' },
  { page: 'meetings', label: 'Meetings', icon: 'meetings' },
  { page: 'officers', label: 'Officers', icon: 'officers' },
  { page: 'settings', label: 'Settings', icon: 'settings' },
];

/** The unlocked app: sidebar with the chapter, navigation and the Lock button; one page at a time. */
export function AppShell({
  session,
  onLock,
  onSessionChange,
}: {
  session: Session;
  onLock: () => void;
  onSessionChange: (session: Session) => void;
}) {
  const [page, setPage] = useState<PageName>('roll');
  // The roll's columns, per kind of chapter, for as long as the vault is open: kept here so they
  // survive a visit to Settings, and never written anywhere.
  const [rollColumns, setRollColumns] = useState<Partial<Record<Settings['chapterKind'], string[]>>>({});
  useLockShortcut(onLock);

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
          </div>
        </div>
        <nav className="sidebar-nav" aria-label="Main">
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
                  {item.label}
                </button>
              </li>
            ))}
          </ul>
        </nav>
        <div className="sidebar-footer">
          <button type="button" className="nav-item lock-button" onClick={onLock} aria-keyshortcuts={lockShortcut.aria}>
            <NavIcon name="lock" />
            Lock
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
        {page === 'meetings' ? (
          <EmptyPage
            title="Meetings"
            description="Meetings will be kept here, with attendance, the agenda, motions and the minutes."
          />
        ) : null}
        {page === 'officers' ? <OfficersPage officerName={session.officerName} /> : null}
        {page === 'settings' ? (
          <SettingsPage
            idleLockMinutes={session.idleLockMinutes}
            onIdleLockMinutesSaved={(idleLockMinutes) => onSessionChange({ ...session, idleLockMinutes })}
          />
        ) : null}
      </main>
    </div>
  );
}
