import { useTranslation } from 'react-i18next';
import { useMemo, useState } from 'react';
import type { CustomField, DuplicatePair, Member } from '../../../../shared/roll';
import { ErrorAlert } from '../../ui/alerts';
import { Badge } from '../../ui/badge';
import { errorMessage } from '../../ui/errors';
import { memberName } from '../import/field-labels';
import { Dialog } from '../../ui/dialog';
import type { ChapterKind } from '../import/use-chapter-kind';
import { useFocusOnMount } from '../import/use-focus-on-mount';
import { KeeperChoice } from './keeper-choice';
import { defaultKeeper, defaultPick, differingFields, mergeChoices, type MergeField, type Side, type ValueChoice } from './merge-plan';

/**
 * Field-by-field merge of a likely duplicate: which record stays, and for each detail where the
 * two differ, which value it keeps (or both, for lists and notes). Nothing changes until Merge.
 */
export function MergeDialog({
  pair,
  kind,
  customFields,
  onCancel,
  onMerged,
}: {
  pair: DuplicatePair;
  kind: ChapterKind;
  customFields: CustomField[];
  onCancel: () => void;
  onMerged: (merged: Member, removed: Member) => void;
}) {
  const { t } = useTranslation(['roll', 'common']);
  const [keeper, setKeeper] = useState<Side>(() => defaultKeeper(pair.a, pair.b));
  // Only what the officer changed by hand; everything else follows the keeper (see defaultPick).
  const [picks, setPicks] = useState<Record<string, ValueChoice>>({});
  const [merging, setMerging] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const fields = useMemo(() => differingFields(pair.a, pair.b, kind, customFields), [pair, kind, customFields]);
  const headingRef = useFocusOnMount<HTMLHeadingElement>();

  const kept = keeper === 'a' ? pair.a : pair.b;
  const other = keeper === 'a' ? pair.b : pair.a;

  async function merge() {
    setMerging(true);
    setError(null);
    try {
      const { member: merged } = await window.chapter.roll.merge({ keepId: kept.id, otherId: other.id, choices: mergeChoices(fields, picks, keeper) });
      onMerged(merged, other);
    } catch (failure) {
      setError(errorMessage(failure));
      setMerging(false);
    }
  }

  return (
    <Dialog labelledBy="merge-title" describedBy="merge-lead" onCancel={onCancel} cancellable={!merging} size="large">
      <div className="dialog-body">
        <h1 id="merge-title" className="dialog-title" ref={headingRef} tabIndex={-1}>
          {t('dups.mergeTitle')}
        </h1>
        <p id="merge-lead" className="import-lead">
          {t('dups.mergeLead')}
        </p>
        <KeeperChoice pair={pair} keeper={keeper} onChange={setKeeper} />
        {fields.length ? (
          <MergeFieldTable pair={pair} fields={fields} keeper={keeper} picks={picks} onPick={(key, pick) => setPicks((current) => ({ ...current, [key]: pick }))} />
        ) : (
          <p className="muted">{t('dups.same')}</p>
        )}
        <ErrorAlert message={error} />
      </div>
      <footer className="dialog-footer">
        <button type="button" className="button button-secondary" onClick={onCancel} disabled={merging}>
          {t('common:actions.cancel')}
        </button>
        <button type="button" className="button button-primary" onClick={() => void merge()} disabled={merging}>
          {merging ? t('dups.merging') : t('dups.mergeInto', { name: memberName(kept) })}
        </button>
      </footer>
    </Dialog>
  );
}

/** One row per differing detail: a radio for each record's value, and "Both" where it makes sense. */
function MergeFieldTable({
  pair,
  fields,
  keeper,
  picks,
  onPick,
}: {
  pair: DuplicatePair;
  fields: MergeField[];
  keeper: Side;
  picks: Record<string, ValueChoice>;
  onPick: (key: string, pick: ValueChoice) => void;
}) {
  const { t } = useTranslation('roll');
  return (
    <div className="merge-fields">
      <p className="merge-fields-caption">{t('dups.differ')}</p>
      <div className="merge-row merge-row-head" aria-hidden="true">
        <span />
        <span>
          {memberName(pair.a)} {keeper === 'a' ? <Badge tone="solid" small>{t('dups.kept')}</Badge> : null}
        </span>
        <span>
          {memberName(pair.b)} {keeper === 'b' ? <Badge tone="solid" small>{t('dups.kept')}</Badge> : null}
        </span>
        <span>{t('dups.both')}</span>
      </div>
      {fields.map((field) => {
        const pick = picks[field.key] ?? defaultPick(field, keeper);
        const labelId = `merge-label-${field.key}`;
        const radio = (value: ValueChoice, text: string, shownEmpty: boolean) => (
          <label className="merge-option" data-chosen={pick === value}>
            <input type="radio" name={`merge-${field.key}`} value={value} checked={pick === value} onChange={() => onPick(field.key, value)} />
            <span className={shownEmpty ? 'merge-value muted' : 'merge-value'}>{text}</span>
          </label>
        );
        return (
          <div key={field.key} className="merge-row" role="radiogroup" aria-labelledby={labelId}>
            <span id={labelId} className="merge-field-label">
              {field.label}
            </span>
            {radio('a', field.a || t('dups.empty'), !field.a)}
            {radio('b', field.b || t('dups.empty'), !field.b)}
            {field.canCombine ? radio('both', t('dups.both'), false) : <span />}
          </div>
        );
      })}
    </div>
  );
}
