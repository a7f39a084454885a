import { useTranslation } from 'react-i18next';
import type { ColumnMapping, CustomField, ImportPreview, MatchPolicy } from '../../../../shared/roll';
import { StatusNote } from '../../ui/alerts';
import { FileFacts } from './file-facts';
import { MappingTable } from './mapping-table';
import { hasNameColumn, targetGroups } from './mapping-targets';
import { MatchPolicyChoice } from './match-policy-choice';
import { NameSplitPreview } from './name-split-preview';
import type { ChapterKind } from './use-chapter-kind';
import { useFocusOnMount } from './use-focus-on-mount';

/** Step 2: where each column goes, how the file was read, and what to do with people already on the roll. */
export function ColumnsStep({
  preview,
  mapping,
  onMatch,
  kind,
  customFields,
  rereading,
  encodingChosen,
  onAssign,
  onEncoding,
  onMatchChange,
}: {
  preview: ImportPreview;
  mapping: ColumnMapping;
  onMatch: MatchPolicy;
  kind: ChapterKind;
  customFields: CustomField[];
  rereading: boolean;
  encodingChosen: boolean;
  onAssign: (column: number, target: string | null) => void;
  onEncoding: (encoding: string) => void;
  onMatchChange: (policy: MatchPolicy) => void;
}) {
  const { t } = useTranslation('roll');
  const headingRef = useFocusOnMount<HTMLHeadingElement>();
  return (
    <section className="import-step" aria-labelledby="import-columns-title">
      <h2 id="import-columns-title" className="section-title" ref={headingRef} tabIndex={-1}>
        {t('import.matchTitle')}
      </h2>
      <p className="import-lead">{t('import.matchLead')}</p>
      <FileFacts preview={preview} rereading={rereading} chosenByHand={encodingChosen} onEncoding={onEncoding} />
      {preview.mappingSaved ? <StatusNote message={t('import.remembered')} /> : null}
      {hasNameColumn(mapping) ? null : (
        <p role="alert" className="alert tool-warning">
          {t('import.noName')}
        </p>
      )}
      <MappingTable preview={preview} mapping={mapping} groups={targetGroups(kind, customFields)} onAssign={onAssign} />
      <NameSplitPreview preview={preview} mapping={mapping} />
      <MatchPolicyChoice value={onMatch} onChange={onMatchChange} />
    </section>
  );
}
