/**
 * A file the officer picked or dropped, as base64 for `roll.importPreview`. FileReader's data URL
 * does the encoding in the browser's own code, off the JavaScript thread, so a 20 MB roll neither
 * freezes the window nor builds a giant binary string first.
 */
import { i18n } from '../../i18n';

/** Well above any real roll (100,000 members is ~20 MB), well below what would exhaust memory. */
const MAX_BYTES = 200 * 1024 * 1024;

export interface ChosenFile {
  name: string;
  base64: string;
}

/** Files that are plainly not a CSV, refused before they are read, in words an officer can act on. */
export function fileProblem(file: File): string | null {
  if (/\.(xlsx?|ods|numbers)$/i.test(file.name)) {
    return i18n.t('files.spreadsheet', { name: file.name });
  }
  if (file.size > MAX_BYTES) return i18n.t('files.tooLargeRoll', { name: file.name });
  if (file.size === 0) return i18n.t('files.empty', { name: file.name });
  return null;
}

export function readFileAsBase64(file: File): Promise<ChosenFile> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = String(reader.result);
      // "data:text/csv;base64,AAAA" → "AAAA"
      resolve({ name: file.name, base64: url.slice(url.indexOf(',') + 1) });
    };
    reader.onerror = () => reject(new Error(i18n.t('files.unreadable', { name: file.name })));
    reader.readAsDataURL(file);
  });
}
