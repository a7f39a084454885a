import { useTranslation } from 'react-i18next';
import type { MatchPolicy } from '../../../../shared/roll';

const POLICIES: MatchPolicy[] = ['update', 'skip', 'create'];

/** What to do with a row for someone already on the roll (same e-mail or phone). */
export function MatchPolicyChoice({ value, onChange }: { value: MatchPolicy; onChange: (policy: MatchPolicy) => void }) {
  const { t } = useTranslation('roll');
  return (
    <fieldset className="import-policy">
      <legend>{t('import.policy.legend')}</legend>
      {POLICIES.map((policy) => (
        <label key={policy} className="import-policy-option">
          <input
            type="radio"
            name="import-on-match"
            value={policy}
            checked={value === policy}
            onChange={() => onChange(policy)}
          />
          <span>
            <span className="import-policy-label">{t(`import.policy.${policy}.label`)}</span>
            <span className="field-hint">{t(`import.policy.${policy}.hint`)}</span>
          </span>
        </label>
      ))}
    </fieldset>
  );
}
