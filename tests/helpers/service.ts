import { join } from 'node:path';
import { afterEach, beforeEach, expect } from 'vitest';
import { dispatch } from '../../src/main/dispatch';
import { createService, type ServiceOptions } from '../../src/main/service';
import type { ChannelName, ChannelOutput, Envelope } from '../../src/shared/contract';
import { useTempVaults } from './temp';
import { fastVaultOptions, PASSPHRASE } from './vaults';

export function makeService(root: string, options: Partial<ServiceOptions> = {}) {
  const service = createService({ vaultsDir: join(root, 'vaults'), vault: fastVaultOptions, ...options });
  /** Calls a channel the way the renderer does: raw input, through validation, as an envelope. */
  const call = (channel: string, input: unknown): Promise<Envelope<unknown>> => dispatch(service, channel, input);
  /** Calls a channel and returns its value, failing the test on an error envelope. */
  const ok = async <C extends ChannelName>(channel: C, input: unknown): Promise<ChannelOutput<C>> => {
    const envelope = await call(channel, input);
    if (!envelope.ok) throw new Error(`${channel} failed: ${envelope.error.code} ${envelope.error.message}`);
    return envelope.value as ChannelOutput<C>;
  };
  return { service, call, ok };
}

/**
 * For each test of the file, a service with a new vault, created and unlocked, whose "today" is
 * `today`; disposed and removed after the test. The functions call the running test's service,
 * so they can be taken apart once at the top of the file.
 */
export function useServiceWithVault(today = '2026-06-15T12:00:00Z') {
  const temp = useTempVaults();
  let api: ReturnType<typeof makeService> | undefined;
  beforeEach(async () => {
    api = makeService(temp.path, { now: () => new Date(today) });
    await api.ok('vault:create', { chapterName: 'Riverside Tenants Union', officerName: 'Ana Reyes', passphrase: PASSPHRASE });
  });
  afterEach(() => {
    api?.service.dispose();
    api = undefined;
  });
  const current = () => {
    if (!api) throw new Error('the service exists only while a test runs');
    return api;
  };
  const call = (channel: string, input: unknown): Promise<Envelope<unknown>> => current().call(channel, input);
  return {
    get service() {
      return current().service;
    },
    call,
    ok: <C extends ChannelName>(channel: C, input: unknown): Promise<ChannelOutput<C>> => current().ok(channel, input),
    /** Expects the channel to refuse `input` with `code` and this message (exactly, or matching). */
    async refused(channel: string, input: unknown, code: string, message: RegExp | string): Promise<void> {
      const answer = await call(channel, input);
      if (answer.ok) throw new Error(`${channel} was accepted`);
      expect(answer.error.code).toBe(code);
      if (typeof message === 'string') expect(answer.error.message).toBe(message);
      else expect(answer.error.message).toMatch(message);
    },
  };
}
