import { useMemo, useState } from 'react';
import type { CustomField, DuplicatePair, Member } from '../../../../shared/roll';
import { ErrorAlert } from '../../ui/alerts';
import { errorMessage } from '../../ui/errors';
import { memberName } from '../import/field-labels';
import { ModalDialog } from '../import/modal-dialog';
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
      const merged = await window.chapter.roll.merge({ keepId: kept.id, otherId: other.id, choices: mergeChoices(fields, picks, keeper) });
      onMerged(merged, other);
    } catch (failure) {
      setError(errorMessage(failure));
      setMerging(false);
    }
  }

  return (
    <ModalDialog labelledBy="merge-title" describedBy="merge-lead" onCancel={onCancel} cancellable={!merging} size="large">
      <div className="tool-dialog-body">
        <h1 id="merge-title" className="sheet-title" ref={headingRef} tabIndex={-1}>
          Merge two records
        </h1>
        <p id="merge-lead" className="import-lead">
          One record stays, with the details you choose below. The other is removed; its conversations and history move to
          the one you keep.
        </p>
        <KeeperChoice pair={pair} keeper={keeper} onChange={setKeeper} />
        {fields.length ? (
          <MergeFieldTable pair={pair} fields={fields} keeper={keeper} picks={picks} onPick={(key, pick) => setPicks((current) => ({ ...current, [key]: pick }))} />
        ) : (
          <p className="tool-muted">The two records hold the same details.</p>
        )}
        <ErrorAlert message={error} />
      </div>
      <footer className="tool-dialog-footer">
        <button type="button" className="button button-secondary" onClick={onCancel} disabled={merging}>
          Cancel
        </button>
        <button type="button" className="button button-primary" onClick={() => void merge()} disabled={merging}>
          {merging ? 'Merging…' : `Merge into ${memberName(kept)}`}
        </button>
      </footer>
    </ModalDialog>
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
  return (
    <div className="merge-fields">
      <p className="merge-fields-caption">Where they differ — choose what to keep</p>
      <div className="merge-row merge-row-head" aria-hidden="true">
        <span />
        <span>
          {memberName(pair.a)} {keeper === 'a' ? <span className="merge-kept-badge">kept</span> : null}
        </span>
        <span>
          {memberName(pair.b)} {keeper === 'b' ? <span className="merge-kept-badge">kept</span> : null}
        </span>
        <span>Both</span>
      </div>
      {fields.map((field) => {
        const pick = picks[field.key] ?? defaultPick(field, keeper);
        const labelId = `merge-label-${field.key}`;
        const radio = (value: ValueChoice, text: string, shownEmpty: boolean) => (
          <label className="merge-option" data-chosen={pick === value}>
            <input type="radio" name={`merge-${field.key}`} value={value} checked={pick === value} onChange={() => onPick(field.key, value)} />
            <span className={shownEmpty ? 'merge-value tool-muted' : 'merge-value'}>{text}</span>
          </label>
        );
        return (
          <div key={field.key} className="merge-row" role="radiogroup" aria-labelledby={labelId}>
            <span id={labelId} className="merge-field-label">
              {field.label}
            </span>
            {radio('a', field.a || '(empty)', !field.a)}
            {radio('b', field.b || '(empty)', !field.b)}
            {field.canCombine ? radio('both', 'Both', false) : <span />}
          </div>
        );
      })}
    </div>
  );
}
