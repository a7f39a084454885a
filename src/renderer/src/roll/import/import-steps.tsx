export type StepNumber = 1 | 2 | 3 | 4;

const STEPS: { number: StepNumber; label: string }[] = [
  { number: 1, label: 'Choose file' },
  { number: 2, label: 'Match columns' },
  { number: 3, label: 'Check' },
  { number: 4, label: 'Import' },
];

/** Where the officer is in the import, and what is left. */
export function ImportSteps({ current }: { current: StepNumber }) {
  return (
    <ol className="import-steps" aria-label="Import steps">
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
          {step.label}
        </li>
      ))}
    </ol>
  );
}
