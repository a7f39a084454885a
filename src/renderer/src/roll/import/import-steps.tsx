import { useTranslation } from 'react-i18next';
export type StepNumber = 1 | 2 | 3 | 4;

const STEPS: { number: StepNumber; key: 'choose' | 'match' | 'check' | 'import' }[] = [
  { number: 1, key: 'choose' },
  { number: 2, key: 'match' },
  { number: 3, key: 'check' },
  { number: 4, key: 'import' },
];

/** Where the officer is in the import, and what is left. */
export function ImportSteps({ current }: { current: StepNumber }) {
  const { t } = useTranslation('roll');
  return (
    <ol className="import-steps" aria-label={t('import.steps.label')}>
      {STEPS.map((step) => (
        <li
          key={step.number}
          className="import-steps-item"
          data-state={step.number < current ? 'done' : step.number === current ? 'current' : 'todo'}
          aria-current={step.number === current ? 'step' : undefined}
        >
          <span className="import-steps-number" aria-hidden="true">
            {step.number}
          </span>
          {t(`import.steps.${step.key}`)}
        </li>
      ))}
    </ol>
  );
}
