import { join } from 'node:path';
import { dispatch } from '../../src/main/dispatch';
import { createService, type ServiceOptions } from '../../src/main/service';
import type { ChannelName, ChannelOutput, Envelope } from '../../src/shared/contract';
import { fastVaultOptions } from './vaults';

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
