import { useTranslation } from 'react-i18next';
import type { DuplicatePair, Member } from '../../../../shared/roll';
import { i18n } from '../../i18n';
import { Badge } from '../../ui/badge';
import { formatDate } from '../../ui/dates';
import { fieldLabel, memberName } from '../import/field-labels';
import type { ChapterKind } from '../import/use-chapter-kind';

const join = (...parts: string[]): string => parts.filter(Boolean).join(', ');

/** The details that tell two records apart at a glance; the chapter's own kind of place first. */
function keyFields(kind: ChapterKind): { label: string; value: (member: Member) => string }[] {
  const home = { label: `${fieldLabel('building', kind)}, ${fieldLabel('unit', kind).toLowerCase()}`, value: (m: Member) => join(m.building, m.unit) };
  const work = { label: fieldLabel('workplace', kind), value: (m: Member) => join(m.workplace, m.department) };
  return [
    { label: fieldLabel('email', kind), value: (member) => member.email },
    { label: fieldLabel('phone', kind), value: (member) => member.phone },
    ...(kind === 'tenant' ? [home, work] : [work, home]),
    { label: fieldLabel('street', kind), value: (member) => join(member.street, member.city) },
    { label: fieldLabel('status', kind), value: (member) => member.status },
    { label: i18n.t('roll:dups.added'), value: (member) => formatDate(member.created_at) ?? '' },
  ];
}

/** One likely duplicate: why we think so, the two records side by side, and the way to merge them. */
export function DuplicatePairCard({
  pair,
  kind,
  onMerge,
  onNotSame,
}: {
  pair: DuplicatePair;
  kind: ChapterKind;
  onMerge: () => void;
  onNotSame: () => void;
}) {
  const { t } = useTranslation('roll');
  const [nameA, nameB] = [memberName(pair.a), memberName(pair.b)];
  return (
    <li className="dup-card card" aria-label={t('dups.pair', { a: nameA, b: nameB })}>
      <div className="dup-card-head">
        <ul className="dup-reasons" aria-label={t('dups.why')}>
          {pair.reasons.map((reason) => (
            <li key={reason}>
              <Badge tone="accent" small>
                {t(`dups.reasons.${reason}`)}
              </Badge>
            </li>
          ))}
        </ul>
        <span className="dup-actions">
          <button type="button" className="button button-secondary" onClick={onNotSame} aria-label={t('dups.notSamePair', { a: nameA, b: nameB })}>
            {t('dups.notSame')}
          </button>
          <button type="button" className="button button-secondary" onClick={onMerge} aria-label={t('dups.mergePair', { a: nameA, b: nameB })}>
            {t('dups.merge')}
          </button>
        </span>
      </div>
      <table className="tool-table dup-compare">
        <thead>
          <tr>
            <td />
            <th scope="col">{nameA}</th>
            <th scope="col">{nameB}</th>
          </tr>
        </thead>
        <tbody>
          {keyFields(kind).map((field) => {
            const [a, b] = [field.value(pair.a), field.value(pair.b)];
            if (!a && !b) return null;
            return (
              <tr key={field.label} data-same={a === b}>
                <th scope="row">{field.label}</th>
                <td>{a || <span className="muted">—</span>}</td>
                <td>{b || <span className="muted">—</span>}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </li>
  );
}
