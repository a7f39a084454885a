/**
 * The packaging configuration as electron-builder reads it (electron-builder.yml, loaded and
 * schema-checked by electron-builder's own code), and the security rules packaging relies on:
 * every fuse, the targets, the icon, the file associations, devtools off and one CSP.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config';
import type { Configuration } from 'app-builder-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, META_CONTENT_SECURITY_POLICY } from '../../src/shared/csp';

const ROOT = join(__dirname, '../..');
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');
const quiet = { add: () => undefined, isEnabled: false } as unknown as Parameters<typeof validateConfiguration>[1];

let config: Configuration;
beforeAll(async () => {
  config = await getConfig(ROOT, null, null);
});

const targets = (platform: unknown): string[] =>
  ((platform as { target?: (string | { target: string })[] } | undefined)?.target ?? []).map((target) =>
    typeof target === 'string' ? target : target.target,
  );

describe('electron-builder configuration', () => {
  it("passes electron-builder's own schema check", async () => {
    await expect(validateConfiguration(config, quiet)).resolves.toBeUndefined();
  });

  it('names the app and packs it into an asar without sources or source maps', () => {
    expect(config.appId).toBe('org.chapterhouse.app');
    expect(config.productName).toBe('Chapterhouse');
    expect(config.asar).toBe(true);
    // getConfig normalizes the list into [{ filter: [...] }].
    const patterns = [config.files ?? []].flat().flatMap((entry) => (typeof entry === 'string' ? [entry] : [entry.filter ?? []].flat()));
    expect(patterns).toEqual(['out/main/**', 'out/preload/**', 'out/renderer/**', 'package.json', '!**/*.map']);
  });

  it('sets every fuse', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
      enableCookieEncryption: true,
    });
  });

  it('builds an AppImage and a deb, an NSIS installer and a dmg', () => {
    expect(targets(config.linux)).toEqual(['AppImage', 'deb']);
    expect(targets(config.win)).toEqual(['nsis']);
    expect(targets(config.mac)).toEqual(['dmg']);
  });

  it('has a 512×512 PNG icon', () => {
    const png = readFileSync(join(ROOT, 'build/icon.png'));
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([512, 512]);
    for (const platform of [config.linux, config.win, config.mac]) expect(platform?.icon).toBe('build/icon.png');
  });

  it('opens vault folders (*.chapterhouse) and export files with the extension exports are written with', () => {
    const associations = [config.fileAssociations ?? []].flat();
    expect(associations.map((association) => association.ext)).toEqual(['chapterhouse', 'age']);
    expect(read('src/main/exchange/exchange.ts')).toMatch(/return `\$\{slug\}-\$\{scope\}-\$\{date\}\.age`;/);
    // .age belongs to the age tool as much as to us: offered, not taken over.
    expect(associations[1]).toMatchObject({ rank: 'Alternate', role: 'Viewer' });
  });

  it('has an `npm run dist` that builds first', () => {
    expect(JSON.parse(read('package.json')).scripts.dist).toMatch(/^electron-vite build && electron-builder/);
  });
});

describe('what the packaged app relies on', () => {
  it('turns devtools off in packaged builds', () => {
    expect(read('src/main/index.ts')).toMatch(/webPreferences: \{[^}]*devTools: !app\.isPackaged,/s);
  });

  it('has one Content-Security-Policy: no inline script, no eval, nothing remote', () => {
    expect(CONTENT_SECURITY_POLICY).toBe(`${META_CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-|https?:|\*/);
    expect(CONTENT_SECURITY_POLICY).toMatch(/(^|; )default-src 'none'(;|$)/);
    expect(CONTENT_SECURITY_POLICY).toMatch(/(^|; )script-src 'self'(;|$)/);
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(read('src/renderer/index.html'));
    expect(meta?.[1]).toBe(META_CONTENT_SECURITY_POLICY);
    expect(read('src/main/electron/security.ts')).toMatch(/'Content-Security-Policy': \[CONTENT_SECURITY_POLICY\]/);
    expect(read('tests/e2e/support/page-bridge.ts')).toMatch(/'Content-Security-Policy': CONTENT_SECURITY_POLICY/);
  });
});
