/**
 * Hands a file the page built (a CSV, a PDF) to the browser's download, i.e. the officer's Save
 * dialog in Electron. The blob: URL is revoked shortly after: it keeps the roll in memory for as
 * long as it exists, and the download has taken its copy once it has started.
 */
const REVOKE_AFTER_MS = 1000;

export function saveFile(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}

/** base64 (as main sends a PDF) → bytes, without building data: URLs the page's CSP would refuse. */
export function bytesFromBase64(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index++) bytes[index] = binary.charCodeAt(index);
  return bytes;
}
