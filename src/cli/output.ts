import { closeSync, fchmodSync, openSync, writeFileSync } from 'node:fs';
import { UserError } from '../main/errors';

/** Prints a result: JSON for scripts with --json, a few plain lines for people otherwise. */
export function printResult(json: boolean, value: unknown, human: string): void {
  process.stdout.write(json ? `${JSON.stringify(value, null, 2)}\n` : `${human}\n`);
}

export function warn(message: string): void {
  process.stderr.write(`${message}\n`);
}

/** "1 member", "3 members". */
export function count(n: number, singular: string, plural = `${singular}s`): string {
  return `${n} ${n === 1 ? singular : plural}`;
}

/**
 * Writes `content` readable by this user only (0600), also when the file already existed with a
 * wider mode, which `writeFileSync`'s `mode` leaves as it was. A failure is one plain line.
 */
export function writePrivateFile(path: string, content: string | Uint8Array): void {
  let fd: number | undefined;
  try {
    fd = openSync(path, 'w', 0o600);
    fchmodSync(fd, 0o600);
    writeFileSync(fd, content);
  } catch (error) {
    throw new UserError('INVALID_INPUT', `Cannot write ${path} (${(error as NodeJS.ErrnoException).code ?? 'error'}).`);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
