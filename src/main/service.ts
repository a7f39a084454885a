/**
 * The API facade: one object whose handlers implement the IPC contract. The Electron IPC
 * layer, the e2e bridge and tests all call it; it owns the open vault and every secret.
 */
import { vaultContext } from './vault-context';
import { createHash, randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import type {
  AppState,
  ChannelName,
  ChannelOutput,
  EventName,
  EventPayload,
  LockReason,
  Settings,
  VaultSummary,
} from '../shared/contract';
import { changesAfter } from './changes';
import { UserError } from './errors';
import { readLanguage, writeLanguage } from './app-preferences';
import { DEMO_PASSPHRASE, createDemoVault } from './demo/demo-vault';
import type { VaultContext } from './core/context';
import { HeldUndos, PendingImports, rollHandlers, type HandlerHost } from './roll/handlers';
import { OpenedExport, PendingExchange, exchangeHandlers } from './exchange/handlers';
import { minutesHandlers } from './minutes/handlers';
import { placesHandlers } from './organizing/places/handlers';
import { campaignsHandlers } from './organizing/campaigns/handlers';
import { committeeHandlers } from './organizing/committee/handlers';
import { backupHandlers, backupIfDue, backupNow } from './backup/handlers';
import { judgePassphrase } from './vault/passphrase-strength';
import { readSettings, writeSettings } from './vault/settings';
import {
  createVault,
  describeVault,
  findVaults,
  isVaultDir,
  openWithPassphrase,
  recoverVault,
  type OpenVault,
  type VaultOptions,
} from './vault/vault';
import { createRegistry, immediate, passive, readOnly, type Handlers, type HandlerMap, type ParsedInput, type Policy, type Registry } from './service/registry';
import { isChannelName, parseInput } from './service/input';

export interface ServiceOptions {
  /** Where the app creates vaults and looks for them. */
  vaultsDir: string;
  /** Vault folders outside vaultsDir to offer as well (e.g. `npm run ui -- --vault DIR`). */
  extraVaults?: string[];
  vault?: VaultOptions;
  /** The clock for records and audit entries; injected so tests can fix "today". */
  now?: () => Date;
  /** Injected so tests can drive idle locking with fake timers. */
  timers?: { setTimeout: typeof setTimeout; clearTimeout: typeof clearTimeout };
}

export type { Handlers } from './service/registry';
type SessionChannel = Extract<ChannelName, `app:${string}` | `vault:${string}` | `settings:${string}`>;
/** exchange:preview takes at most 400,000,000 base64 characters: this many bytes. */
const MAX_OPENED_EXPORT_BYTES = 300_000_000;

type Listener = <E extends EventName>(event: E, payload: EventPayload<E>) => void;

export class ChapterService {
  /** Every channel's function; the policy stays in the registry. Tests may wrap one to watch it. */
  readonly handlers: Handlers;
  private readonly registry: Registry;
  private vault: OpenVault | null = null;
  private idleTimer: ReturnType<typeof setTimeout> | undefined;
  private idleLockMinutes = 0;
  private readonly listeners = new Set<Listener>();
  private readonly timers: NonNullable<ServiceOptions['timers']>;
  /** Vault folders the officer opened from outside (the file manager, the command line). */
  private readonly openedVaultDirs = new Set<string>();
  /** vault id → folder, refreshed whenever the list is read. */
  private vaultDirs = new Map<string, string>();
  private readonly imports = new PendingImports();
  /** Undo of deletes and merges: in memory only, until the vault locks. */
  private readonly undos = new HeldUndos();
  private readonly pendingExchange = new PendingExchange();
  private readonly openedExport = new OpenedExport();
  /** Handlers run one at a time, so a long import is never interleaved with another write. */
  private queue: Promise<unknown> = Promise.resolve();
  /** The clock for records, audit entries and backups; injected so tests can fix "today". */
  private readonly now: () => Date;
  private readonly settingsListeners = new Set<(settings: Settings) => void>();

  constructor(private readonly options: ServiceOptions) {
    this.now = options.now ?? (() => new Date());
    this.timers = options.timers ?? { setTimeout, clearTimeout };
    const host: HandlerHost = {
      context: () => this.rollContext(),
      progress: (operation, done, total) => this.emit('work:progress', { operation, done, total }),
    };
    // Status reads and locking never wait behind queued work; the window polling its state is not activity.
    const session: HandlerMap<SessionChannel> = {
      'app:state': immediate(passive(async () => this.state())),
      'app:activity': immediate(async () => null),
      'app:setLanguage': async ({ language }) => {
        writeLanguage(this.options.vaultsDir, language);
        return this.state();
      },
      'vault:checkPassphrase': async ({ passphrase, context }) =>
        // The open vault's names are always known words, whatever else the window adds.
        judgePassphrase(passphrase, [...(context ?? []), ...(this.vault ? [this.vault.info.chapterName, this.vault.info.officerName] : [])]),
      'vault:create': async ({ chapterName, officerName, passphrase }) => {
        this.lock('user');
        const dir = join(this.options.vaultsDir, `vault-${randomBytes(4).toString('hex')}`);
        const { vault, recoveryCode } = await createVault(
          { dir, chapterName, officerName, passphrase },
          this.options.vault,
        );
        this.adopt(vault);
        return { state: await this.state(), recoveryCode };
      },
      'vault:createDemo': async () => {
        this.lock('user');
        // "Demo" is the folder name the lock screen shows, so the demo vault is never taken for the real one.
        let dir = join(this.options.vaultsDir, 'Demo');
        for (let n = 2; existsSync(dir); n++) dir = join(this.options.vaultsDir, `Demo ${n}`);
        const { vault } = await createDemoVault(dir, DEMO_PASSPHRASE, { ...this.options.vault, now: this.now });
        this.adopt(vault);
        return { state: await this.state(), passphrase: DEMO_PASSPHRASE };
      },
      'vault:unlock': async ({ vaultId, passphrase }) => {
        const dir = await this.dirOf(vaultId);
        this.lock('user');
        this.adopt(await openWithPassphrase(dir, passphrase, this.options.vault));
        this.backupAfterUnlock();
        return this.state();
      },
      'vault:recover': async ({ vaultId, recoveryCode, newPassphrase }) => {
        const dir = await this.dirOf(vaultId);
        this.lock('user');
        this.adopt(await recoverVault(dir, recoveryCode, newPassphrase, this.options.vault));
        this.backupAfterUnlock();
        return this.state();
      },
      'vault:lock': immediate(async () => {
        this.lock('user');
        return this.state();
      }),
      'vault:changePassphrase': async ({ currentPassphrase, newPassphrase }) => {
        await this.openVault().changePassphrase(currentPassphrase, newPassphrase);
        return null;
      },
      'settings:get': readOnly(async () => readSettings(this.openVault().db)),
      'settings:update': async (changes) => {
        const settings = writeSettings(this.openVault().db, changes);
        this.idleLockMinutes = settings.idleLockMinutes;
        this.touch();
        this.settingsListeners.forEach((listener) => listener(settings));
        return settings;
      },
    };
    // One map per domain; the registry refuses a channel declared twice.
    this.registry = createRegistry([
      session,
      rollHandlers(host, this.imports, this.undos),
      exchangeHandlers(host, this.pendingExchange, this.openedExport),
      minutesHandlers(host),
      placesHandlers(host),
      campaignsHandlers(host),
      committeeHandlers(host),
      backupHandlers({
        vault: () => this.openVault(),
        now: this.now,
        lockForRestore: () => this.lock('user'),
        state: () => this.state(),
      }),
    ]);
    this.handlers = { ...this.registry.handlers };
  }

  /**
   * Runs a channel's handler with the policy it was registered with: after the work queued before
   * it (unless immediate), counted as activity (unless passive), with a backup taken first or
   * writes refused when the policy says so. The input is already parsed by its schema.
   */
  invoke<C extends ChannelName>(channel: C, input: ParsedInput<C>): Promise<ChannelOutput<C>> {
    const policy = this.registry.policy(channel);
    if (!policy.passive) this.touch();
    const work = () => this.withPolicy(policy, () => this.handlers[channel](input), input).then((output) => {
      // A write that succeeded is announced (roll:changed…, see ./changes.ts) so the window reads again what it shows.
      for (const [event, payload] of changesAfter(channel, input, output)) this.emit(event, payload);
      return output;
    });
    if (policy.immediate) return work();
    const result = this.queue.then(() => this.unlessLockedMeanwhile(work), () => this.unlessLockedMeanwhile(work));
    this.queue = result.catch(() => undefined);
    return result;
  }

  /** Parses raw input with the channel's schema, then invokes it; what every entry point from outside calls. */
  async call(channel: unknown, rawInput: unknown): Promise<unknown> {
    if (!isChannelName(channel)) throw new UserError('INVALID_INPUT', 'Unknown request.');
    return this.invoke(channel, parseInput(channel, rawInput));
  }

  private async withPolicy<C extends ChannelName, T>(policy: Policy<C>, work: () => Promise<T>, input: ParsedInput<C>): Promise<T> {
    if (policy.backup && (policy.backup.when?.(input) ?? true)) backupNow(this.openVault(), policy.backup.reason, this.now());
    const db = policy.readOnly ? this.vault?.db : undefined;
    if (!db) return work();
    db.pragma('query_only = ON');
    try {
      return await work();
    } finally {
      if (db.open) db.pragma('query_only = OFF');
    }
  }

  /** Main (not the window) follows the settings it applies itself, such as keeping the window out of screenshots. */
  onSettings(listener: (settings: Settings) => void): () => void {
    this.settingsListeners.add(listener);
    if (this.vault) listener(readSettings(this.vault.db));
    return () => this.settingsListeners.delete(listener);
  }


  /** Queued after the unlock that asked for it, so unlocking answers without waiting for the copy. */
  private backupAfterUnlock(): void {
    const vault = this.vault;
    if (!vault) return;
    this.queue = this.queue.then(() => {
      if (vault.isOpen) backupIfDue(vault, this.now());
    }).catch(() => {
      // A failed automatic backup must not break the session; "Back up now" shows the reason.
    });
  }

  /**
   * Locking never waits (the laptop may be going to sleep): it closes the database under long
   * work such as an import, whose transaction is then rolled back. Say so, not "went wrong".
   */
  private async unlessLockedMeanwhile<T>(work: () => Promise<T>): Promise<T> {
    const vault = this.vault;
    try {
      return await work();
    } catch (error) {
      if (vault && this.vault !== vault) {
        throw new UserError('VAULT_LOCKED', 'The vault was locked before this was finished, so nothing of it was saved. Unlock the vault and do it again.');
      }
      throw error;
    }
  }

  private rollContext(): VaultContext {
    return vaultContext(this.openVault(), this.now);
  }

  /**
   * The command line's way in: a vault folder and its passphrase. Unlike `vault:unlock` it takes
   * no automatic backup (a script runs many commands in a row); every channel's policy still applies.
   */
  async openFolder(dir: string, passphrase: string): Promise<void> {
    this.lock('user');
    this.adopt(await openWithPassphrase(dir, passphrase, this.options.vault));
  }

  /** Every call from the officer counts as activity for idle locking. */
  touch(): void {
    if (this.idleTimer) this.timers.clearTimeout(this.idleTimer);
    this.idleTimer = undefined;
    if (!this.vault || this.idleLockMinutes <= 0) return;
    this.idleTimer = this.timers.setTimeout(() => this.lock('idle'), this.idleLockMinutes * 60_000);
    // Never keep a CLI or test process alive just to lock a vault.
    (this.idleTimer as { unref?: () => void }).unref?.();
  }

  /** Closes the database and zeroes its key; tells the renderer to drop everything it shows. */
  lock(reason: LockReason): void {
    if (this.idleTimer) this.timers.clearTimeout(this.idleTimer);
    this.idleTimer = undefined;
    if (!this.vault) return;
    const vault = this.vault;
    this.vault = null;
    this.imports.clear();
    this.undos.clear();
    this.pendingExchange.clear();
    vault.close();
    this.emit('vault:locked', { reason });
  }

  /**
   * A path opened from outside the app (double-clicked, or given on the command line). A vault
   * folder is offered on the lock screen; a file is held as an export to import (the window takes
   * it once unlocked). Anything else, and files too large to preview, are ignored. True when taken.
   */
  async offerOpenedPath(path: string): Promise<boolean> {
    const target = resolve(path);
    if (isVaultDir(target)) {
      if (this.openedVaultDirs.has(target)) return false;
      this.openedVaultDirs.add(target);
      this.emit('app:vaultsChanged', {});
      return true;
    }
    try {
      const info = await stat(target);
      if (!info.isFile() || info.size === 0 || info.size > MAX_OPENED_EXPORT_BYTES) return false;
      this.openedExport.hold(basename(target), new Uint8Array(await readFile(target)));
    } catch {
      // Arguments that are not paths at all (Electron's own flags) land here.
      return false;
    }
    this.emit('exchange:fileOpened', {});
    return true;
  }

  on(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  get isUnlocked(): boolean {
    return this.vault !== null;
  }

  dispose(): void {
    this.lock('window-closed');
    this.listeners.clear();
  }

  private emit<E extends EventName>(event: E, payload: EventPayload<E>): void {
    for (const listener of this.listeners) listener(event, payload);
  }

  private adopt(vault: OpenVault): void {
    this.vault = vault;
    const settings = readSettings(vault.db);
    this.idleLockMinutes = settings.idleLockMinutes;
    this.touch();
    this.settingsListeners.forEach((listener) => listener(settings));
  }

  private openVault(): OpenVault {
    if (!this.vault) throw new UserError('VAULT_LOCKED', 'The vault is locked. Unlock it first.');
    return this.vault;
  }

  private async listVaults(): Promise<VaultSummary[]> {
    const dirs = [
      ...findVaults(this.options.vaultsDir),
      ...(this.options.extraVaults ?? []).map((dir) => resolve(dir)),
      ...this.openedVaultDirs,
    ];
    const summaries: VaultSummary[] = [];
    const seen = new Map<string, string>();
    for (const dir of new Set(dirs)) {
      try {
        const { vaultId, createdAt } = await describeVault(dir);
        if (seen.has(vaultId)) continue;
        seen.set(vaultId, dir);
        summaries.push({ id: vaultId, label: basename(dir), createdAt });
      } catch {
        // A damaged vault folder still gets listed so the officer learns why it won't open.
        // A short, stable id that does not put the folder's path on the wire.
        const id = `damaged-${createHash('sha256').update(dir).digest('hex').slice(0, 16)}`;
        seen.set(id, dir);
        summaries.push({ id, label: basename(dir), createdAt: '' });
      }
    }
    this.vaultDirs = seen;
    return summaries;
  }

  private async dirOf(vaultId: string): Promise<string> {
    if (!this.vaultDirs.has(vaultId)) await this.listVaults();
    const dir = this.vaultDirs.get(vaultId);
    if (!dir) throw new UserError('NOT_FOUND', 'That vault is no longer there. Choose it again from the list.');
    return dir;
  }

  private async state(): Promise<AppState> {
    const vaults = await this.listVaults();
    const language = readLanguage(this.options.vaultsDir);
    if (!this.vault) return { vaults, session: null, language };
    const { info } = this.vault;
    return {
      vaults,
      session: {
        vaultId: info.vaultId,
        chapterName: info.chapterName,
        officerName: info.officerName,
        officerId: info.officerId,
        idleLockMinutes: this.idleLockMinutes,
      },
      language,
    };
  }
}

export function createService(options: ServiceOptions): ChapterService {
  return new ChapterService(options);
}
