import type { ChapterApi } from '../../shared/contract';

declare global {
  interface Window {
    chapter: ChapterApi;
  }
}
