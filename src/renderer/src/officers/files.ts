/**
 * Files the officer picks, drops or saves on the Officers page: contact cards (text, QR images)
 * and export files (.age, as base64 for the service). Nothing is sent anywhere: downloads are the
 * officer's own Save dialog (Electron), reading is FileReader.
 */
import { i18n } from '../i18n';

/** Larger than any chapter's export (100,000 members is tens of MB), small enough not to exhaust memory. */
const MAX_EXPORT_BYTES = 300 * 1024 * 1024;
const MAX_CARD_FILE_BYTES = 64 * 1024;
const MAX_IMAGE_BYTES = 40 * 1024 * 1024;

function readAsDataUrl(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(new Error(i18n.t('files.unreadable', { name: file.name })));
    reader.readAsDataURL(file);
  });
}

export interface ChosenExport {
  name: string;
  base64: string;
  /** The age header names a passphrase (scrypt) stanza: the file opens only with its passphrase. */
  lockedWithPassphrase: boolean;
}

/** Refusals before reading, in words an officer can act on. */
export function exportFileProblem(file: File): string | null {
  if (file.size === 0) return i18n.t('files.empty', { name: file.name });
  if (file.size > MAX_EXPORT_BYTES) return i18n.t('files.tooLargeExport', { name: file.name });
  return null;
}

/**
 * An export file as base64 (FileReader encodes it off the JavaScript thread). An age file starts
 * with a plain-text header listing one stanza per way to open it; a passphrase is a "scrypt"
 * stanza, so the page can ask for the passphrase before trying.
 */
export async function readExportFile(file: File): Promise<ChosenExport> {
  const url = await readAsDataUrl(file);
  return exportFromBase64(file.name, url.slice(url.indexOf(',') + 1));
}

/** An export file main already read (one opened from the file manager), as if chosen here. */
export function exportFromBase64(name: string, base64: string): ChosenExport {
  // 684 base64 characters are the header's first 513 bytes (and a multiple of 4, so atob accepts them).
  const header = atob(base64.slice(0, 684));
  return { name, base64, lockedWithPassphrase: header.startsWith('age-encryption.org/v1\n') && header.includes('\n-> scrypt ') };
}

export async function readCardFile(file: File): Promise<string> {
  if (file.size > MAX_CARD_FILE_BYTES) throw new Error(i18n.t('files.tooLargeCard', { name: file.name }));
  return file.text();
}

/** The picture as pixels, drawn on a white background (transparent PNGs and SVGs read as black otherwise). */
export async function readImagePixels(file: File, maxSide = 1600, minSide = 400): Promise<ImageData> {
  if (file.size > MAX_IMAGE_BYTES) throw new Error(i18n.t('files.tooLargePicture', { name: file.name }));
  const url = await readAsDataUrl(file);
  const image = new Image();
  await new Promise<void>((resolve, reject) => {
    image.onload = () => resolve();
    image.onerror = () => reject(new Error(i18n.t('files.notPicture', { name: file.name })));
    image.src = url;
  });
  const naturalSide = Math.max(image.naturalWidth, image.naturalHeight) || 800;
  const scale = Math.min(maxSide, Math.max(minSide, naturalSide)) / naturalSide;
  const width = Math.max(1, Math.round((image.naturalWidth || 800) * scale));
  const height = Math.max(1, Math.round((image.naturalHeight || 800) * scale));
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const context = canvas.getContext('2d', { willReadFrequently: true });
  if (!context) throw new Error(i18n.t('files.pictureFailed'));
  context.imageSmoothingEnabled = false;
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, width, height);
  context.drawImage(image, 0, 0, width, height);
  return context.getImageData(0, 0, width, height);
}

/** "Ana Reyes" → "ana-reyes": for file names. */
export function slug(text: string): string {
  return (
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'officer'
  );
}
