import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** A roll with nobody in it yet: say how to start. */
export function RollEmpty({ onAdd, importButton }: { onAdd: () => void; importButton: ReactNode }) {
  const { t } = useTranslation('roll');
  return (
    <div className="roll-empty">
      <h2 className="roll-empty-title">{t('empty.title')}</h2>
      <p>{t('empty.text')}</p>
      <div className="form-actions">
        <button type="button" className="button button-primary" onClick={onAdd}>
          {t('addMember')}
        </button>
        {importButton}
      </div>
    </div>
  );
}

/** A search or filter that matches nobody: say so, and offer the way back. */
export function RollNoMatches({ search, filtered, onClear }: { search: string; filtered: boolean; onClear: () => void }) {
  const { t } = useTranslation('roll');
  const what = search
    ? filtered
      ? t('noMatches.searchFiltered', { search })
      : t('noMatches.search', { search })
    : t('noMatches.filters');
  return (
    <div className="roll-empty">
      <h2 className="roll-empty-title">{t('noMatches.title')}</h2>
      <p>
        {what} {t('noMatches.tip')}
      </p>
      <div className="form-actions">
        <button type="button" className="button button-secondary" onClick={onClear}>
          {t('noMatches.clear')}
        </button>
      </div>
    </div>
  );
}
