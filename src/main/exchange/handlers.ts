/** The officers' and exchange IPC handlers: thin adapters from the contract to the exchange modules. */
import { randomUUID } from 'node:crypto';
import QRCode from 'qrcode';
import type { ChannelName } from '../../shared/contract';
import { UserError } from '../errors';
import type { HandlerHost } from '../roll/handlers';
import { readOnly, withBackup, type HandlerMap } from '../service/registry';
import { applyImportFile, exportForOfficers, importWarnings, previewImport } from './exchange';
import { addOfficer, contactCard, ensurePqIdentity, inspectContactCard, listOfficers, revokeOfficer, verifyOfficer } from './officers';

type ExchangeChannel = Extract<ChannelName, `officers:${string}` | `exchange:${string}`>;
export type ExchangeHandlers = HandlerMap<ExchangeChannel>;

/** An export file waiting for the officer to confirm its preview; dropped on lock. */
export class PendingExchange {
  private pending: { id: string; file: Uint8Array; passphrase?: string } | null = null;
  hold(file: Uint8Array, passphrase?: string): string {
    const id = randomUUID();
    this.pending = { id, file, ...(passphrase ? { passphrase } : {}) };
    return id;
  }
  take(id: string) {
    if (!this.pending || this.pending.id !== id) {
      throw new UserError('NOT_FOUND', 'That import is no longer open (the vault may have been locked). Choose the file again.');
    }
    return this.pending;
  }
  clear(): void {
    this.pending = null;
  }
}

/**
 * An export file opened from outside the app (double-clicked), kept until an unlocked window
 * takes it. Only the file as it is (ciphertext): it survives locking, so a file opened at the
 * lock screen is imported after unlocking.
 */
export class OpenedExport {
  private held: { fileName: string; bytes: Uint8Array } | null = null;
  hold(fileName: string, bytes: Uint8Array): void {
    this.held = { fileName, bytes };
  }
  take(): { fileName: string; bytes: Uint8Array } | null {
    const held = this.held;
    this.held = null;
    return held;
  }
}

export function exchangeHandlers(host: HandlerHost, pending: PendingExchange, opened: OpenedExport): ExchangeHandlers {
  return {
    'officers:list': readOnly(async () => listOfficers(host.context().db).map((officer) => strip(officer))),
    'officers:card': async () => {
      const { db } = host.context();
      await ensurePqIdentity(db);
      const card = contactCard(db);
      const self = listOfficers(db).find((officer) => officer.isSelf)!;
      // The hybrid key does not fit a QR code; that card is the classic one (see contactCard).
      const qrCard = contactCard(db, { withPq: false });
      return { card, qrCard, fingerprint: self.fingerprint, qrSvg: await QRCode.toString(qrCard, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 }) };
    },
    'officers:inspect': readOnly(async ({ card }) => inspectContactCard(host.context().db, card)),
    'officers:add': async ({ card, verified }) => strip(addOfficer(host.context(), card, { verified })),
    'officers:verify': async ({ id }) => strip(verifyOfficer(host.context(), id)),
    'officers:revoke': async ({ id }) => strip(revokeOfficer(host.context(), id)),
    'exchange:export': async ({ to, passphrase, scope, query, meetingIds, includeRelationships }) => {
      const context = host.context();
      const request = {
        to,
        scope,
        ...(passphrase ? { passphrase } : {}),
        ...(query ? { query } : {}),
        ...(meetingIds ? { meetingIds } : {}),
        includeRelationships: includeRelationships ?? false,
      };
      const result = await exportForOfficers(context, request, (done, total) => host.progress('exchange-export', done, total));
      return {
        fileName: result.fileName,
        contentBase64: Buffer.from(result.file).toString('base64'),
        members: result.members,
        meetings: result.meetings,
        recipients: result.recipients,
      };
    },
    'exchange:preview': async ({ contentBase64, passphrase }) => {
      const file = new Uint8Array(Buffer.from(contentBase64, 'base64'));
      const preview = await previewImport(host.context(), file, passphrase, (done, total) => host.progress('exchange-import', done, total));
      return { ...preview, warnings: importWarnings(preview), importId: pending.hold(file, passphrase) };
    },
    // What an exchange changes can be undone by restoring the backup taken just before it.
    'exchange:apply': withBackup('before-exchange', async ({ importId, acceptUnverifiedSigner, acceptForwarded }) => {
      const held = pending.take(importId);
      const result = await applyImportFile(host.context(), held.file, {
        acceptUnverifiedSigner,
        acceptForwarded: acceptForwarded ?? false,
        progress: (done, total) => host.progress('exchange-import', done, total),
        ...(held.passphrase ? { passphrase: held.passphrase } : {}),
      });
      pending.clear();
      return { ...result, warnings: importWarnings(result), importId };
    }),
    'exchange:takeOpenedFile': async () => {
      // Handed only to an unlocked window: context() refuses while locked, and the file stays held.
      host.context();
      const held = opened.take();
      return held ? { fileName: held.fileName, contentBase64: Buffer.from(held.bytes).toString('base64') } : null;
    },
  };
}

function strip<T extends { ageRecipient: string; agePqRecipient: string }>({ ageRecipient: _recipient, agePqRecipient: _pq, ...rest }: T): Omit<T, 'ageRecipient' | 'agePqRecipient'> {
  return rest;
}
