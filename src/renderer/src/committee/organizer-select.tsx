import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Organizer } from '../../../shared/committee';
import { useChapterLoad } from '../ui/use-chapter-load';

/** The organizing committee's members, loaded once per mount. */
export function useOrganizers(onFailed: (message: string) => void): Organizer[] | null {
  const [organizers, setOrganizers] = useState<Organizer[] | null>(null);
  useChapterLoad(() => window.chapter.committee.organizers({}), setOrganizers, onFailed, []);
  return organizers;
}

/** A choice of organizer; '' is everyone (or, with `noneLabel`, nobody). */
export function OrganizerSelect({
  organizers,
  value,
  onChange,
  allLabel,
  id,
}: {
  organizers: Organizer[];
  value: string;
  onChange: (id: string) => void;
  allLabel?: string;
  id: string;
}) {
  const { t } = useTranslation('committee');
  return (
    <span className="field committee-field">
      <label htmlFor={id}>{t('organizer.label')}</label>
      <select id={id} className="select" value={value} onChange={(event) => onChange(event.target.value)}>
        {allLabel !== undefined ? <option value="">{allLabel}</option> : null}
        {organizers.map((organizer) => (
          <option key={organizer.id} value={organizer.id}>
            {t('organizer.count', { name: organizer.name, count: organizer.members })}
          </option>
        ))}
      </select>
    </span>
  );
}
