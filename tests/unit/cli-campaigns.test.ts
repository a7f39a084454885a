/**
 * The campaign commands, spawned as a new user runs them, on one vault in file order (every spawn
 * opens the vault with Argon2id at real cost). DESIGN.md "Organizing" fixes the --json shapes.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractText } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectRefusal, runCli, type CliResult } from '../helpers/cli';
import { makeTempDir } from '../helpers/temp';

const PASSPHRASE = 'correct horse battery staple';
/** Several spawns per test, each paying Argon2id: minutes on a busy machine. */
const SPAWNS = { timeout: 240_000 };
type Group = { group: string | null; universe: number; yes: number; no: number; unsure: number; none: number; percent: number; met: boolean };

let temp: ReturnType<typeof makeTempDir>;
let passphraseFile: string;
let vault: string;
let ids: Record<string, string>;
let campaignId: string;

const cli = (...args: string[]): CliResult => runCli([...args, '--passphrase-file', passphraseFile]);

function ok(result: CliResult): string {
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  return result.stdout;
}

const refused = expectRefusal;

beforeAll(() => {
  temp = makeTempDir();
  passphraseFile = join(temp.path, 'passphrase.txt');
  writeFileSync(passphraseFile, `${PASSPHRASE}\n`);
  vault = join(temp.path, 'vault');
  ok(cli('init', vault, '--chapter', 'Elm Street Tenants', '--officer', 'Rosa'));
  const csv = [
    'first_name,last_name,building,unit,status,assessment',
    'Ana,Alvarez,Elm,1A,member,1',
    'Bo,Baker,Elm,1B,member,',
    'Cy,Chen,Elm,2A,prospect,',
    'Di,Diaz,Elm,2B,member,',
    'Ed,Evans,Oak,10A,member,',
    'Flo,Fox,Oak,10B,former,',
  ].join('\n');
  writeFileSync(join(temp.path, 'roll.csv'), csv);
  ok(cli('members', 'import', vault, join(temp.path, 'roll.csv')));
  const list = JSON.parse(ok(cli('members', 'list', vault, '--json'))) as { id: string; first_name: string }[];
  ids = Object.fromEntries(list.map((member) => [member.first_name, member.id]));
}, SPAWNS.timeout);
afterAll(() => temp.cleanup());

describe('campaign add and list', () => {
  it('creates a campaign and prints { id }; the universe leaves out former members', SPAWNS, () => {
    const added = JSON.parse(ok(cli('campaign', 'add', vault, '--name', 'Rent strike pledge', '--kind', 'pledge', '--goal', '75', '--deadline', '2099-01-31', '--json')));
    expect(Object.keys(added)).toEqual(['id']);
    campaignId = added.id;
    const list = JSON.parse(ok(cli('campaign', 'list', vault, '--json')));
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ id: campaignId, name: 'Rent strike pledge', kind: 'pledge', goal: 75, universe: 5, yes: 0, no: 0, unsure: 0, none: 5 });
  });

  it('refuses a goal outside 1–100, an unknown kind and a bad filter, creating nothing', SPAWNS, () => {
    refused(cli('campaign', 'add', vault, '--name', 'X', '--kind', 'card', '--goal', '0'), 1, /1 to 100 percent/);
    refused(cli('campaign', 'add', vault, '--name', 'X', '--kind', 'card', '--goal', '101'), 1, /1 to 100 percent/);
    refused(cli('campaign', 'add', vault, '--name', 'X', '--kind', 'raffle'), 1, /not a kind of campaign/);
    refused(cli('campaign', 'add', vault, '--name', 'X', '--kind', 'card', '--filter', 'building'), 2, /FIELD=VALUE/);
    refused(cli('campaign', 'add', vault, '--kind', 'card'), 2, /--name is required/);
    expect(JSON.parse(ok(cli('campaign', 'list', vault, '--json')))).toHaveLength(1);
  });
});

describe('campaign record and progress', () => {
  it('records and corrects responses; progress per building and floor follows the goal rule', SPAWNS, () => {
    ok(cli('campaign', 'record', vault, campaignId, ids.Ana!, '--response', 'yes', '--by', 'Rosa', '--note', 'at the door'));
    ok(cli('campaign', 'record', vault, campaignId, ids.Bo!, '--response', 'yes', '--date', '2026-06-02'));
    ok(cli('campaign', 'record', vault, campaignId, ids.Cy!, '--response', 'no'));
    const corrected = JSON.parse(ok(cli('campaign', 'record', vault, 'rent strike pledge', ids.Cy!, '--response', 'yes', '--json')));
    expect(corrected).toMatchObject({ campaign: campaignId, member: ids.Cy, response: 'yes' });
    ok(cli('campaign', 'record', vault, campaignId, ids.Ed!, '--response', 'unsure'));

    const progress = JSON.parse(ok(cli('campaign', 'progress', vault, campaignId, '--json'))) as { campaign: string; goal: number; total: Group; groups: Group[] };
    expect(progress).toMatchObject({ campaign: campaignId, goal: 75 });
    expect(progress.total).toMatchObject({ universe: 5, yes: 3, no: 0, unsure: 1, none: 1, percent: 60, met: false });
    expect(Object.keys(progress.groups[0]!).sort()).toEqual(['group', 'met', 'no', 'none', 'percent', 'universe', 'unsure', 'yes']);
    expect(progress.groups).toEqual([
      { group: 'Elm', universe: 4, yes: 3, no: 0, unsure: 0, none: 1, percent: 75, met: true }, // exactly at the goal
      { group: 'Oak', universe: 1, yes: 0, no: 0, unsure: 1, none: 0, percent: 0, met: false },
    ]);

    const floors = JSON.parse(ok(cli('campaign', 'progress', vault, campaignId, '--by', 'floor', '--json'))) as { groups: Group[] };
    expect(floors.groups.map((group) => [group.group, group.yes, group.universe, group.percent])).toEqual([
      ['1', 2, 2, 100],
      ['2', 1, 2, 50],
      ['10', 0, 1, 0],
    ]);
    refused(cli('campaign', 'progress', vault, campaignId, '--by', 'galaxy'), 1, /not "galaxy"/);
  });

  it('refuses a member outside the universe, a deleted member, an unknown word, and a closed campaign', SPAWNS, () => {
    refused(cli('campaign', 'record', vault, campaignId, ids.Flo!, '--response', 'yes'), 1, /not in the universe/);
    refused(cli('campaign', 'record', vault, campaignId, ids.Di!, '--response', 'maybe'), 1, /"maybe" is not a response/);
    refused(cli('campaign', 'record', vault, campaignId, 'no-such-member', '--response', 'yes'), 1, /not in the roll/);
    ok(cli('members', 'delete', vault, ids.Di!));
    refused(cli('campaign', 'record', vault, campaignId, ids.Di!, '--response', 'yes'), 1, /was deleted/);
    refused(cli('campaign', 'record', vault, 'no-such-campaign', ids.Ana!, '--response', 'yes'), 1, /no campaign "no-such-campaign"/);
    const list = JSON.parse(ok(cli('campaign', 'list', vault, '--json')));
    expect(list[0]).toMatchObject({ universe: 4, yes: 3, unsure: 1, none: 0 });
  });
});

describe('campaign chart', () => {
  it('writes the wall chart PDF with names, units and marks in words, and warns it is plaintext', SPAWNS, async () => {
    const out = join(temp.path, 'chart.pdf');
    const result = cli('campaign', 'chart', vault, campaignId, out);
    expect(result.status).toBe(0);
    expect(result.stderr).toMatch(/NOT encrypted/);
    const { text } = await extractText(new Uint8Array(readFileSync(out)), { mergePages: true });
    for (const expected of ['Wall chart — Rent strike pledge', 'Elm', 'Oak', 'Ana Alvarez · 1A', 'Pledged', 'leader', 'Unsure', 'goal 75%']) {
      expect(text).toContain(expected);
    }
    expect(text).not.toContain('Flo Fox');
    const spanish = join(temp.path, 'mapa.pdf');
    expect(cli('campaign', 'chart', vault, campaignId, spanish, '--language', 'es').status).toBe(0);
    const { text: texto } = await extractText(new Uint8Array(readFileSync(spanish)), { mergePages: true });
    for (const expected of ['Mapa de la pared — Rent strike pledge', 'Se comprometió', 'líder', 'Indeciso', 'meta 75 %']) expect(texto).toContain(expected);
  });
});
