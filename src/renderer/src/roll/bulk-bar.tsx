import { useTranslation } from 'react-i18next';
import { useId, useState, type FormEvent } from 'react';
import { ErrorAlert } from '../ui/alerts';
import { errorMessage } from '../ui/errors';

import { ChevronDown, Popover } from './popover';

export type BulkChange = { addTags: string[] } | { removeTags: string[] } | { status: string };

/**
 * What to do with the selected members: tag, untag, set a status, delete. Takes the place of
 * the count above the table while anything is selected.
 */
export function BulkBar({
  count,
  tags,
  statuses,
  onChange,
  onDelete,
  onClear,
  onWantTags,
}: {
  count: number;
  tags: string[];
  statuses: string[];
  /** A tag menu is opening: time to fetch the roll's tags. */
  onWantTags: () => void;
  onChange: (change: BulkChange) => Promise<void>;
  onDelete: () => void;
  onClear: () => void;
}) {
  const { t } = useTranslation(['roll', 'common']);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function apply(change: BulkChange): Promise<boolean> {
    setBusy(true);
    setError(null);
    try {
      await onChange(change);
      return true;
    } catch (failure) {
      setError(errorMessage(failure));
      return false;
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="bulk-bar" role="region" aria-label={t('bulk.region')} aria-busy={busy}>
      <span className="bulk-count" aria-live="polite">
        {t('bulk.selected', { count })}
      </span>
      <Popover panelLabel={t('bulk.addTagPanel')} buttonContent={<>{t('bulk.addTag')}<ChevronDown /></>} disabled={busy} onOpen={onWantTags}>
        {(close) => <TagForm action="Add" tags={tags} onSubmit={async (tag) => (await apply({ addTags: [tag] })) && close()} />}
      </Popover>
      <Popover panelLabel={t('bulk.removeTagPanel')} buttonContent={<>{t('bulk.removeTag')}<ChevronDown /></>} disabled={busy} onOpen={onWantTags}>
        {(close) => <TagForm action="Remove" tags={tags} onSubmit={async (tag) => (await apply({ removeTags: [tag] })) && close()} />}
      </Popover>
      <label className="bulk-status">
        <span className="visually-hidden">{t('bulk.setStatus')}</span>
        <select
          className="input bulk-select"
          value=""
          disabled={busy}
          onChange={(event) => {
            if (event.target.value) void apply({ status: event.target.value });
          }}
        >
          <option value="">{t('bulk.setStatusOption')}</option>
          {statuses.map((status) => (
            <option key={status} value={status}>
              {status}
            </option>
          ))}
        </select>
      </label>
      <button type="button" className="button button-danger" onClick={onDelete} disabled={busy}>
        {t('common:actions.delete')}
      </button>
      <button type="button" className="link link-muted bulk-clear" onClick={onClear}>
        {t('bulk.clear')}
      </button>
      {error ? <ErrorAlert message={error} /> : null}
    </div>
  );
}

/** A tag to add (any, with the roll's tags suggested) or to remove (one the roll has). */
function TagForm({ action, tags, onSubmit }: { action: 'Add' | 'Remove'; tags: string[]; onSubmit: (tag: string) => void }) {
  const { t } = useTranslation('roll');
  const [tag, setTag] = useState('');
  const inputId = useId();
  const listId = useId();
  function submit(event: FormEvent) {
    event.preventDefault();
    if (tag.trim()) onSubmit(tag.trim());
  }
  return (
    <form className="tag-form" onSubmit={submit}>
      <label htmlFor={inputId}>{action === 'Add' ? t('bulk.tagToAdd') : t('bulk.tagToRemove')}</label>
      <div className="tag-form-row">
        <input
          id={inputId}
          className="input"
          list={listId}
          autoFocus
          autoComplete="off"
          maxLength={100}
          value={tag}
          onChange={(event) => setTag(event.target.value)}
        />
        <datalist id={listId}>
          {tags.map((known) => (
            <option key={known} value={known} />
          ))}
        </datalist>
        <button type="submit" className="button button-primary" disabled={!tag.trim()}>
          {action === 'Add' ? t('bulk.add') : t('bulk.remove')}
        </button>
      </div>
    </form>
  );
}
