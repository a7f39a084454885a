import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { EventName } from '../../src/shared/contract';
import { makeTempDir } from '../helpers/temp';
import { makeService } from '../helpers/service';
import { PASSPHRASE } from '../helpers/vaults';

let temp: ReturnType<typeof makeTempDir>;
beforeEach(() => {
  temp = makeTempDir();
});
afterEach(() => temp.cleanup());

const newVault = { chapterName: 'Riverside Tenants Union', officerName: 'Ana Reyes', passphrase: PASSPHRASE };

/** A service with an open vault, and the change events it announces from now on. */
async function watched() {
  const service = makeService(temp.path);
  await service.ok('vault:create', newVault);
  const heard: [EventName, unknown][] = [];
  service.service.on((event, payload) => {
    if (event.endsWith(':changed')) heard.push([event, payload]);
  });
  return { ...service, heard };
}

describe('change events after writes', () => {
  it('a roll edit announces roll:changed with the member it touched; reads announce nothing', async () => {
    const { ok, service, heard } = await watched();
    const member = await ok('roll:add', { fields: { first_name: 'Rosa', last_name: 'Parks' } });
    await ok('roll:update', { id: member.id, fields: { phone: '555 123 4567' } });
    await ok('roll:list', {});
    await ok('roll:get', { id: member.id });
    expect(heard).toEqual([
      ['roll:changed', { ids: [member.id] }],
      ['roll:changed', { ids: [member.id] }],
    ]);
    service.dispose();
  });

  it('a refused write announces nothing', async () => {
    const { ok, call, service, heard } = await watched();
    const member = await ok('roll:add', { fields: { first_name: 'Rosa' } });
    heard.length = 0;
    const answer = await call('roll:update', { id: member.id, fields: { email: 'not an address' } });
    expect(answer.ok).toBe(false);
    expect(heard).toEqual([]);
    service.dispose();
  });

  it('a meeting write announces the meeting; a walk-in changes the roll too', async () => {
    const { ok, service, heard } = await watched();
    const [type] = await ok('meetings:types', {});
    const detail = await ok('meetings:create', { typeId: type!.id, title: 'March general meeting', startsAt: '2026-03-14T19:00' });
    expect(heard).toEqual([['meetings:changed', { ids: [detail.meeting.id] }]]);
    heard.length = 0;
    await ok('meetings:walkIn', { meetingId: detail.meeting.id, firstName: 'Luis', lastName: 'Chen' });
    expect(heard).toEqual([
      ['roll:changed', { ids: null }],
      ['meetings:changed', { ids: [detail.meeting.id] }],
    ]);
    service.dispose();
  });
});
