/**
 * `npm run bench -- [--members N] [--json]`: prints one JSON object of named figures
 * (milliseconds, megabytes) for a seeded data set. Not part of `npm test`: timings belong here.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_KDF, deriveKey } from '../src/main/vault/kdf';
import { loadSodium } from '../src/main/core/sodium';
import { openEncrypted } from '../src/main/db/connection';
import { listMembers } from '../src/main/roll/query';
import { createVault, describeVault, openWithMasterKey } from '../src/main/vault/vault';
import { campaignFigures } from './campaigns';
import { committeeFigures } from './committee';
import { exchangeFigures } from './exchange';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { minutesSearchTimes, seedMinutes } from './minutes';
import { importSynthetic, plainCopy, rollContextOf, searchTimes } from './roll';
import Database from 'better-sqlite3-multiple-ciphers';

const { values } = parseArgs({
  options: {
    members: { type: 'string', default: '1000' },
    json: { type: 'boolean' },
    /** Also measure the relaying thread with the service on it (the shape before the worker), for comparison. */
    'compare-in-process': { type: 'boolean' },
  },
  allowPositionals: false,
});
const memberCount = Number(values.members);

function mainThreadBlock(count: number, where: 'worker' | 'in-process'): { csv: number; exchange: number } {
  const script = fileURLToPath(new URL('./main-thread-run.ts', import.meta.url));
  const output = execFileSync(process.execPath, ['--import', 'tsx', script, '--members', String(count), '--where', where], { encoding: 'utf8', maxBuffer: 1 << 20 });
  return JSON.parse(output) as { csv: number; exchange: number };
}

function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}
const round = (n: number): number => Math.round(n * 10) / 10;

function time(work: () => void): number {
  const start = performance.now();
  work();
  return performance.now() - start;
}

async function timeAsync(work: () => Promise<void>): Promise<number> {
  const start = performance.now();
  await work();
  return performance.now() - start;
}

const sodium = await loadSodium();
const root = mkdtempSync(join(tmpdir(), 'chapterhouse-bench-'));
const figures: Record<string, number> = { members: memberCount };
try {
  const salt = sodium.randombytes_buf(16);
  const kdfSamples = [0, 1, 2].map(() => time(() => deriveKey(sodium, new TextEncoder().encode('bench passphrase'), salt, DEFAULT_KDF)));
  figures.kdf_ms = round(percentile(kdfSamples, 50));

  const dir = join(root, 'vault');
  const { vault } = await createVault({ dir, chapterName: 'Bench Chapter', officerName: 'Bench Officer', passphrase: 'bench passphrase for timing only' });
  const keyHex = vault.rawKeyHex();
  const context = rollContextOf(vault);
  figures.csv_import_ms = round(await importSynthetic(context, memberCount));
  figures.list_first_page_ms = round(percentile([0, 1, 2, 3, 4].map(() => time(() => listMembers(context, { limit: 100 }))), 50));
  figures.search_p95_ms = round(percentile(searchTimes(context), 95));
  // The app's own peak: before the unencrypted copy below, which only the bench makes.
  figures.peak_rss_mb = round(process.resourceUsage().maxRSS / 1024);
  for (const [name, value] of Object.entries(await exchangeFigures(context, root))) figures[name] = round(value);
  figures.minutes_seed_ms = round(seedMinutes(context));
  for (const [name, value] of Object.entries(await committeeFigures(context))) figures[name] = round(value);
  figures.minutes_search_p95_ms = round(percentile(minutesSearchTimes(context), 95));
  for (const [name, value] of Object.entries(campaignFigures(context))) figures[name] = round(value);
  const plainPath = plainCopy(vault.db, root);
  vault.close();
  const plain = new Database(plainPath);
  figures.plain_search_p95_ms = round(percentile(searchTimes({ ...context, db: plain }), 95));
  plain.close();

  const { vaultId } = await describeVault(dir);
  const openSamples: number[] = [];
  for (let run = 0; run < 10; run++) {
    const key = new Uint8Array(Buffer.from(keyHex, 'hex'));
    openSamples.push(await timeAsync(async () => (await openWithMasterKey(dir, vaultId, key)).close()));
  }
  figures.open_ms = round(percentile(openSamples, 50));

  // In a process of its own: the relaying thread as small as Electron's main.
  const block = mainThreadBlock(memberCount, 'worker');
  figures.main_thread_max_block_ms = round(Math.max(block.csv, block.exchange));
  figures.main_thread_max_block_csv_ms = round(block.csv);
  figures.main_thread_max_block_exchange_ms = round(block.exchange);
  if (values['compare-in-process']) {
    const before = mainThreadBlock(memberCount, 'in-process');
    figures.in_process_max_block_ms = round(Math.max(before.csv, before.exchange));
  }
} finally {
  rmSync(root, { recursive: true, force: true });
}

process.stdout.write(`${JSON.stringify(figures, null, values.json ? 0 : 2)}\n`);
