import type { MatchPolicy } from '../../../../shared/roll';

const POLICIES: { value: MatchPolicy; label: string; hint: string }[] = [
  { value: 'update', label: 'Update them', hint: 'Fill in and correct their details from the file. Empty cells change nothing.' },
  { value: 'skip', label: 'Skip them', hint: 'Leave those members as they are; only new people are added.' },
  { value: 'create', label: 'Add them as new members', hint: 'You can merge them later under Duplicates.' },
];

/** What to do with a row for someone already on the roll (same e-mail or phone). */
export function MatchPolicyChoice({ value, onChange }: { value: MatchPolicy; onChange: (policy: MatchPolicy) => void }) {
  return (
    <fieldset className="import-policy">
      <legend>Rows for people already on the roll (same e-mail or phone)</legend>
      {POLICIES.map((policy) => (
        <label key={policy.value} className="import-policy-option">
          <input
            type="radio"
            name="import-on-match"
            value={policy.value}
            checked={value === policy.value}
            onChange={() => onChange(policy.value)}
          />
          <span>
            <span className="import-policy-label">{policy.label}</span>
            <span className="field-hint">{policy.hint}</span>
          </span>
        </label>
      ))}
    </fieldset>
  );
}
