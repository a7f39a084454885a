import { useTranslation } from 'react-i18next';
import type { ReactNode } from 'react';
import type { CustomField, Member } from '../../../shared/roll';
import { AssessmentPicker } from './assessment-picker';
import { CopyContacts } from './copy-contacts';
import { customFieldSpec, FieldControl, memberValue, textFieldSpec, type FieldSpec } from './member-field-control';
import { fieldGroups, type ChapterKind } from './member-fields';
import type { MemberEditor } from './use-member-editor';

/**
 * Every field of one member, grouped. Nothing to press: each field is saved when the officer
 * leaves it (or presses Enter, or picks a choice), and a small note says when it was.
 */
export function MemberDetailsForm({
  editor,
  member,
  kind,
  statuses,
  customFields,
}: {
  editor: MemberEditor;
  member: Member;
  kind: ChapterKind;
  statuses: string[];
  customFields: CustomField[];
}) {
  const { t } = useTranslation(['roll', 'common']);
  const control = (spec: FieldSpec) => (
    <FieldControl
      key={spec.key}
      idPrefix="member"
      spec={spec}
      value={editor.drafts[spec.key] ?? memberValue(member, spec.key)}
      error={editor.errors[spec.key] ?? null}
      onChange={(value) => editor.setDraft(spec.key, value)}
      onCommit={(value) => void editor.commit(spec.key, value)}
    />
  );

  return (
    <div className="member-details">
      <p className="save-note" role="status" aria-live="polite">
        {editor.saving ? t('common:actions.saving') : editor.savedAt ? t('details.allSaved') : t('details.savedAsYouGo')}
      </p>
      <PanelSection title={t('details.membership')}>
        <div className="panel-grid">
          {control(textFieldSpec('status', statuses))}
          {control(textFieldSpec('join_date', statuses))}
          {control(textFieldSpec('dues_paid_through', statuses))}
        </div>
        <AssessmentPicker
          name="member-assessment"
          legend={t('fields.assessment')}
          value={editor.assessment === undefined ? member.assessment : editor.assessment}
          onChange={(value) => void editor.setAssessment(value)}
        />
        {editor.errors.assessment ? (
          <p role="alert" className="field-error">
            {editor.errors.assessment}
          </p>
        ) : null}
      </PanelSection>
      {fieldGroups(kind).map((group) => (
        <PanelSection key={group.title} title={group.title}>
          <div className="panel-grid">{group.fields.map((key) => control(textFieldSpec(key, statuses)))}</div>
          {group.fields.includes('phone') ? <CopyContacts member={member} /> : null}
        </PanelSection>
      ))}
      {customFields.length > 0 ? (
        <PanelSection title={t('details.chapterFields')}>
          <div className="panel-grid">{customFields.map((field) => control(customFieldSpec(field)))}</div>
        </PanelSection>
      ) : null}
      <PanelSection title={t('fields.notes')}>{control({ ...textFieldSpec('notes', statuses), label: t('fields.notes') })}</PanelSection>
    </div>
  );
}

function PanelSection({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="panel-section">
      <h3 className="panel-section-title">{title}</h3>
      {children}
    </section>
  );
}
