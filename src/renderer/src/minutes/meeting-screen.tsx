import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeetingDetail, MinutesVerification, OpenActionItem } from '../../../shared/meetings';
import { ChevronDown, Popover } from '../roll/popover';
import { Toast } from '../roll/toast';
import { ErrorAlert } from '../ui/alerts';
import { formatTimestamp } from '../ui/dates';
import { errorMessage } from '../ui/errors';
import { bytesFromBase64, saveFile } from '../ui/save-file';
import { ActionItems } from './action-items';
import { ConfirmDialog } from './confirm-dialog';
import { Agenda } from './agenda';
import { AttendancePanel } from './attendance-panel';
import { formatMeetingDate } from './format';
import { InlineForm } from './inline-form';
import type { Act } from './motions';
import { EditMeetingDialog } from './new-meeting-dialog';
import { flushPendingSaves } from './pending-saves';
import { StatusBadge } from './status-badge';

/**
 * One meeting, made for taking minutes live: attendance and quorum on the left, the agenda with
 * notes, motions and action items in the middle; circulating, exports and, once approved, only
 * corrections. Every change goes to the vault at once and the screen shows what it answered.
 */
export function MeetingScreen({
  id,
  focusItemId,
  officerName,
  onBack,
  onOpen,
  onDeleted,
}: {
  id: string;
  focusItemId?: string;
  officerName: string;
  onBack: () => void;
  onOpen: (id: string) => void;
  /** The meeting is gone: back to the list, saying what was deleted. */
  onDeleted: (title: string) => void;
}) {
  const { t } = useTranslation('meetings');
  const [detail, setDetail] = useState<MeetingDetail | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [toast, setToast] = useState<string | null>(null);
  const [others, setOthers] = useState<Record<string, { title: string; date: string }>>({});
  const [reviewed, setReviewed] = useState<Record<string, OpenActionItem>>({});
  const heading = useRef<HTMLHeadingElement>(null);
  const [dialog, setDialog] = useState<'edit' | 'delete' | null>(null);

  const reload = useCallback(() => {
    window.chapter.meetings
      .get({ id })
      .then((fresh) => {
        setDetail(fresh);
        setError(null);
      })
      .catch((failure: unknown) => setError(errorMessage(failure)));
  }, [id]);

  // Action items carried over from earlier meetings live there; fetch them for the review items.
  const reviewing = detail?.agenda.some((item) => item.refActionId) ?? false;
  const refreshReviewed = useCallback(() => {
    window.chapter.meetings
      .actions({})
      .then((all) => setReviewed(Object.fromEntries(all.map((action) => [action.id, action]))))
      .catch(() => undefined);
  }, []);
  useEffect(() => {
    if (reviewing) refreshReviewed();
  }, [reviewing, refreshReviewed]);

  useEffect(() => {
    reload();
    window.chapter.meetings
      .list({})
      .then((list) => setOthers(Object.fromEntries(list.map((meeting) => [meeting.id, { title: meeting.title, date: meeting.date }]))))
      .catch(() => undefined);
  }, [reload]);

  // Opened from the list: the title takes focus; from a search hit: that agenda item does.
  const loaded = detail !== null;
  useEffect(() => {
    if (!loaded) return;
    const item = focusItemId ? document.querySelector<HTMLElement>(`[data-item-id="${CSS.escape(focusItemId)}"] h3`) : null;
    if (item) {
      item.scrollIntoView({ block: 'start' });
      item.focus();
    } else heading.current?.focus();
  }, [loaded, focusItemId]);

  const act: Act = useCallback(async (work) => {
    try {
      setDetail(await work());
      setError(null);
      return true;
    } catch (failure) {
      setError(errorMessage(failure));
      return false;
    }
  }, []);

  async function back() {
    await flushPendingSaves();
    onBack();
  }

  async function deleteMeeting(title: string) {
    // Notes still being typed would otherwise try to save into the deleted meeting.
    await flushPendingSaves();
    await window.chapter.meetings.delete({ id });
    onDeleted(title);
  }

  async function download(kind: 'markdown' | 'pdf' | 'sign-in') {
    try {
      if (kind === 'markdown') {
        const file = await window.chapter.meetings.exportMarkdown({ id });
        saveFile(file.fileName, new Blob([file.markdown], { type: 'text/markdown;charset=utf-8' }));
      } else {
        await flushPendingSaves();
        const file = kind === 'pdf' ? await window.chapter.meetings.printPdf({ id }) : await window.chapter.meetings.signInSheet({ id });
        saveFile(file.fileName, new Blob([bytesFromBase64(file.pdfBase64)], { type: 'application/pdf' }));
      }
      setToast(t('export.saved'));
    } catch (failure) {
      setError(errorMessage(failure));
    }
  }

  const meeting = detail?.meeting;
  const loose = detail ? detail.actions.filter((action) => !action.agendaItemId || !detail.agenda.some((item) => item.id === action.agendaItemId)) : [];

  return (
    <section className="mtg-screen" aria-labelledby="mtg-title">
      <header className="mtg-screen-header">
        <button type="button" className="link mtg-back" onClick={() => void back()}>
          ← {t('screen.back')}
        </button>
        <div className="mtg-title-row">
          <h1 id="mtg-title" className="page-title" ref={heading} tabIndex={-1}>
            {meeting?.title ?? t('screen.loading')}
          </h1>
          {meeting ? <StatusBadge status={meeting.status} /> : null}
          {meeting ? (
            <div className="mtg-screen-actions">
              {detail?.editable ? (
                <button type="button" className="button button-secondary" onClick={() => setDialog('edit')}>
                  {t('edit.button')}
                </button>
              ) : null}
              {meeting.status === 'draft' ? (
                <button type="button" className="button button-secondary" onClick={() => void act(() => window.chapter.meetings.circulate({ id }))}>
                  {t('screen.circulate')}
                </button>
              ) : null}
              <Popover
                buttonContent={
                  <>
                    {t('export.button')}
                    <ChevronDown />
                  </>
                }
                buttonLabel={t('export.button')}
                panelLabel={t('export.button')}
                align="end"
              >
                {(close) => (
                  <div className="mtg-menu">
                    {(
                      [
                        ['markdown', t('export.markdown')],
                        ['pdf', t('export.pdf')],
                        ['sign-in', t('export.signIn')],
                      ] as const
                    ).map(([kind, label]) => (
                      <button
                        key={kind}
                        type="button"
                        className="mtg-menu-item"
                        onClick={() => {
                          close();
                          void download(kind);
                        }}
                      >
                        {label}
                      </button>
                    ))}
                  </div>
                )}
              </Popover>
              {meeting.status === 'draft' ? (
                <button type="button" className="button button-secondary mtg-delete-meeting" onClick={() => setDialog('delete')}>
                  {t('delete.button')}
                </button>
              ) : null}
            </div>
          ) : null}
        </div>
        {meeting ? (
          <p className="mtg-screen-sub">
            <span>{meeting.type}</span>
            <time dateTime={meeting.date}>{formatMeetingDate(meeting.date)}</time>
            {meeting.place ? <span>{meeting.place}</span> : null}
            {meeting.chair ? <span>{t('screen.chair', { name: meeting.chair })}</span> : null}
            {meeting.secretary ? <span>{t('screen.secretary', { name: meeting.secretary })}</span> : null}
          </p>
        ) : null}
      </header>
      <ErrorAlert message={error} />
      {detail && meeting ? (
        <>
          {meeting.status === 'approved' ? <ApprovedBanner detail={detail} /> : null}
          {meeting.status === 'circulated' ? (
            <p className="alert alert-info mtg-banner">{t('screen.circulatedNote', { date: meeting.circulatedAt ? formatTimestamp(meeting.circulatedAt) : '' })}</p>
          ) : null}
          <div className="mtg-live">
            <AttendancePanel detail={detail} act={act} />
            <div className="mtg-main">
              <Agenda
                detail={detail}
                act={act}
                reload={() => {
                  reload();
                  refreshReviewed();
                }}
                previousTitles={others}
                reviewed={reviewed}
              />
              {loose.length > 0 ? (
                <section className="mtg-agenda" aria-label={t('screen.otherActions')}>
                  <ActionItems
                    meetingId={meeting.id}
                    agendaItemId=""
                    itemTitle={t('screen.otherActions')}
                    actions={loose}
                    present={detail.attendance}
                    editable={false}
                    onChanged={reload}
                  />
                </section>
              ) : null}
              {meeting.status === 'approved' ? <Corrections detail={detail} officerName={officerName} act={act} /> : null}
            </div>
          </div>
          <OtherMeetingLinks detail={detail} others={others} onOpen={(other) => void flushPendingSaves().then(() => onOpen(other))} />
        </>
      ) : null}
      {dialog === 'edit' && meeting ? (
        <EditMeetingDialog
          meeting={meeting}
          onCancel={() => setDialog(null)}
          onSaved={(fresh) => {
            setDetail(fresh);
            setError(null);
            setDialog(null);
            setToast(t('edit.saved'));
          }}
        />
      ) : null}
      {dialog === 'delete' && meeting ? (
        <ConfirmDialog
          id="mtg-delete"
          title={t('delete.title', { title: meeting.title })}
          lead={t('delete.lead', { date: formatMeetingDate(meeting.date) })}
          confirmLabel={t('delete.confirm')}
          onCancel={() => setDialog(null)}
          onConfirm={() => deleteMeeting(meeting.title)}
        />
      ) : null}
      {toast ? <Toast message={toast} onDismiss={() => setToast(null)} /> : null}
    </section>
  );
}

function ApprovedBanner({ detail }: { detail: MeetingDetail }) {
  const { t } = useTranslation('meetings');
  const [check, setCheck] = useState<MinutesVerification | null>(null);
  const meeting = detail.meeting;
  return (
    <div className="mtg-approved" role="note" aria-label={t('approved.label')}>
      <svg className="mtg-approved-icon" width="18" height="18" viewBox="0 0 18 18" aria-hidden="true">
        <rect x="3.5" y="8" width="11" height="7.5" rx="1.5" />
        <path d="M6 8V5.5a3 3 0 0 1 6 0V8" />
      </svg>
      <div className="mtg-approved-text">
        <p>
          <strong>{t('approved.on', { date: meeting.approvedAt ? formatTimestamp(meeting.approvedAt) : '', name: meeting.approvedBy ?? '' })}</strong>{' '}
          {t('approved.frozen')}
        </p>
        {meeting.contentHash ? (
          <p className="mtg-row-sub mtg-hash">
            {t('approved.hash')} <code>{meeting.contentHash.slice(0, 16)}…</code>
            {check ? <span className={check.ok ? 'mtg-check-ok' : 'mtg-check-bad'}> · {check.message}</span> : null}
          </p>
        ) : null}
      </div>
      <button
        type="button"
        className="button button-secondary button-small"
        onClick={() =>
          void window.chapter.meetings
            .verify({ id: meeting.id })
            .then(setCheck)
            .catch((failure: unknown) => setCheck({ ok: false, message: errorMessage(failure) }))
        }
      >
        {t('approved.verify')}
      </button>
    </div>
  );
}

function Corrections({ detail, officerName, act }: { detail: MeetingDetail; officerName: string; act: Act }) {
  const { t } = useTranslation('meetings');
  const [text, setText] = useState('');
  return (
    <section className="mtg-agenda mtg-corrections" aria-labelledby="mtg-corrections-title">
      <h2 id="mtg-corrections-title" className="mtg-section-title">
        {t('corrections.title')}
      </h2>
      {detail.corrections.length === 0 ? <p className="mtg-muted">{t('corrections.none')}</p> : null}
      {detail.corrections.length > 0 ? (
        <ol className="mtg-correction-list">
          {detail.corrections.map((correction) => (
            <li key={correction.id} className="mtg-correction">
              <p className="mtg-motion-text">{correction.text}</p>
              <p className="mtg-row-sub">{t('corrections.by', { name: correction.officerName, date: formatTimestamp(correction.at) })}</p>
            </li>
          ))}
        </ol>
      ) : null}
      <InlineForm
        label={t('corrections.add')}
        onSubmit={() => void act(() => window.chapter.meetings.correct({ meetingId: detail.meeting.id, text: text.trim() })).then((ok) => ok && setText(''))}
      >
        <div className="field">
          <label htmlFor="mtg-correction-text">{t('corrections.text')}</label>
          <textarea id="mtg-correction-text" className="input textarea" rows={3} value={text} onChange={(event) => setText(event.target.value)} aria-describedby="mtg-correction-hint" />
          <p id="mtg-correction-hint" className="field-hint">
            {t('corrections.hint', { name: officerName })}
          </p>
        </div>
        <div className="form-actions">
          <button type="submit" className="button button-primary button-small" disabled={!text.trim()}>
            {t('corrections.add')}
          </button>
        </div>
      </InlineForm>
    </section>
  );
}

/** The earlier meetings this one approves, as links: the secretary often checks what they approve. */
function OtherMeetingLinks({ detail, others, onOpen }: { detail: MeetingDetail; others: Record<string, { title: string; date: string }>; onOpen: (id: string) => void }) {
  const { t } = useTranslation('meetings');
  const ids = [...new Set(detail.agenda.map((item) => item.refMeetingId).filter((ref): ref is string => Boolean(ref && others[ref])))];
  if (ids.length === 0) return null;
  return (
    <nav className="mtg-related" aria-label={t('screen.related')}>
      <span className="mtg-row-sub">{t('screen.related')}:</span>
      {ids.map((ref) => (
        <button key={ref} type="button" className="link" onClick={() => onOpen(ref)}>
          {others[ref]!.title} · {formatMeetingDate(others[ref]!.date)}
        </button>
      ))}
    </nav>
  );
}
