/**
 * What the app remembers outside any vault: only the officer's language, because the lock
 * screen speaks it before a vault is open. Nothing here may ever describe a chapter: the
 * file sits in clear next to the vaults.
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Language } from '../shared/contract';
import { writeFileAtomic } from './vault/atomic-file';

export const PREFERENCES_FILE = 'preferences.json';

/** The chosen language, or null when none was chosen yet or the file cannot be read. */
export function readLanguage(vaultsDir: string): Language | null {
  const path = join(vaultsDir, PREFERENCES_FILE);
  if (!existsSync(path)) return null;
  try {
    const parsed = Language.safeParse((JSON.parse(readFileSync(path, 'utf8')) as { language?: unknown }).language);
    return parsed.success ? parsed.data : null;
  } catch {
    // A damaged preferences file costs the officer one click, never the app.
    return null;
  }
}

export function writeLanguage(vaultsDir: string, language: Language): void {
  mkdirSync(vaultsDir, { recursive: true, mode: 0o700 });
  writeFileAtomic(join(vaultsDir, PREFERENCES_FILE), `${JSON.stringify({ language })}\n`);
}
