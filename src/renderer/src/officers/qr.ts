import jsQR from 'jsqr';
import { readImagePixels } from './files';

export const NO_QR_FOUND =
  'No QR code was found in that picture. Try a sharper picture taken closer to the screen, or paste the card text instead.';

/** The text a QR code in a picture holds (a photo or screenshot of another officer's card). */
export async function decodeQrImage(file: File): Promise<string> {
  const pixels = await readImagePixels(file);
  const code = jsQR(pixels.data, pixels.width, pixels.height, { inversionAttempts: 'attemptBoth' });
  if (!code?.data) throw new Error(NO_QR_FOUND);
  return code.data;
}
