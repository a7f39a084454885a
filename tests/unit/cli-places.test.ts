/**
 * `building list`, `issue add`, `issue list` and `issue update`, spawned as a new user runs
 * them: a new vault, members typed with their building, then issues. Every spawn opens the vault
 * with Argon2id at real cost, so the tests share one vault, in file order.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, type CliResult } from '../helpers/cli';
import { makeTempDir } from '../helpers/temp';

let temp: ReturnType<typeof makeTempDir>;
let passphraseFile: string;
let vault: string;
const members: string[] = [];
const cli = (...args: string[]): CliResult => runCli([...args, '--passphrase-file', passphraseFile]);
const json = <T>(result: CliResult): T => {
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  return JSON.parse(result.stdout) as T;
};
function oneLine(result: CliResult, status: number, pattern: RegExp): void {
  expect(result.status).toBe(status);
  expect(result.stdout).toBe('');
  const lines = result.stderr.trimEnd().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(pattern);
}

beforeAll(() => {
  temp = makeTempDir();
  passphraseFile = join(temp.path, 'passphrase.txt');
  writeFileSync(passphraseFile, 'correct horse battery staple\n');
  vault = join(temp.path, 'vault');
  json(cli('init', vault, '--chapter', 'Riverside Tenants Union', '--officer', 'Ana Reyes', '--json'));
  const csv = join(temp.path, 'roll.csv');
  writeFileSync(csv, 'first_name,last_name,building,unit\nRosa,Díaz,Maple Court,4B\nBo,Li,maple court,4C\nMei,Chen,MAPLE  COURT,5A\nLee,Park,Oak House,1A\n');
  json(cli('members', 'import', vault, csv, '--json'));
  members.push(...json<{ id: string; building: string }[]>(cli('members', 'list', vault, '--json')).filter((m) => m.building !== 'Oak House').map((m) => m.id));
}, 120_000);
afterAll(() => temp.cleanup());

type IssueJson = { id: string; category: string; building: string; unit: string; status: string; reported: string; members: string[] };

describe('chapterhouse building and issue commands', () => {
  let first: string;
  it('building list: the buildings typed on members, spellings folded into one', () => {
    const buildings = json<{ id: string; name: string; units: number; members: number; open_issues: number }[]>(cli('building', 'list', vault, '--json'));
    expect(buildings.map(({ name, units, members: n, open_issues }) => ({ name, units, members: n, open_issues }))).toEqual([
      { name: 'Maple Court', units: 3, members: 3, open_issues: 0 },
      { name: 'Oak House', units: 1, members: 1, open_issues: 0 },
    ]);
  });

  it('issue add: finds the building by its folded name and prints the id', () => {
    first = json<{ id: string }>(cli('issue', 'add', vault, '--category', 'heat', '--building', 'maple  COURT', '--unit', '4b', '--member', members[0]!, '--member', members[1]!, '--date', '2026-11-20', '--json')).id;
    expect(first).toMatch(/^[0-9a-f-]{36}$/);
    const plain = cli('issue', 'add', vault, '--category', 'Heat', '--building', 'Maple Court', '--unit', '5A');
    expect(plain.status).toBe(0);
    expect(plain.stdout.trim()).toMatch(/^[0-9a-f-]{36}$/);
  }, 60_000);

  it('issue add: a unit the building does not have, an unknown building or category: one sentence, exit 1', () => {
    oneLine(cli('issue', 'add', vault, '--category', 'heat', '--building', 'Maple Court', '--unit', '9Z'), 1, /^chapterhouse: Maple Court has no unit "9Z" on record; run again with --add-unit/);
    oneLine(cli('issue', 'add', vault, '--category', 'heat', '--building', 'Elm Street'), 1, /^chapterhouse: There is no building or workplace called "Elm Street"/);
    oneLine(cli('issue', 'add', vault, '--category', 'noise', '--building', 'Maple Court'), 1, /^chapterhouse: "noise" is not one of the chapter's issue categories/);
    expect(cli('issue', 'add', vault, '--building', 'Maple Court').status).toBe(2);
  }, 120_000);

  it('issue update: moves an issue on with its dated history; issue list shows it', () => {
    const updated = json<IssueJson & { history: { status: string; date: string }[] }>(cli('issue', 'update', vault, first, '--status', 'fixed', '--date', '2026-11-25', '--json'));
    expect(updated).toMatchObject({ id: first, status: 'fixed' });
    expect(updated.history.map(({ status, date }) => [status, date])).toEqual([
      ['open', '2026-11-20'],
      ['fixed', '2026-11-25'],
    ]);
    oneLine(cli('issue', 'update', vault, first, '--status', 'closed'), 2, /--status is open, reported, in-progress, fixed, dismissed/);
    oneLine(cli('issue', 'update', vault, 'no-such-id', '--status', 'fixed'), 1, /There is no issue with the id "no-such-id"/);

    const all = json<IssueJson[]>(cli('issue', 'list', vault, '--json'));
    expect(all.map(({ category, building, unit, status, reported, members: ids }) => ({ category, building, unit, status, reported, members: ids.length }))).toEqual([
      { category: 'heat', building: 'Maple Court', unit: '4B', status: 'fixed', reported: '2026-11-20', members: 2 },
      { category: 'heat', building: 'Maple Court', unit: '5A', status: 'open', reported: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/), members: 0 },
    ]);
    expect(all[0]!.members.sort()).toEqual([members[0], members[1]].sort());
    expect(json<IssueJson[]>(cli('issue', 'list', vault, '--building', 'maple court', '--status', 'open', '--json')).map((issue) => issue.unit)).toEqual(['5A']);
    expect(json<IssueJson[]>(cli('issue', 'list', vault, '--building', 'Oak House', '--json'))).toEqual([]);
    const buildings = json<{ name: string; open_issues: number }[]>(cli('building', 'list', vault, '--json'));
    expect(buildings.find((building) => building.name === 'Maple Court')!.open_issues).toBe(1);
  }, 180_000);
});
