/**
 * Run by bench/run.ts in a process of its own, so that the relaying thread's heap is as small as
 * Electron's main (no bench data from the other figures, whose garbage collection would be
 * counted as blocking). Prints { csv, exchange } in milliseconds.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { mainThreadBlock } from './main-thread';

const { values } = parseArgs({ options: { members: { type: 'string' }, where: { type: 'string' } }, allowPositionals: false });
const where = values.where === 'in-process' ? 'in-process' : 'worker';
const root = mkdtempSync(join(tmpdir(), 'chapterhouse-bench-block-'));
try {
  process.stdout.write(`${JSON.stringify(await mainThreadBlock(root, Number(values.members), where))}\n`);
} finally {
  rmSync(root, { recursive: true, force: true });
}
