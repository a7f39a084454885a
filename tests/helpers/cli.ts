import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

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
