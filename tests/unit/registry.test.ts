import { describe, expect, it } from 'vitest';
import { channelNames, type ChannelName } from '../../src/shared/contract';
import { createRegistry, immediate, passive, readOnly, withBackup, type HandlerMap } from '../../src/main/service/registry';
import { useServiceWithVault } from '../helpers/service';

/** A map with every channel, each answering its own name, so a test can add or leave out one. */
function everyChannel(except: ChannelName[] = []): Partial<HandlerMap<ChannelName>> {
  return Object.fromEntries(
    channelNames.filter((channel) => !except.includes(channel)).map((channel) => [channel, async () => channel]),
  ) as unknown as Partial<HandlerMap<ChannelName>>;
}

describe('the registry of handlers', () => {
  it('refuses a channel that two domains both declare', () => {
    const again = { 'roll:list': async () => ({ rows: [], total: 0, offset: 0 }) } as Partial<HandlerMap<ChannelName>>;
    expect(() => createRegistry([everyChannel(), again])).toThrow('The channel "roll:list" is registered twice.');
  });

  it('refuses a contract channel that nobody declares, and one the contract does not have', () => {
    expect(() => createRegistry([everyChannel(['meetings:get'])])).toThrow('No handler for meetings:get.');
    const stray = { 'roll:nothing': async () => null } as unknown as Partial<HandlerMap<ChannelName>>;
    expect(() => createRegistry([everyChannel(), stray])).toThrow('The registry has no channel "roll:nothing" in the contract.');
  });

  it('keeps the policy a handler was wrapped with, wrappers combined', () => {
    const registry = createRegistry([
      everyChannel(['roll:importApply', 'app:state', 'roll:list']),
      {
        'roll:importApply': withBackup('before-import', readOnly(async () => ({}) as never), ({ dryRun }) => !dryRun),
        'app:state': immediate(passive(async () => ({}) as never)),
        'roll:list': readOnly(async () => ({ rows: [], total: 0, offset: 0 })),
      },
    ]);
    const importPolicy = registry.policy('roll:importApply');
    expect(importPolicy).toMatchObject({ backup: { reason: 'before-import' }, readOnly: true });
    expect(importPolicy.backup!.when!({ importId: 'x', mapping: [], onMatch: 'update', dryRun: true })).toBe(false);
    expect(registry.policy('app:state')).toEqual({ immediate: true, passive: true });
    expect(registry.policy('meetings:get')).toEqual({});
  });
});

describe('the service applies the registered policy', () => {
  const api = useServiceWithVault();
  const { ok, refused } = api;

  it('refuses a write inside a read-only handler and leaves the vault writable afterwards', async () => {
    const { service } = api;
    const listMembers = service.handlers['roll:list'];
    // A read-only channel whose code wrote by mistake: the database itself says no.
    service.handlers['roll:list'] = async (query) => {
      await service.handlers['roll:add']({ fields: { first_name: 'Written', last_name: 'By mistake' } });
      return listMembers(query);
    };
    await refused('roll:list', {}, 'INTERNAL', /went wrong/);
    service.handlers['roll:list'] = listMembers;
    expect((await ok('roll:list', {})).total).toBe(0);
    await ok('roll:add', { fields: { first_name: 'Ana', last_name: 'Reyes' } });
    expect((await ok('roll:list', {})).total).toBe(1);
  });
});
