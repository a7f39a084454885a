#!/usr/bin/env node
// The CLI is bundled by `npm run build:cli` (run automatically by `npm install`).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const built = fileURLToPath(new URL('../out/cli/chapterhouse.mjs', import.meta.url));
if (!existsSync(built)) {
  process.stderr.write('chapterhouse: the command line is not built yet; run `npm run build:cli` in the checkout.\n');
  process.exit(1);
}
await import(built);
