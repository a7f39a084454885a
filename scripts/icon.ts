/**
 * Renders build/icon.svg to build/icon.png (512×512, transparent corners) in Debian's Chromium,
 * for electron-builder, which makes the .ico, .icns and Linux sizes from it. Run after changing
 * the SVG: `npx tsx scripts/icon.ts`; the PNG is committed.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../tests/e2e/support/chromium';

const svg = fileURLToPath(new URL('../build/icon.svg', import.meta.url));
const png = fileURLToPath(new URL('../build/icon.png', import.meta.url));

const browser = await chromium.launch(chromiumLaunchOptions);
try {
  const page = await browser.newPage({ viewport: { width: 512, height: 512 }, deviceScaleFactor: 1 });
  await page.setContent(
    `<html><body style="margin:0;background:transparent">${readFileSync(svg, 'utf8')}</body></html>`,
  );
  await page.locator('svg').screenshot({ path: png, omitBackground: true });
} finally {
  await browser.close();
}
process.stdout.write(`Wrote ${png}\n`);
