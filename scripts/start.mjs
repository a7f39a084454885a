#!/usr/bin/env node
/**
 * `npm start`: runs Chapterhouse in Electron. The SQLite addon in node_modules is built for
 * Node (tests, CLI); Electron needs its own build, kept in .electron-native/ so both work from
 * one checkout. Where the Electron runtime cannot be downloaded, says so in one sentence.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(join(root, 'package.json'));
const electronDir = join(root, 'node_modules', 'electron');
const addonPackage = join(root, 'node_modules', 'better-sqlite3-multiple-ciphers');

function fail(sentence) {
  process.stderr.write(`${sentence}\n`);
  process.exit(1);
}

function electronBinary() {
  const pathFile = join(electronDir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = join(electronDir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}

function ensureElectronRuntime() {
  if (electronBinary()) return;
  // npm install skips Electron's download (package.json allowScripts); fetch it now, quietly.
  spawnSync(process.execPath, [join(electronDir, 'install.js')], { stdio: 'ignore', timeout: 300_000 });
  if (!electronBinary()) {
    fail(
      'Chapterhouse cannot start here: the Electron runtime is not installed and could not be downloaded; run `npm run ui` to use the same app in Chromium instead.',
    );
  }
}

function ensureAddonForElectron(version) {
  const target = join(root, '.electron-native', `electron-${version}`);
  const addon = join(target, 'build', 'Release', 'better_sqlite3.node');
  if (existsSync(addon)) return addon;
  process.stderr.write(`Building the SQLite addon for Electron ${version} (about a minute, once)…\n`);
  rmSync(target, { recursive: true, force: true });
  mkdirSync(target, { recursive: true });
  cpSync(addonPackage, target, { recursive: true, filter: (source) => !source.includes(`${addonPackage}/build`) });
  const env = { ...process.env };
  // The machine-wide nodedir points node-gyp at Node's headers; Electron needs its own.
  delete env.npm_config_nodedir;
  const nodeGyp = process.env.npm_config_node_gyp;
  const command = nodeGyp ? [process.execPath, [nodeGyp]] : ['npx', ['--yes', 'node-gyp']];
  const result = spawnSync(
    command[0],
    [...command[1], 'rebuild', '--release', `--target=${version}`, '--runtime=electron', '--dist-url=https://electronjs.org/headers'],
    { cwd: target, env, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' },
  );
  if (result.status !== 0 || !existsSync(addon)) {
    fail(
      `Chapterhouse cannot start here: the SQLite addon could not be built for Electron ${version} (its headers could not be downloaded or the compiler failed); run \`npm run ui\` to use the app in Chromium instead.`,
    );
  }
  return addon;
}

ensureElectronRuntime();
const electronVersion = require('electron/package.json').version;
const addon = ensureAddonForElectron(electronVersion);
const electronVite = join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js');
const run = spawnSync(process.execPath, [electronVite, 'preview'], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, CHAPTERHOUSE_NATIVE_BINDING: addon },
});
process.exit(run.status ?? 1);
