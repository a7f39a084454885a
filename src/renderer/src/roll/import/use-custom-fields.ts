import { useState } from 'react';
import type { CustomField } from '../../../../shared/roll';
import { useChapterLoad } from '../../ui/use-chapter-load';

/** The chapter's own fields (labels and keys). Empty until loaded, or if they cannot be read. */
export function useCustomFields(): CustomField[] {
  const [fields, setFields] = useState<CustomField[]>([]);
  useChapterLoad(() => window.chapter.roll.customFields({}), setFields, null, []);
  return fields;
}
