import { useDeferredValue, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgendaItem } from '../../../shared/meetings';
import { renderMinutesMarkdown } from './markdown';
import { useAutosave, type SaveState } from './use-autosave';

/**
 * An agenda item's notes in Markdown, saved as the secretary types (see useAutosave), with the
 * rendered minutes beside the typing on request. Approved minutes show the rendering only.
 */
export function NotesEditor({ item, editable }: { item: AgendaItem; editable: boolean }) {
  const { t } = useTranslation('meetings');
  const notes = useAutosave(item.notes, (text) => window.chapter.meetings.saveNotes({ agendaItemId: item.id, notes: text }));
  const [preview, setPreview] = useState(false);
  const id = `mtg-notes-${item.id}`;

  if (!editable) {
    return notes.text.trim() ? <MarkdownPreview source={notes.text} label={t('notes.previewOf', { item: item.title })} /> : null;
  }
  return (
    <div className="mtg-notes">
      <div className="mtg-notes-head">
        <label htmlFor={id} className="mtg-notes-label">
          {t('notes.label')}
          <span className="visually-hidden"> {item.title}</span>
        </label>
        <SaveStatus state={notes.state} onRetry={() => void notes.flush()} />
        <button type="button" className="link link-muted mtg-preview-toggle" aria-pressed={preview} aria-controls={preview ? `${id}-preview` : undefined} onClick={() => setPreview((shown) => !shown)}>
          {t('notes.preview')}
        </button>
      </div>
      <textarea
        id={id}
        className="input textarea mtg-notes-input"
        value={notes.text}
        placeholder={t('notes.placeholder')}
        spellCheck
        rows={Math.min(16, Math.max(3, notes.text.split('\n').length + 1))}
        onChange={(event) => notes.setText(event.target.value)}
        onBlur={() => void notes.flush()}
      />
      {preview ? <MarkdownPreview id={`${id}-preview`} source={notes.text} label={t('notes.previewOf', { item: item.title })} /> : null}
    </div>
  );
}

function SaveStatus({ state, onRetry }: { state: SaveState; onRetry: () => void }) {
  const { t } = useTranslation('meetings');
  if (state.kind === 'failed') {
    return (
      <span role="alert" className="mtg-save mtg-save-failed">
        {t('notes.failed', { message: state.message })}{' '}
        <button type="button" className="link" onClick={onRetry}>
          {t('notes.retry')}
        </button>
      </span>
    );
  }
  const text = state.kind === 'saved' ? t('notes.saved') : state.kind === 'saving' ? t('notes.saving') : t('notes.unsaved');
  return (
    <span className={`mtg-save mtg-save-${state.kind}`} data-testid="notes-save-state">
      {text}
    </span>
  );
}

/** Rendered minutes: sanitized HTML (see markdown.ts); a click on a link goes nowhere. */
function MarkdownPreview({ source, label, id }: { source: string; label: string; id?: string }) {
  const deferred = useDeferredValue(source);
  const html = useMemo(() => renderMinutesMarkdown(deferred), [deferred]);
  return (
    <div
      id={id}
      className="mtg-md"
      role="region"
      aria-label={label}
      onClick={(event) => event.preventDefault()}
      // Safe: markdown-it without HTML, then DOMPurify with a short list of tags and no href.
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}
