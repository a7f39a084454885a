/**
 * Power cut / crash: a process writing in a loop is killed with SIGKILL at random moments,
 * 200 times. After each kill the vault opens, SQLite's integrity check passes, and every change
 * the process reported as committed is there.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { buildSync } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { all } from '../../src/main/db/sql';
import { sql } from '../../src/main/db/sql';
import { openWithPassphrase } from '../../src/main/vault/vault';
import { makeTempDir } from '../helpers/temp';
import { PASSPHRASE, fastVaultOptions, makeVault } from '../helpers/vaults';

const KILLS = 200;
// Bundled once so that each of the 200 runs starts in a fraction of a second.
const LOOP = join(process.cwd(), 'node_modules', '.cache', 'chapterhouse-write-loop.mjs');
let temp: ReturnType<typeof makeTempDir>;
let vaultDir: string;

beforeAll(async () => {
  buildSync({ entryPoints: ['tests/helpers/write-loop.ts'], bundle: true, platform: 'node', format: 'esm', packages: 'external', outfile: LOOP, logLevel: 'error' });
  temp = makeTempDir();
  const made = await makeVault(temp.path);
  made.vault.close();
  vaultDir = made.dir;
});
afterAll(() => temp.cleanup());

/** Runs the loop until it has reported `commits` changes (or ~`millis` pass), then SIGKILLs it. */
function runAndKill(tag: string, commits: number, millis: number): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [LOOP, vaultDir, PASSPHRASE, tag], { stdio: ['ignore', 'pipe', 'pipe'] });
    const reported: string[] = [];
    let buffer = '';
    let stderr = '';
    let timer: NodeJS.Timeout | undefined;
    const kill = () => child.kill('SIGKILL');
    child.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      const lines = buffer.split('\n');
      buffer = lines.pop()!;
      for (const line of lines) {
        if (line === 'ready') timer = setTimeout(kill, millis);
        else reported.push(line);
      }
      if (reported.length >= commits) kill();
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      if (signal !== 'SIGKILL') reject(new Error(`the write loop exited by itself (${code}): ${stderr}`));
      else resolve(reported);
    });
  });
}

describe('crash safety', () => {
  it(`survives ${KILLS} SIGKILLs mid-write with every committed change intact`, async () => {
    let seed = 42;
    const random = () => ((seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32);
    const committed: string[] = [];
    for (let round = 0; round < KILLS; round++) {
      committed.push(...(await runAndKill(`T${round}`, 1 + Math.floor(random() * 40), Math.floor(random() * 150))));
      const vault = await openWithPassphrase(vaultDir, PASSPHRASE, fastVaultOptions);
      try {
        expect(all<{ integrity_check: string }>(vault.db, sql`PRAGMA integrity_check`)).toEqual([{ integrity_check: 'ok' }]);
        if (round % 20 === 19 || round === KILLS - 1) {
          const notes = new Map(all<{ id: string; notes: string }>(vault.db, sql`SELECT id, notes FROM members`).map((row) => [row.id, row.notes]));
          const names = new Set(all<{ first_name: string }>(vault.db, sql`SELECT first_name FROM members`).map((row) => row.first_name));
          for (const line of committed) {
            const [kind, id, ...rest] = line.split(' ');
            if (kind === 'edit') expect(notes.get(id!), line).toBe(rest.join(' '));
            else expect(names.has(id!), line).toBe(true);
          }
        }
      } finally {
        vault.close();
      }
    }
    expect(committed.length).toBeGreaterThan(KILLS);
  }, 600_000);
});
