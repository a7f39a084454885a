import type { DuplicatePair, Member } from '../../../../shared/roll';
import { formatDate } from '../../ui/dates';
import { memberName } from '../import/field-labels';
import { countOf } from '../import/words';
import { filledDetails, type Side } from './merge-plan';

function describe(member: Member): string {
  const added = formatDate(member.created_at);
  return `${added ? `added ${added}` : 'date added unknown'} · ${countOf(filledDetails(member), 'detail', 'details')} filled in`;
}

/** Which of the two records stays (the other's history moves to it). */
export function KeeperChoice({ pair, keeper, onChange }: { pair: DuplicatePair; keeper: Side; onChange: (side: Side) => void }) {
  return (
    <fieldset className="merge-keeper">
      <legend>Record to keep</legend>
      {(['a', 'b'] as const).map((side) => {
        const member = side === 'a' ? pair.a : pair.b;
        return (
          <label key={side} className="merge-keeper-option" data-chosen={keeper === side}>
            <input type="radio" name="merge-keeper" value={side} checked={keeper === side} onChange={() => onChange(side)} />
            <span>
              <span className="merge-keeper-name">{memberName(member)}</span>
              <span className="field-hint">{describe(member)}</span>
            </span>
          </label>
        );
      })}
    </fieldset>
  );
}
