import { useTranslation } from 'react-i18next';
import { useState, type FormEvent } from 'react';
import type { RollQuery, SavedView } from '../../../shared/roll';
import { ErrorAlert } from '../ui/alerts';
import { errorMessage } from '../ui/errors';
import { ChevronDown, Popover } from './popover';

/**
 * "Views": the chapter's saved searches. Choosing one applies its search, filters and sort;
 * the current ones can be saved under a name (the same name replaces that view).
 */
export function SavedViewsMenu({
  views,
  currentQuery,
  onApply,
  onViewsChange,
}: {
  views: SavedView[];
  currentQuery: RollQuery;
  onApply: (view: SavedView) => void;
  onViewsChange: (views: SavedView[]) => void;
}) {
  const { t } = useTranslation('roll');
  return (
    <Popover panelLabel={t('views.saved')} buttonContent={<>{t('views.button')}<ChevronDown /></>}>
      {(close) => (
        <div className="views-panel">
          {views.length === 0 ? (
            <p className="views-empty">{t('views.none')}</p>
          ) : (
            <ul className="views-list" aria-label={t('views.saved')}>
              {views.map((view) => (
                <SavedViewItem
                  key={view.id}
                  view={view}
                  onApply={() => {
                    onApply(view);
                    close();
                  }}
                  onViewsChange={onViewsChange}
                />
              ))}
            </ul>
          )}
          <SaveViewForm currentQuery={currentQuery} views={views} onSaved={onViewsChange} />
        </div>
      )}
    </Popover>
  );
}

function SavedViewItem({
  view,
  onApply,
  onViewsChange,
}: {
  view: SavedView;
  onApply: () => void;
  onViewsChange: (views: SavedView[]) => void;
}) {
  const { t } = useTranslation('roll');
  const [error, setError] = useState<string | null>(null);
  async function remove() {
    try {
      onViewsChange(await window.chapter.roll.deleteView({ id: view.id }));
    } catch (failure) {
      setError(errorMessage(failure));
    }
  }
  return (
    <li className="views-item">
      <button type="button" className="views-apply" onClick={onApply}>
        {view.name}
      </button>
      <button type="button" className="icon-button" aria-label={t('views.delete', { name: view.name })} onClick={() => void remove()}>
        <svg width="14" height="14" viewBox="0 0 14 14" aria-hidden="true">
          <path d="M2.5 4h9M5.5 4V2.5h3V4M3.5 4l.6 7.5h5.8l.6-7.5" />
        </svg>
      </button>
      <ErrorAlert message={error} />
    </li>
  );
}

function SaveViewForm({
  currentQuery,
  views,
  onSaved,
}: {
  currentQuery: RollQuery;
  views: SavedView[];
  onSaved: (views: SavedView[]) => void;
}) {
  const { t } = useTranslation(['roll', 'common']);
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const replaces = views.some((view) => view.name.toLocaleLowerCase() === name.trim().toLocaleLowerCase());

  async function save(event: FormEvent) {
    event.preventDefault();
    if (!name.trim()) return;
    setError(null);
    try {
      onSaved(await window.chapter.roll.saveView({ name: name.trim(), query: currentQuery }));
      setSaved(t('views.savedNamed', { name: name.trim() }));
      setName('');
    } catch (failure) {
      setError(errorMessage(failure));
    }
  }

  return (
    <form className="views-save" onSubmit={save}>
      <label htmlFor="save-view-name" className="views-save-label">
        {t('views.saveAs')}
      </label>
      <div className="views-save-row">
        <input
          id="save-view-name"
          className="input"
          placeholder={t('views.name')}
          value={name}
          maxLength={100}
          onChange={(event) => {
            setName(event.target.value);
            setSaved(null);
          }}
        />
        <button type="submit" className="button button-primary" disabled={!name.trim()}>
          {replaces ? t('views.replace') : t('common:actions.save')}
        </button>
      </div>
      <ErrorAlert message={error} />
      {saved ? (
        <p role="status" className="views-saved">
          {saved}
        </p>
      ) : null}
    </form>
  );
}
