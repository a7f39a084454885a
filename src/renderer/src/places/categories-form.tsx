import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Categories } from '../../../shared/places';
import { ErrorAlert, StatusNote } from '../ui/alerts';
import { errorMessage } from '../ui/errors';
import { useChapterLoad } from '../ui/use-chapter-load';

const lines = (text: string) => text.split('\n').map((line) => line.trim()).filter(Boolean);

/** The chapter's own lists of issue and grievance categories, one a line. */
export function CategoriesForm() {
  const { t } = useTranslation('places');
  const [tenant, setTenant] = useState('');
  const [grievance, setGrievance] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [note, setNote] = useState<string | null>(null);
  const show = (categories: Categories) => {
    setTenant(categories.tenant.join('\n'));
    setGrievance(categories.grievance.join('\n'));
  };
  useChapterLoad(() => window.chapter.places.categories({}), show, setError, []);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    try {
      show(await window.chapter.places.saveCategories({ tenant: lines(tenant), grievance: lines(grievance) }));
      setNote(t('categories.saved'));
    } catch (failure) {
      setError(errorMessage(failure));
    }
  }

  return (
    <details className="card places-card">
      <summary>{t('categories.title')}</summary>
      <form className="form" onSubmit={(event) => void submit(event)}>
        <div className="places-grid">
          <div className="field">
            <label htmlFor="categories-tenant">{t('categories.tenant')}</label>
            <textarea id="categories-tenant" className="input" rows={8} value={tenant} onChange={(event) => setTenant(event.target.value)} />
          </div>
          <div className="field">
            <label htmlFor="categories-grievance">{t('categories.grievance')}</label>
            <textarea id="categories-grievance" className="input" rows={8} value={grievance} onChange={(event) => setGrievance(event.target.value)} />
          </div>
        </div>
        <ErrorAlert message={error} />
        <StatusNote message={note} />
        <div className="form-actions">
          <button type="submit" className="button button-secondary">
            {t('actions.save', { ns: 'common' })}
          </button>
        </div>
      </form>
    </details>
  );
}
