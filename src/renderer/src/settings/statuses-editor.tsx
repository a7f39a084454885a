import { useTranslation } from 'react-i18next';
import { useState, type FormEvent } from 'react';

/**
 * The chapter's statuses, in the order it uses them (the first is what new members get).
 * Each change is handed to `onChange` at once; the caller saves it.
 */
export function StatusesEditor({
  statuses,
  disabled,
  onChange,
}: {
  statuses: string[];
  disabled: boolean;
  onChange: (statuses: string[]) => void;
}) {
  const { t } = useTranslation('settings');
  const [adding, setAdding] = useState('');
  const exists = statuses.some((status) => status.toLocaleLowerCase() === adding.trim().toLocaleLowerCase());

  function move(index: number, by: -1 | 1) {
    const next = [...statuses];
    const [moved] = next.splice(index, 1);
    next.splice(index + by, 0, moved!);
    onChange(next);
  }

  function add(event: FormEvent) {
    event.preventDefault();
    if (!adding.trim() || exists) return;
    onChange([...statuses, adding.trim()]);
    setAdding('');
  }

  return (
    <fieldset className="statuses-editor" disabled={disabled} aria-describedby="statuses-hint">
      <legend>{t('statuses.title')}</legend>
      <p id="statuses-hint" className="field-hint">
        {t('statuses.hint')}
      </p>
      <ol className="statuses-list">
        {statuses.map((status, index) => (
          <li key={status} className="statuses-item">
            <span className="statuses-name">{status}</span>
            <button type="button" className="icon-button" aria-label={t('statuses.up', { status })} disabled={index === 0} onClick={() => move(index, -1)}>
              <svg width="14" height="14" viewBox="0 0 14 14" aria-hidden="true">
                <path d="M3.5 8.5 7 5l3.5 3.5" />
              </svg>
            </button>
            <button
              type="button"
              className="icon-button"
              aria-label={t('statuses.down', { status })}
              disabled={index === statuses.length - 1}
              onClick={() => move(index, 1)}
            >
              <svg width="14" height="14" viewBox="0 0 14 14" aria-hidden="true">
                <path d="M3.5 5.5 7 9l3.5-3.5" />
              </svg>
            </button>
            <button
              type="button"
              className="icon-button"
              aria-label={t('statuses.remove', { status })}
              disabled={statuses.length === 1}
              onClick={() => onChange(statuses.filter((kept) => kept !== status))}
            >
              <svg width="14" height="14" viewBox="0 0 14 14" aria-hidden="true">
                <path d="m4 4 6 6M10 4l-6 6" />
              </svg>
            </button>
          </li>
        ))}
      </ol>
      <form className="statuses-add" onSubmit={add}>
        <label htmlFor="new-status" className="visually-hidden">
          {t('statuses.new')}
        </label>
        <input
          id="new-status"
          className="input"
          placeholder={t('statuses.new')}
          maxLength={60}
          value={adding}
          onChange={(event) => setAdding(event.target.value)}
        />
        <button type="submit" className="button button-secondary" disabled={!adding.trim() || exists}>
          {t('statuses.add')}
        </button>
      </form>
    </fieldset>
  );
}
