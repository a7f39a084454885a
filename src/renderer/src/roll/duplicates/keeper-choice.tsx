import { useTranslation } from 'react-i18next';
import type { DuplicatePair, Member } from '../../../../shared/roll';
import { formatDate } from '../../ui/dates';
import { memberName } from '../import/field-labels';
import { i18n } from '../../i18n';
import { filledDetails, type Side } from './merge-plan';

function describe(member: Member): string {
  const added = formatDate(member.created_at);
  const when = added ? i18n.t('roll:dups.addedOn', { date: added }) : i18n.t('roll:dups.addedUnknown');
  return `${when} · ${i18n.t('roll:dups.filled', { count: filledDetails(member) })}`;
}

/** Which of the two records stays (the other's history moves to it). */
export function KeeperChoice({ pair, keeper, onChange }: { pair: DuplicatePair; keeper: Side; onChange: (side: Side) => void }) {
  const { t } = useTranslation('roll');
  return (
    <fieldset className="merge-keeper">
      <legend>{t('dups.keep')}</legend>
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
