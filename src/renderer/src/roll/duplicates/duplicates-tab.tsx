import { useTranslation } from 'react-i18next';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { DuplicatePair, Member } from '../../../../shared/roll';
import { ErrorAlert, StatusNote } from '../../ui/alerts';
import { errorMessage } from '../../ui/errors';
import { memberName } from '../import/field-labels';
import { useChapterKind } from '../import/use-chapter-kind';
import { useCustomFields } from '../import/use-custom-fields';
import { DuplicatePairCard } from './duplicate-pair-card';
import { MergeDialog } from './merge-dialog';
import { defaultKeeper } from './merge-plan';
import '../roll-tools.css';

/** Enough to work through at a sitting without building hundreds of cards at once. */
const PAGE = 50;

/**
 * The record a merge would keep by default goes on the left, everywhere: main orders a pair by
 * id, which means nothing to a person, and a stable side makes the cards quicker to read.
 */
function keeperFirst(pair: DuplicatePair): DuplicatePair {
  return defaultKeeper(pair.a, pair.b) === 'a' ? pair : { a: pair.b, b: pair.a, reasons: pair.reasons };
}

/** The Roll page's "Duplicates" tab: likely pairs, each with a field-by-field merge. */
export function DuplicatesTab() {
  const kind = useChapterKind();
  const customFields = useCustomFields();
  const { t } = useTranslation('roll');
  const [pairs, setPairs] = useState<DuplicatePair[] | null>(null);
  const [shown, setShown] = useState(PAGE);
  const [merging, setMerging] = useState<DuplicatePair | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [includeNameOnly, setIncludeNameOnly] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);

  const load = useCallback(async () => {
    try {
      setPairs((await window.chapter.roll.duplicates({ includeNameOnly })).map(keeperFirst));
      setError(null);
    } catch (failure) {
      setError(errorMessage(failure));
    }
  }, [includeNameOnly]);

  async function notSamePerson(pair: DuplicatePair) {
    try {
      await window.chapter.roll.notDuplicate({ a: pair.a.id, b: pair.b.id });
      setPairs((current) => current?.filter((other) => other !== pair) ?? null);
      setNotice(t('dups.notSameDone', { a: memberName(pair.a), b: memberName(pair.b) }));
      headingRef.current?.focus();
    } catch (failure) {
      setError(errorMessage(failure));
    }
  }

  useEffect(() => {
    void load();
  }, [load]);

  function merged(member: Member, removed: Member) {
    setMerging(null);
    setNotice(t('dups.merged', { removed: memberName(removed), kept: memberName(member) }));
    // The removed record may have been in other pairs too; ask again rather than guess. The merged
    // pair's card (and the button that had focus) is gone then, so focus goes back to the list's top.
    void load().then(() => headingRef.current?.focus());
  }

  return (
    <section className="dup-tab" aria-labelledby="duplicates-title">
      <h2 id="duplicates-title" className="section-title" ref={headingRef} tabIndex={-1}>
        {t('dups.title')}
      </h2>
      <p className="import-lead">{t('dups.lead')}</p>
      <label className="checkbox dup-name-only">
        <input type="checkbox" checked={includeNameOnly} onChange={(event) => setIncludeNameOnly(event.target.checked)} />
        {t('dups.includeNameOnly')}
      </label>
      <StatusNote message={notice} />
      <ErrorAlert message={error} />
      {pairs === null && !error ? <p className="muted">{t('dups.looking')}</p> : null}
      {pairs?.length === 0 ? (
        <div className="empty-state">
          <p>
            <strong>{t('dups.noneTitle')}</strong> {t('dups.noneText')}
          </p>
        </div>
      ) : null}
      {pairs && pairs.length > 0 ? (
        <>
          <p className="muted">{t('dups.pairs', { count: pairs.length })}</p>
          <ul className="dup-list" aria-label={t('dups.title')}>
            {pairs.slice(0, shown).map((pair) => (
              <DuplicatePairCard
                key={`${pair.a.id} ${pair.b.id}`}
                pair={pair}
                kind={kind}
                onMerge={() => setMerging(pair)}
                onNotSame={() => void notSamePerson(pair)}
              />
            ))}
          </ul>
          {pairs.length > shown ? (
            <button type="button" className="button button-secondary" onClick={() => setShown((count) => count + PAGE)}>
              {t('dups.more', { count: pairs.length - shown })}
            </button>
          ) : null}
        </>
      ) : null}
      {merging ? (
        <MergeDialog pair={merging} kind={kind} customFields={customFields} onCancel={() => setMerging(null)} onMerged={merged} />
      ) : null}
    </section>
  );
}
