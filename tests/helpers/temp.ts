import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach } from 'vitest';
import type { Settings } from '../../src/shared/contract';
import type { OpenVault } from '../../src/main/vault/vault';
import { makeRollContext } from './roll';

/** A fresh directory per test, removed afterwards: `const dir = tempDir(); … dir.cleanup()`. */
export function makeTempDir(prefix = 'chapterhouse-test-'): { path: string; cleanup: () => void } {
  const path = mkdtempSync(join(tmpdir(), prefix));
  return { path, cleanup: () => rmSync(path, { recursive: true, force: true }) };
}

/**
 * A fresh directory for each test of the file and the vaults the test opens in it, closed and
 * removed after the test even when it failed half-way. Call once at the top of a test file.
 */
export function useTempVaults() {
  let temp: ReturnType<typeof makeTempDir> | undefined;
  const opened: OpenVault[] = [];
  beforeEach(() => {
    temp = makeTempDir();
  });
  afterEach(() => {
    opened.splice(0).forEach((vault) => vault.close());
    temp?.cleanup();
    temp = undefined;
  });
  const scope = {
    /** This test's directory. */
    get path(): string {
      if (!temp) throw new Error('the temporary directory exists only while a test runs');
      return temp.path;
    },
    /** Vaults to close after this test. */
    opened,
    /** A roll context on a new vault under this test's directory (in `name`, if given), closed after the test. */
    async rollContext(name?: string, settings: Partial<Settings> = {}, now?: Date) {
      const made = await makeRollContext(name ? join(scope.path, name) : scope.path, settings, now);
      opened.push(made.vault);
      return made;
    },
  };
  return scope;
}
