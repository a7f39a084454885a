/**
 * One model of membership (issue #16): status says what someone is, standing whether their dues
 * are paid, and "in good standing" is both. Quorum counts only those; old vaults are migrated.
 */
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openEncrypted } from '../../src/main/db/connection';
import { migrate } from '../../src/main/db/migrate';
import { migrations } from '../../src/main/db/migrations';
import { inGoodStanding, isMemberStatus } from '../../src/shared/roll';
import { readSettings } from '../../src/main/vault/settings';
import { makeTempDir } from '../helpers/temp';
import { makeRollContext } from '../helpers/roll';
import { fillDemoRoll } from '../../src/main/demo/demo-vault';
import { listMembers } from '../../src/main/roll/query';
import { useServiceWithVault } from '../helpers/service';

const api = useServiceWithVault();
const { ok } = api;

const add = async (first: string, status: string, dues: string): Promise<string> =>
  (await ok('roll:add', { fields: { first_name: first, last_name: 'Díaz', status, dues_paid_through: dues, building: 'Maple Court', unit: '4B' } })).id;

describe('status and standing', () => {
  it('new vaults say what someone is, not whether they paid: member, prospect, former', async () => {
    const settings = await ok('settings:get', {});
    expect(settings.statuses).toEqual(['member', 'prospect', 'former']);
    expect(settings.statuses.some((status) => /standing|lapsed/.test(status))).toBe(false);
  });

  it('in good standing means a member status and dues current or in grace', () => {
    expect(inGoodStanding({ status: 'member', standing: 'current' })).toBe(true);
    expect(inGoodStanding({ status: 'Member', standing: 'grace' })).toBe(true);
    expect(inGoodStanding({ status: 'member', standing: 'lapsed' })).toBe(false);
    expect(inGoodStanding({ status: 'member', standing: 'unknown' })).toBe(false);
    expect(inGoodStanding({ status: 'prospect', standing: 'current' })).toBe(false);
    expect(inGoodStanding({ status: 'former', standing: 'current' })).toBe(false);
    expect(isMemberStatus('retiree')).toBe(true);
    expect(isMemberStatus('Lapsed')).toBe(false);
  });

  it('quorum counts only members in good standing, and the minutes say who was not counted and why', async () => {
    const rosa = await add('Rosa', 'member', '2026-12-31');
    const ana = await add('Ana', 'member', '2026-12-31');
    const omar = await add('Omar', 'member', '2025-01-31');
    const lena = await add('Lena', 'prospect', '2026-12-31');
    const sam = await add('Sam', 'former', '2026-12-31');
    // 50% of the 2 members in good standing: the prospect and the former one do not count, paid or not.
    const type = await ok('meetings:saveType', { name: 'Half', quorum: { kind: 'percent', percent: 50 }, agenda: ['Business'] });
    const typeId = type.find((candidate) => candidate.name === 'Half')!.id;
    let detail = await ok('meetings:create', { typeId, startsAt: '2026-06-15T19:00' });
    expect(detail.quorum).toMatchObject({ required: 1, rule: '50% of 2 members in good standing' });
    for (const id of [lena, sam, omar]) detail = await ok('meetings:checkIn', { meetingId: detail.meeting.id, memberId: id });
    expect(detail.attendance).toHaveLength(3);
    expect(detail.quorum).toMatchObject({ present: 0, met: false });
    expect(detail.attendance.map((person) => [person.name, person.counted, person.place])).toEqual([
      ['Lena Díaz', false, 'Maple Court · 4B'],
      ['Omar Díaz', false, 'Maple Court · 4B'],
      ['Sam Díaz', false, 'Maple Court · 4B'],
    ]);
    const { markdown } = await ok('meetings:exportMarkdown', { id: detail.meeting.id });
    expect(markdown).toContain('0 members present; also present, not counted towards quorum: Lena Díaz (prospect), Omar Díaz (dues lapsed), Sam Díaz (former).');

    // A vote while quorum is not present is marked so, in the minutes and the PDF's lines.
    const item = detail.agenda[0]!.id;
    detail = await ok('meetings:addMotion', { meetingId: detail.meeting.id, agendaItemId: item, text: 'To paint the lobby' });
    detail = await ok('meetings:recordVote', { motionId: detail.motions[0]!.id, method: 'hands', for: 3, against: 0, abstain: 0 });
    expect(detail.motions[0]).toMatchObject({ outcome: 'carried', quorumMetAtVote: false });
    expect((await ok('meetings:exportMarkdown', { id: detail.meeting.id })).markdown).toContain('Outcome: Carried without quorum.');

    detail = await ok('meetings:checkIn', { meetingId: detail.meeting.id, memberId: rosa });
    detail = await ok('meetings:checkIn', { meetingId: detail.meeting.id, memberId: ana });
    expect(detail.quorum).toMatchObject({ present: 2, met: true });
    detail = await ok('meetings:addMotion', { meetingId: detail.meeting.id, agendaItemId: item, text: 'To fix the boiler' });
    detail = await ok('meetings:recordVote', { motionId: detail.motions[1]!.id, method: 'hands', for: 5, against: 0, abstain: 0 });
    const lines = (await ok('meetings:exportMarkdown', { id: detail.meeting.id })).markdown.split('\n').filter((line) => line.startsWith('- Outcome'));
    expect(lines).toEqual(['- Outcome: Carried without quorum.', '- Outcome: Carried.']);
  });

  it('the demo roll agrees with itself: a building’s current members are all members', async () => {
    const temp = makeTempDir();
    try {
      const { context, vault } = await makeRollContext(temp.path);
      fillDemoRoll(context, 300);
      const current = listMembers(context, { filter: { standings: ['current', 'grace'] }, limit: 1000 }).rows;
      expect(current.length).toBeGreaterThan(50);
      expect(current.filter((member) => member.status !== 'member').map((member) => member.status)).toEqual([]);
      const everyone = listMembers(context, { limit: 1000 }).rows;
      expect(new Set(everyone.map((member) => member.status))).toEqual(new Set(['member', 'prospect', 'former']));
      vault.close();
    } finally {
      temp.cleanup();
    }
  });
});

describe('migration 11', () => {
  it('turns the old default statuses into member, and leaves a chapter’s own list alone', () => {
    const temp = makeTempDir();
    try {
      for (const [name, stored, expected] of [
        ['old default', '["prospect","member in good standing","lapsed","former"]', ['member', 'prospect', 'former']],
        ['no setting', null, ['member', 'prospect', 'former']],
        ['own list', '["member in good standing","lapsed","retiree"]', ['member in good standing', 'lapsed', 'retiree']],
      ] as const) {
        const db = openEncrypted(join(temp.path, `${name}.db`), randomBytes(32), { create: true });
        migrate(db, migrations.filter((migration) => migration.version < 11));
        if (stored) db.prepare("INSERT INTO settings (key, value) VALUES ('statuses', ?)").run(stored);
        const insert = db.prepare("INSERT INTO members (id, status, created_at, updated_at) VALUES (?, ?, '2026-01-01', '2026-01-01')");
        insert.run('a', 'member in good standing');
        insert.run('b', 'lapsed');
        insert.run('c', 'prospect');
        migrate(db);
        expect(readSettings(db).statuses, name).toEqual(expected);
        const statuses = (db.prepare('SELECT status FROM members ORDER BY id').all() as { status: string }[]).map((row) => row.status);
        expect(statuses, name).toEqual(name === 'own list' ? ['member in good standing', 'lapsed', 'prospect'] : ['member', 'member', 'prospect']);
        expect(db.prepare("SELECT name FROM sqlite_master WHERE name = 'distinct_members'").get(), name).toBeTruthy();
        db.close();
      }
    } finally {
      temp.cleanup();
    }
  });
});
