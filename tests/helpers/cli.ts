import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';

const BIN = fileURLToPath(new URL('../../bin/chapterhouse.mjs', import.meta.url));

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the built CLI as a user would: a separate process, no terminal on stdin. */
export function runCli(args: string[], env: Record<string, string | undefined> = {}): CliResult {
  const baseEnv = { ...process.env };
  delete baseEnv.CHAPTERHOUSE_PASSPHRASE;
  const result = spawnSync(process.execPath, [BIN, ...args], {
    env: { ...baseEnv, ...env },
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: 60_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/**
 * A refusal as DESIGN.md promises it: the exit code (1 a user error, 2 a usage error), nothing
 * on stdout, and a first line on stderr that starts "chapterhouse: " and says `pattern`; a user
 * error is that one line only, with no stack trace.
 */
export function expectRefusal(result: CliResult, status: 1 | 2, pattern: RegExp): void {
  expect(result.status).toBe(status);
  expect(result.stdout).toBe('');
  const lines = result.stderr.trimEnd().split('\n');
  expect(lines[0]).toMatch(/^chapterhouse: /);
  expect(lines[0]).toMatch(pattern);
  if (status === 1) expect(lines).toHaveLength(1);
}
