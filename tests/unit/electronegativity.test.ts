/**
 * Electronegativity (Doyensec's Electron security linter) over the source. It exits 0 even with
 * findings, so its report (SARIF, which is JSON) is read: every finding must be in security/electronegativity-allow.json
 * with the reason it was judged harmless, and every allow-list entry must still match a finding.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir } from '../helpers/temp';

const ROOT = join(__dirname, '../..');
const TOOL = join(ROOT, 'node_modules/@doyensec/electronegativity/dist/index.js');
const ALLOW = join(ROOT, 'security/electronegativity-allow.json');

interface Finding {
  issue: string;
  filename: string;
  line: number;
  description: string;
}
interface SarifResult {
  ruleId: string;
  message: { text: string };
  locations: { physicalLocation: { artifactLocation: { uri: string }; region?: { startLine?: number } } }[];
}
interface Allowed {
  issue: string;
  file: string;
  reason: string;
}

let temp: ReturnType<typeof makeTempDir>;
let findings: Finding[];

beforeAll(() => {
  temp = makeTempDir();
  // SARIF rather than CSV: its CSV does not escape quotes in the code samples it quotes.
  const report = join(temp.path, 'electronegativity.sarif');
  const electron = JSON.parse(readFileSync(join(ROOT, 'node_modules/electron/package.json'), 'utf8')).version as string;
  const run = spawnSync(
    process.execPath,
    [
      '--require', join(ROOT, 'security/electronegativity-offline.cjs'),
      TOOL,
      '--input', join(ROOT, 'src'),
      '--output', report,
      '--relative',
      // The installed version, so checks judge today's defaults rather than Electron 0.1's.
      '--electron-version', electron,
      // Asks the network for Electron's release list; `npm outdated` and Dependabot-style updates cover it.
      '--exclude-checks', 'AvailableSecurityFixesGlobalCheck',
    ],
    { cwd: ROOT, encoding: 'utf8', timeout: 90_000 },
  );
  if (!existsSync(report)) throw new Error(`electronegativity wrote no report (exit ${run.status}):\n${run.stdout}\n${run.stderr}`);
  const results = JSON.parse(readFileSync(report, 'utf8')).runs[0].results as SarifResult[];
  findings = results.map((result) => ({
    issue: result.ruleId,
    filename: result.locations[0]?.physicalLocation.artifactLocation.uri ?? '',
    line: result.locations[0]?.physicalLocation.region?.startLine ?? 0,
    description: result.message.text,
  }));
}, 90_000);
afterAll(() => temp?.cleanup());

const allowed = (): Allowed[] => JSON.parse(readFileSync(ALLOW, 'utf8')).allowed;
const matches = (finding: Finding, entry: Allowed) => finding.issue === entry.issue && finding.filename === entry.file;

describe('electronegativity', () => {
  it('scanned the source (a report with the main process in it)', () => {
    expect(findings.length).toBeGreaterThan(0);
    expect(findings.some((finding) => finding.filename.startsWith('main/'))).toBe(true);
  });

  it('finds nothing that is not reviewed in the allow-list', () => {
    const unexplained = findings
      .filter((finding) => !allowed().some((entry) => matches(finding, entry)))
      .map((finding) => `${finding.issue} ${finding.filename}:${finding.line} ${finding.description}`);
    expect(unexplained).toEqual([]);
  });

  it('every allow-list entry has a reason and still matches a finding', () => {
    for (const entry of allowed()) {
      expect(entry.reason.length, `${entry.issue} ${entry.file}`).toBeGreaterThan(40);
      expect(findings.some((finding) => matches(finding, entry)), `stale entry ${entry.issue} ${entry.file}`).toBe(true);
    }
  });
});
