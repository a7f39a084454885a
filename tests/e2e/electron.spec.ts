/**
 * The one spec that needs the real Electron runtime: the shipped main process, preload and
 * security settings. Where the runtime is not installed (its download is blocked on the build
 * machines), it is skipped with that reason; everything else is covered by the Chromium specs.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { _electron as electron, expect, test } from '@playwright/test';
import { REPO_ROOT } from './support/page-bridge';

/** What `require('electron')` returns in Node: the runtime's path, if its download finished. */
function electronExecutable(): string | null {
  const packageDir = join(REPO_ROOT, 'node_modules/electron');
  const pathFile = join(packageDir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const executable = join(packageDir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(executable) ? executable : null;
}

const executablePath = electronExecutable();

test('the Electron window exposes window.chapter and nothing of Node', async () => {
  test.skip(executablePath === null, 'Electron runtime not installed on this machine');
  const userData = mkdtempSync(join(tmpdir(), 'chapterhouse-electron-'));
  const app = await electron.launch({
    executablePath: executablePath!,
    args: [
      join(REPO_ROOT, 'out/main/index.js'),
      // A fresh profile, so the test neither sees nor touches a real vault on this machine.
      `--user-data-dir=${userData}`,
      // Chromium's sandbox cannot start as root (CI containers).
      ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
    ],
    // On Linux, app.getPath('userData') follows XDG_CONFIG_HOME.
    env: { ...process.env, XDG_CONFIG_HOME: userData },
  });
  try {
    const window = await app.firstWindow();
    // A fresh profile has no vault, so the app starts on the welcome screen.
    await expect(window.getByRole('heading', { name: 'Welcome to Chapterhouse' })).toBeVisible();
    const globals = await window.evaluate(() => ({
      chapter: typeof (globalThis as { chapter?: unknown }).chapter,
      process: typeof (globalThis as { process?: unknown }).process,
      require: typeof (globalThis as { require?: unknown }).require,
      unlock: typeof (globalThis as { chapter?: { vault?: { unlock?: unknown } } }).chapter?.vault?.unlock,
    }));
    expect(globals).toEqual({ chapter: 'object', process: 'undefined', require: 'undefined', unlock: 'function' });
  } finally {
    await app.close();
    rmSync(userData, { recursive: true, force: true });
  }
});
