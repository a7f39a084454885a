import { useCallback, useRef, useState } from 'react';
import type { MemberDetail, MemberInput } from '../../../shared/roll';
import { useChapterData } from '../ui/chapter-data';
import { errorMessage } from '../ui/errors';
import { memberValue, toMemberInput, type FieldKey } from './member-field-control';

type ErrorKey = FieldKey | 'assessment';

export interface MemberEditor {
  detail: MemberDetail | null;
  loadError: string | null;
  /** What the officer has typed and not yet saved, by field. */
  drafts: Partial<Record<FieldKey, string>>;
  errors: Partial<Record<ErrorKey, string>>;
  /** The assessment just picked, shown while it is being saved. */
  assessment: number | null | undefined;
  saving: boolean;
  savedAt: number | null;
  setDraft(key: FieldKey, value: string): void;
  /** Saves one field if it differs from what is stored; false when the service refused it. */
  commit(key: FieldKey, value: string): Promise<boolean>;
  setAssessment(value: number | null): Promise<boolean>;
  /** Saves every pending draft (before the panel closes); false if any was refused. */
  flush(): Promise<boolean>;
}

/**
 * One member, loaded and edited field by field. Each field is saved when the officer leaves
 * it; a refused value stays in its field with the service's sentence under it, so typing is
 * never lost. The member is read through the data cache: a save puts the stored member in at
 * once, and main's roll:changed brings the rest (the history) without a read of our own.
 */
export function useMemberEditor(id: string): MemberEditor {
  const read = useChapterData('roll:get', { id });
  const detail: MemberDetail | null = read.data ?? null;
  const loadError = read.error;
  const { update } = read;
  const [drafts, setDrafts] = useState<Partial<Record<FieldKey, string>>>({});
  const [errors, setErrors] = useState<Partial<Record<ErrorKey, string>>>({});
  const [pending, setPending] = useState(0);
  const [assessment, setPickedAssessment] = useState<number | null | undefined>(undefined);
  const [savedAt, setSavedAt] = useState<number | null>(null);
  // The latest values, for saves that finish after another render.
  const latest = useRef({ detail, drafts });
  latest.current = { detail, drafts };

  const save = useCallback(
    async (errorKey: ErrorKey, fields: MemberInput): Promise<boolean> => {
      setPending((count) => count + 1);
      try {
        const member = await window.chapter.roll.update({ id, fields });
        update((current) => ({ ...current, member }));
        setErrors((current) => without(current, errorKey));
        setSavedAt(Date.now());
        return true;
      } catch (failure) {
        setErrors((current) => ({ ...current, [errorKey]: errorMessage(failure) }));
        return false;
      } finally {
        setPending((count) => count - 1);
      }
    },
    [id, update],
  );

  const commit = useCallback(
    async (key: FieldKey, value: string): Promise<boolean> => {
      const member = latest.current.detail?.member;
      if (!member) return false;
      const dropDraft = () => setDrafts((current) => (current[key] === value ? without(current, key) : current));
      if (value === memberValue(member, key)) {
        dropDraft();
        setErrors((current) => without(current, key));
        return true;
      }
      const saved = await save(key, toMemberInput({ [key]: value }));
      // Shown as stored now (e.g. a phone number formatted), unless the officer typed on meanwhile.
      if (saved) dropDraft();
      return saved;
    },
    [save],
  );

  const setAssessment = useCallback(
    async (value: number | null) => {
      setPickedAssessment(value);
      const saved = await save('assessment', { assessment: value });
      setPickedAssessment(undefined);
      return saved;
    },
    [save],
  );

  const flush = useCallback(async (): Promise<boolean> => {
    const entries = Object.entries(latest.current.drafts) as [FieldKey, string][];
    let allSaved = true;
    for (const [key, value] of entries) allSaved = (await commit(key, value)) && allSaved;
    return allSaved;
  }, [commit]);

  const setDraft = useCallback((key: FieldKey, value: string) => setDrafts((current) => ({ ...current, [key]: value })), []);

  return { detail, loadError, drafts, errors, assessment, saving: pending > 0, savedAt, setDraft, commit, setAssessment, flush };
}

function without<T extends object, K extends keyof T>(record: T, key: K): T {
  if (!(key in record)) return record;
  const copy = { ...record };
  delete copy[key];
  return copy;
}
