import { useState } from 'react';
import type { Settings } from '../../../../shared/contract';
import { useChapterLoad } from '../../ui/use-chapter-load';

export type ChapterKind = Settings['chapterKind'];

/**
 * Whether this chapter is a workplace or a tenant union, so labels use its words. Starts as
 * 'workplace' and corrects itself once settings arrive; a failed read keeps the default, since
 * a label is never worth an error message.
 */
export function useChapterKind(): ChapterKind {
  const [kind, setKind] = useState<ChapterKind>('workplace');
  useChapterLoad(() => window.chapter.settings.get({}), (settings) => setKind(settings.chapterKind), null, []);
  return kind;
}
