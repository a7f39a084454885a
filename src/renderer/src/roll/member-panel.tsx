import { useTranslation } from 'react-i18next';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { CustomField } from '../../../shared/roll';
import { MemberCampaigns } from '../campaigns/member-campaigns';
import { MemberOrganizing } from '../committee/member-organizing';
import { MemberMeetings } from '../minutes/member-meetings';
import { ErrorAlert } from '../ui/alerts';
import { ChangeHistory } from './change-history';
import { ConversationLog } from './conversation-log';
import { MemberDetailsForm } from './member-details-form';
import { displayName, formatCalendarDate, type ChapterKind } from './member-fields';
import { StandingBadge } from './standing-badge';
import { useMemberEditor } from './use-member-editor';

type Tab = 'details' | 'conversations' | 'history';

/**
 * The member drawer on the right: every field, the conversation log and the change history.
 * Esc (or ×) closes it once every change is saved; a refused change keeps it open, with a way
 * to close without it.
 */
export function MemberPanel({
  id,
  kind,
  statuses,
  customFields,
  officerName,
  takeFocus,
  onClose,
}: {
  id: string;
  kind: ChapterKind;
  statuses: string[];
  customFields: CustomField[];
  officerName: string;
  /** Opened from the keyboard: move focus into the panel. */
  takeFocus: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation(['roll', 'common']);
  const editor = useMemberEditor(id);
  const [tab, setTab] = useState<Tab>('details');
  const [unsaved, setUnsaved] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const member = editor.detail?.member;

  useEffect(() => {
    if (takeFocus && member?.id) heading.current?.focus();
    // Only when the panel first shows this member, not after every save.
  }, [takeFocus, member?.id]);

  async function close() {
    if (await editor.flush()) onClose();
    else setUnsaved(true);
  }

  function onKeyDown(event: KeyboardEvent) {
    if (event.key !== 'Escape') return;
    event.stopPropagation();
    event.preventDefault();
    void close();
  }

  return (
    <aside className="member-panel" aria-labelledby="member-panel-title" onKeyDown={onKeyDown}>
      <header className="member-panel-header">
        <div className="member-panel-heading">
          <h2 id="member-panel-title" className="member-panel-title" ref={heading} tabIndex={-1}>
            {member ? displayName(member) : t('panel.member')}
          </h2>
          {member ? (
            <p className="member-panel-sub">
              <StandingBadge standing={member.standing} />
              <span>
                {member.dues_paid_through ? t('panel.paidThrough', { date: formatCalendarDate(member.dues_paid_through) }) : t('panel.noDues')}
              </span>
            </p>
          ) : null}
        </div>
        <button type="button" className="icon-button" aria-label={t('panel.close')} onClick={() => void close()}>
          <svg width="14" height="14" viewBox="0 0 14 14" aria-hidden="true">
            <path d="m3 3 8 8M11 3l-8 8" />
          </svg>
        </button>
      </header>
      {unsaved ? (
        <div className="panel-unsaved" role="alert">
          <span>{t('panel.unsaved')}</span>
          <button type="button" className="link" onClick={onClose}>
            {t('panel.closeWithout')}
          </button>
        </div>
      ) : null}
      <ErrorAlert message={editor.loadError} />
      {editor.detail && member ? (
        <>
          <div className="panel-tabs" role="tablist" aria-label={t('panel.member')}>
            <PanelTab id="details" current={tab} onSelect={setTab} label={t('panel.details')} />
            <PanelTab id="conversations" current={tab} onSelect={setTab} label={t('panel.conversations')} count={editor.detail.conversations.length} />
            <PanelTab id="history" current={tab} onSelect={setTab} label={t('panel.history')} count={editor.detail.audit.length} />
          </div>
          <div className="member-panel-body" role="tabpanel" id={`member-tab-${tab}`} aria-labelledby={`member-tab-button-${tab}`}>
            {tab === 'details' ? (
              <>
                <MemberDetailsForm editor={editor} member={member} kind={kind} statuses={statuses} customFields={customFields} />
                <MemberMeetings memberId={member.id} />
                <MemberCampaigns memberId={member.id} />
                <MemberOrganizing memberId={member.id} />
              </>
            ) : null}
            {tab === 'conversations' ? (
              <ConversationLog
                memberId={member.id}
                conversations={editor.detail.conversations}
                officerName={officerName}
                currentAssessment={member.assessment}
              />
            ) : null}
            {tab === 'history' ? <ChangeHistory audit={editor.detail.audit} customFields={customFields} /> : null}
          </div>
        </>
      ) : null}
    </aside>
  );
}

function PanelTab({ id, current, onSelect, label, count }: { id: Tab; current: Tab; onSelect: (tab: Tab) => void; label: string; count?: number }) {
  return (
    <button
      type="button"
      role="tab"
      id={`member-tab-button-${id}`}
      aria-selected={current === id}
      aria-controls={`member-tab-${id}`}
      className="panel-tab"
      onClick={() => onSelect(id)}
    >
      {label}
      {count ? <span className="count-badge">{count}</span> : null}
    </button>
  );
}
