import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

export function listFiles(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      const stat = statSync(path, { throwIfNoEntry: false });
      if (!stat) continue;
      if (stat.isDirectory()) walk(path);
      else if (stat.isFile()) out.push(path);
    }
  };
  walk(root);
  return out.sort();
}

/** A fingerprint of every file under `root`, to prove that a failed operation changed nothing. */
export function snapshot(root: string): Record<string, string> {
  const result: Record<string, string> = {};
  for (const file of listFiles(root)) {
    result[relative(root, file)] = createHash('sha256').update(readFileSync(file)).digest('hex');
  }
  return result;
}

export function flipByte(file: string, offset: number): void {
  const bytes = readFileSync(file);
  const at = offset < 0 ? bytes.length + offset : offset;
  bytes[at] = bytes[at]! ^ 0xff;
  writeFileSync(file, bytes);
}

/** Files under the roots containing any canary, as UTF-8 or UTF-16LE/BE, in any case. */
export function findPlaintext(roots: string[], canaries: string[]): string[] {
  const needles = canaries.flatMap((canary) =>
    [canary, canary.toLowerCase(), canary.toUpperCase()].flatMap((text) => [
      Buffer.from(text, 'utf8'),
      Buffer.from(text, 'utf16le'),
      Buffer.from(text, 'utf16le').swap16(),
    ]),
  );
  const hits: string[] = [];
  for (const root of roots) {
    for (const file of listFiles(root)) {
      const bytes = readFileSync(file);
      const found = needles.find((needle) => bytes.includes(needle));
      if (found) hits.push(`${file} contains "${found.toString('utf8').replace(/\0/g, '')}"`);
    }
  }
  return hits;
}
