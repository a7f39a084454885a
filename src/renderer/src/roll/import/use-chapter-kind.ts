import { useEffect, useState } from 'react';
import type { Settings } from '../../../../shared/contract';

export type ChapterKind = Settings['chapterKind'];

/**
 * Whether this chapter is a workplace or a tenant union, so labels use its words. Starts as
 * 'workplace' and corrects itself once settings arrive; a failed read keeps the default, since
 * a label is never worth an error message.
 */
export function useChapterKind(): ChapterKind {
  const [kind, setKind] = useState<ChapterKind>('workplace');
  useEffect(() => {
    let current = true;
    window.chapter.settings
      .get({})
      .then((settings) => current && setKind(settings.chapterKind))
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, []);
  return kind;
}
