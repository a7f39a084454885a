import { useEffect, useState } from 'react';
import type { CustomField } from '../../../../shared/roll';

/** The chapter's own fields (labels and keys). Empty until loaded, or if they cannot be read. */
export function useCustomFields(): CustomField[] {
  const [fields, setFields] = useState<CustomField[]>([]);
  useEffect(() => {
    let current = true;
    window.chapter.roll
      .customFields({})
      .then((list) => current && setFields(list))
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, []);
  return fields;
}
