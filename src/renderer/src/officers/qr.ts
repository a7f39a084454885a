import jsQR from 'jsqr';
import { readImagePixels } from './files';
import { i18n } from '../i18n';


/** The text a QR code in a picture holds (a photo or screenshot of another officer's card). */
export async function decodeQrImage(file: File): Promise<string> {
  const pixels = await readImagePixels(file);
  const code = jsQR(pixels.data, pixels.width, pixels.height, { inversionAttempts: 'attemptBoth' });
  if (!code?.data) throw new Error(i18n.t('files.noQr'));
  return code.data;
}
