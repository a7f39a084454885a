/**
 * The one registry of handlers. Each domain declares its channels in one factory that returns a
 * channel → handler map (`rollHandlers(host)`, `minutesHandlers(host)` …); a handler is either a
 * plain function or a function wrapped with its policy (`withBackup('before-import', fn)`,
 * `readOnly(fn)`, `immediate(fn)`). `createRegistry` takes every domain's map, refuses a channel
 * declared twice or not at all, and is what IPC, the CLI and tests all call through the service.
 */
import type { z } from 'zod';
import { channelNames, type ChannelName, type ChannelOutput, type Channels } from '../../shared/contract';
import type { BackupReason } from '../../shared/backup';

export type ParsedInput<C extends ChannelName> = z.output<Channels[C]['input']>;
export type Handler<C extends ChannelName> = (input: ParsedInput<C>) => Promise<ChannelOutput<C>>;
export type Handlers = { [C in ChannelName]: Handler<C> };

/** What the service does around a handler, declared where the handler is. */
export interface Policy<C extends ChannelName = ChannelName> {
  /** Runs at once instead of after the work queued before it (status reads, locking). */
  immediate?: boolean;
  /** Does not count as the officer's activity for idle locking (the window polling its state). */
  passive?: boolean;
  /** Writes nothing: the database refuses writes while it runs. */
  readOnly?: boolean;
  /** An encrypted backup of the vault is taken just before, so the change can be undone by a restore. */
  backup?: { reason: BackupReason; when?: (input: ParsedInput<C>) => boolean };
}

const POLICY = Symbol('policy');

/** A handler carrying its policy; made only by the wrappers below. */
export interface PolicyHandler<C extends ChannelName> {
  (input: ParsedInput<C>): Promise<ChannelOutput<C>>;
  readonly [POLICY]: Policy<C>;
}

type HandlerLike<C extends ChannelName> = Handler<C> | PolicyHandler<C>;
/** What a domain's factory returns: its channels, each a handler with or without policy. */
export type HandlerMap<C extends ChannelName> = { [K in C]: HandlerLike<K> };

function policyOf<C extends ChannelName>(handler: HandlerLike<C>): Policy<C> {
  return (handler as Partial<PolicyHandler<C>>)[POLICY] ?? {};
}

function withPolicy<C extends ChannelName>(handler: HandlerLike<C>, added: Policy<C>): PolicyHandler<C> {
  const wrapped = ((input: ParsedInput<C>) => handler(input)) as PolicyHandler<C>;
  Object.defineProperty(wrapped, POLICY, { value: { ...policyOf(handler), ...added } });
  return wrapped;
}

/** Takes a backup with this reason before the handler runs (and only when `when` says so). */
export function withBackup<C extends ChannelName>(
  reason: BackupReason,
  handler: HandlerLike<C>,
  when?: (input: ParsedInput<C>) => boolean,
): PolicyHandler<C> {
  return withPolicy(handler, { backup: when ? { reason, when } : { reason } });
}

/** Reads only; a write inside it fails instead of changing the vault. */
export function readOnly<C extends ChannelName>(handler: HandlerLike<C>): PolicyHandler<C> {
  return withPolicy(handler, { readOnly: true });
}

/** Never waits behind queued work (the laptop may be going to sleep; the window asks its state). */
export function immediate<C extends ChannelName>(handler: HandlerLike<C>): PolicyHandler<C> {
  return withPolicy(handler, { immediate: true });
}

/** Not the officer's activity: does not push idle locking back. */
export function passive<C extends ChannelName>(handler: HandlerLike<C>): PolicyHandler<C> {
  return withPolicy(handler, { passive: true });
}

export interface Registry {
  /** Every channel's function, without its policy (the service applies that). */
  readonly handlers: Handlers;
  policy<C extends ChannelName>(channel: C): Policy<C>;
}

/**
 * One registry from every domain's map. A channel declared by two maps, a channel the contract
 * does not know, or a contract channel nobody declares is a programming error, found at start.
 */
export function createRegistry(maps: ReadonlyArray<Partial<HandlerMap<ChannelName>>>): Registry {
  const handlers: Record<string, HandlerLike<ChannelName>> = {};
  const policies = new Map<string, Policy>();
  const known = new Set<string>(channelNames);
  for (const map of maps) {
    for (const [channel, handler] of Object.entries(map) as Array<[ChannelName, HandlerLike<ChannelName>]>) {
      if (!known.has(channel)) throw new Error(`The registry has no channel "${channel}" in the contract.`);
      if (Object.prototype.hasOwnProperty.call(handlers, channel)) throw new Error(`The channel "${channel}" is registered twice.`);
      handlers[channel] = handler;
      policies.set(channel, policyOf(handler));
    }
  }
  const missing = channelNames.filter((channel) => !Object.prototype.hasOwnProperty.call(handlers, channel));
  if (missing.length > 0) throw new Error(`No handler for ${missing.join(', ')}.`);
  return {
    handlers: handlers as unknown as Handlers,
    policy: <C extends ChannelName>(channel: C) => (policies.get(channel) ?? {}) as Policy<C>,
  };
}
