/**
 * A file the officer picked or dropped, as base64 for `roll.importPreview`. FileReader's data URL
 * does the encoding in the browser's own code, off the JavaScript thread, so a 20 MB roll neither
 * freezes the window nor builds a giant binary string first.
 */

/** Well above any real roll (100,000 members is ~20 MB), well below what would exhaust memory. */
const MAX_BYTES = 200 * 1024 * 1024;

export interface ChosenFile {
  name: string;
  base64: string;
}

/** Files that are plainly not a CSV, refused before they are read, in words an officer can act on. */
export function fileProblem(file: File): string | null {
  if (/\.(xlsx?|ods|numbers)$/i.test(file.name)) {
    return `“${file.name}” is a spreadsheet, not a CSV file. In your spreadsheet app, use File › Save as (or Download) and choose “CSV”, then import that file.`;
  }
  if (file.size > MAX_BYTES) return `“${file.name}” is larger than 200 MB, which is more than a roll can be. Is it the right file?`;
  if (file.size === 0) return `“${file.name}” is empty.`;
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
    reader.onerror = () => reject(new Error(`“${file.name}” could not be read.`));
    reader.readAsDataURL(file);
  });
}
