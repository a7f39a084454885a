import { useTranslation } from 'react-i18next';
import { useState, type FormEvent } from 'react';
import type { CustomField, Member } from '../../../shared/roll';
import { ErrorAlert } from '../ui/alerts';
import { errorMessage } from '../ui/errors';
import { Dialog } from '../ui/dialog';
import { AssessmentPicker } from './assessment-picker';
import { customFieldSpec, FieldControl, textFieldSpec, toMemberInput, type FieldKey, type FieldSpec } from './member-field-control';
import { fieldGroups, type ChapterKind } from './member-fields';

const FIRST_FIELDS = ['first_name', 'last_name', 'phone', 'email'] as const;

/** The fields behind "More fields": everything but the four above, the chapter's places first. */
function moreFieldSpecs(kind: ChapterKind, statuses: string[], customFields: CustomField[]): FieldSpec[] {
  const grouped = fieldGroups(kind).flatMap((group) => group.fields);
  const membership = ['status', 'join_date', 'dues_paid_through'] as const;
  const rest = [...grouped, ...membership, 'notes' as const].filter((key) => !(FIRST_FIELDS as readonly string[]).includes(key));
  return [...rest.map((key) => textFieldSpec(key, statuses)), ...customFields.map(customFieldSpec)];
}

/**
 * "Add member": a name is enough. Enter saves; the service's sentence says what it refused.
 * In the app's modal: focus stays inside, Esc closes it and focus goes back to the button.
 */
export function AddMemberDialog({
  kind,
  statuses,
  customFields,
  onAdded,
  onClose,
}: {
  kind: ChapterKind;
  statuses: string[];
  customFields: CustomField[];
  onAdded: (member: Member) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation(['roll', 'common']);
  const [values, setValues] = useState<Partial<Record<FieldKey, string>>>({});
  const [assessment, setAssessment] = useState<number | null>(null);
  const [more, setMore] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  async function save(event: FormEvent) {
    event.preventDefault();
    if (saving) return;
    setSaving(true);
    setError(null);
    try {
      const fields = toMemberInput(Object.fromEntries(Object.entries(values).filter(([, value]) => value?.trim())));
      if (assessment !== null) fields.assessment = assessment;
      onAdded(await window.chapter.roll.add({ fields }));
    } catch (failure) {
      setError(errorMessage(failure));
      setSaving(false);
    }
  }

  const set = (key: FieldKey) => (value: string) => setValues((current) => ({ ...current, [key]: value }));
  const control = (spec: FieldSpec, autoFocus = false) => (
    <FieldControl key={spec.key} idPrefix="add-member" spec={{ ...spec, hint: undefined }} value={values[spec.key] ?? ''} onChange={set(spec.key)} autoFocus={autoFocus} />
  );

  return (
    <Dialog className="add-member-dialog" labelledBy="add-member-title" onCancel={onClose}>
      <form className="dialog-form" onSubmit={save} noValidate aria-busy={saving}>
        <div className="dialog-body">
          <h2 id="add-member-title" className="dialog-title">
            {t('addMember')}
          </h2>
          <p className="dialog-lead">{t('add.lead')}</p>
          <div className="dialog-grid">
            {FIRST_FIELDS.map((key, index) => control(textFieldSpec(key, statuses), index === 0))}
          </div>
          <button type="button" className="link more-fields" aria-expanded={more} aria-controls="add-member-more" onClick={() => setMore((was) => !was)}>
            {more ? t('add.fewer') : t('add.more')}
          </button>
          {more ? (
            <div id="add-member-more" className="dialog-grid">
              {moreFieldSpecs(kind, statuses, customFields).map((spec) => control(spec))}
              <div className="field-wide">
                <AssessmentPicker name="add-member-assessment" legend={t('fields.assessment')} value={assessment} onChange={setAssessment} />
              </div>
            </div>
          ) : null}
          <ErrorAlert message={error} />
        </div>
        <div className="dialog-footer">
          <button type="button" className="button button-secondary" onClick={onClose}>
            {t('common:actions.cancel')}
          </button>
          <button type="submit" className="button button-primary" disabled={saving}>
            {saving ? t('add.busy') : t('addMember')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
