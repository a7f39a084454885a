import { useTranslation } from 'react-i18next';
import { ASSESSMENT_LABELS } from './member-fields';

/** Assessment 1–5 as a row of radio buttons, with "none"; each level says what it means. */
export function AssessmentPicker({
  name,
  legend,
  value,
  onChange,
  noneLabel,
  disabled,
}: {
  name: string;
  legend: string;
  value: number | null;
  onChange: (value: number | null) => void;
  noneLabel?: string;
  disabled?: boolean;
}) {
  const { t } = useTranslation(['roll', 'common']);
  return (
    <fieldset className="assessment-picker" disabled={disabled}>
      <legend>{legend}</legend>
      <div className="assessment-options">
        <label className="assessment-option assessment-option-none">
          <input type="radio" name={name} checked={value === null} onChange={() => onChange(null)} />
          <span>{noneLabel ?? t('assessmentNone')}</span>
        </label>
        {[1, 2, 3, 4, 5].map((level) => (
          <label key={level} className="assessment-option" title={ASSESSMENT_LABELS[level]}>
            <input
              type="radio"
              name={name}
              checked={value === level}
              aria-label={`${level} · ${ASSESSMENT_LABELS[level]}`}
              onChange={() => onChange(level)}
            />
            <span aria-hidden="true">{level}</span>
          </label>
        ))}
      </div>
      <p className="field-hint">{t('roll:assessmentHint')}</p>
    </fieldset>
  );
}
