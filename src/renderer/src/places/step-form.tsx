import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { GRIEVANCE_STEPS, type GrievanceStep, type Issue } from '../../../shared/places';
import { errorMessage } from '../ui/errors';

/** Moves a grievance to another step, with that step's deadline (refused before the reported date). */
export function StepForm({ issue, onMoved, onError }: { issue: Issue; onMoved: () => void; onError: (message: string) => void }) {
  const { t } = useTranslation('places');
  const [step, setStep] = useState<GrievanceStep>((issue.step as GrievanceStep) || 'informal');
  const [deadline, setDeadline] = useState(issue.deadline);

  async function submit(event: FormEvent) {
    event.preventDefault();
    try {
      await window.chapter.places.setStep({ id: issue.id, step, ...(deadline ? { deadline } : {}) });
      onMoved();
    } catch (failure) {
      onError(errorMessage(failure));
    }
  }

  return (
    <form className="places-step" onSubmit={(event) => void submit(event)}>
      <select className="select" aria-label={t('issues.stepOf', { category: issue.category })} value={step} onChange={(event) => setStep(event.target.value as GrievanceStep)}>
        {GRIEVANCE_STEPS.map((name) => (
          <option key={name} value={name}>
            {t(`steps.${name}`)}
          </option>
        ))}
      </select>
      <input className="input" type="date" aria-label={t('issues.deadlineOf', { category: issue.category })} value={deadline} onChange={(event) => setDeadline(event.target.value)} />
      <button type="submit" className="button button-secondary">
        {t('issues.setStep')}
      </button>
    </form>
  );
}
