/** The roll's IPC handlers: thin adapters from the contract to the roll modules. */
import { randomUUID } from 'node:crypto';
import type { ChannelName } from '../../shared/contract';
import { UserError } from '../errors';
import { readOnly, withBackup, type HandlerMap } from '../service/registry';
import { readAudit } from '../core/audit';
import type { VaultContext } from '../core/context';
import { addConversation, listConversations } from './conversations';
import { defineCustomField, listCustomFields } from './custom-fields';
import { findDuplicates, markNotDuplicate, mergeMembers } from './duplicates';
import { exportRollCsv } from './export';
import { applyImport, mappingFor, readImportFile, type PendingImport } from './import';
import type { ErasedSnapshot } from './erase';
import { addMember, bulkUpdate, deleteMembers, getMember, undoErase, updateMember } from './members';
import { printFileName, renderRollPdf } from './print';
import { listMembers, rollFacets } from './query';
import { deleteView, listViews, saveView } from './views';

type RollChannel = Extract<ChannelName, `roll:${string}`>;
export type RollHandlers = HandlerMap<RollChannel>;

export interface HandlerHost {
  /** The open vault's context; throws VAULT_LOCKED when there is none. */
  context(): VaultContext;
  progress(operation: string, done: number, total: number): void;
}

/** Imports waiting for their mapping, by id. Dropped on lock with everything else. */
export class PendingImports {
  private readonly pending = new Map<string, PendingImport>();
  add(item: PendingImport): string {
    const id = randomUUID();
    this.pending.clear(); // one import at a time: an abandoned preview does not linger
    this.pending.set(id, item);
    return id;
  }
  take(id: string): PendingImport {
    const item = this.pending.get(id);
    if (!item) throw new UserError('NOT_FOUND', 'That import is no longer open (the vault may have been locked). Choose the file again.');
    return item;
  }
  finish(id: string): void {
    this.pending.delete(id);
  }
  clear(): void {
    this.pending.clear();
  }
}

/**
 * What undoing a delete or a merge needs, by token, in memory only: deleted means erased from the
 * vault, so the undo lives as long as the unlocked session. Dropped on lock.
 */
export class HeldUndos {
  private readonly held = new Map<string, { undo: ErasedSnapshot; action: string }>();
  hold(undo: ErasedSnapshot, action: string): string {
    const token = randomUUID();
    this.held.set(token, { undo, action });
    return token;
  }
  take(token: string): { undo: ErasedSnapshot; action: string } {
    const held = this.held.get(token);
    if (!held) throw new UserError('NOT_FOUND', 'That can no longer be undone: the vault was locked since, and what undo needed is gone.');
    this.held.delete(token);
    return held;
  }
  clear(): void {
    this.held.clear();
  }
}

const SAMPLE_ROWS = 5;

export function rollHandlers(host: HandlerHost, imports: PendingImports, undos: HeldUndos): RollHandlers {
  return {
    'roll:list': readOnly(async (query) => listMembers(host.context(), query)),
    'roll:get': readOnly(async ({ id }) => {
      const context = host.context();
      return { member: getMember(context, id), conversations: listConversations(context, id), audit: readAudit(context, 'member', id) };
    }),
    'roll:add': async ({ fields }) => addMember(host.context(), fields),
    'roll:update': async ({ id, fields }) => updateMember(host.context(), id, fields),
    'roll:delete': async ({ ids }) => {
      const { count, undo } = deleteMembers(host.context(), ids);
      return { count, undo: undos.hold(undo, 'restore') };
    },
    'roll:undo': async ({ undo }) => {
      const context = host.context();
      const held = undos.take(undo);
      return { count: undoErase(context, held.undo, held.action) };
    },
    'roll:bulkUpdate': async ({ ids, ...change }) => ({ count: bulkUpdate(host.context(), ids, change) }),
    'roll:addConversation': async (input) => addConversation(host.context(), input),
    'roll:facets': readOnly(async () => rollFacets(host.context())),
    'roll:duplicates': readOnly(async ({ includeNameOnly }) => findDuplicates(host.context(), { includeNameOnly: includeNameOnly ?? false })),
    'roll:notDuplicate': async ({ a, b }) => {
      markNotDuplicate(host.context(), a, b);
      return {};
    },
    'roll:merge': async ({ keepId, otherId, choices }) => {
      const { member, undo } = mergeMembers(host.context(), keepId, otherId, choices);
      return { member, undo: undos.hold(undo, 'undo merge') };
    },
    'roll:views': readOnly(async () => listViews(host.context())),
    'roll:saveView': async ({ name, query }) => saveView(host.context(), name, query),
    'roll:deleteView': async ({ id }) => deleteView(host.context(), id),
    'roll:customFields': readOnly(async () => listCustomFields(host.context().db)),
    'roll:defineCustomField': async (field) => defineCustomField(host.context(), field),
    'roll:importPreview': async ({ fileName, contentBase64, encoding }) => {
      const context = host.context();
      const parsed = readImportFile(new Uint8Array(Buffer.from(contentBase64, 'base64')), encoding);
      const { mapping, saved } = mappingFor(context, parsed.headers);
      const importId = imports.add({ fileName, parsed });
      return {
        importId,
        fileName,
        encoding: parsed.encoding,
        delimiter: parsed.delimiter,
        headers: parsed.headers,
        mapping,
        mappingSaved: saved,
        sample: parsed.rows.slice(0, SAMPLE_ROWS).map((row) => row.cells),
        totalRows: parsed.rows.length,
      };
    },
    // What an import changes can be undone by restoring the backup taken just before it.
    'roll:importApply': withBackup('before-import', async ({ importId, mapping, onMatch, dryRun }) => {
      const context = host.context();
      const pending = imports.take(importId);
      const result = await applyImport(context, pending, {
        mapping,
        onMatch,
        dryRun: dryRun ?? false,
        progress: (done, total) => host.progress('import', done, total),
      });
      if (result.applied) imports.finish(importId);
      return result;
    }, ({ dryRun }) => !dryRun),
    'roll:printPdf': readOnly(async ({ kind, query }) => {
      const context = host.context();
      const pdf = await renderRollPdf(context, { kind, query }, {
        onProgress: (done, total) => host.progress('print', done, total),
      });
      return { fileName: printFileName(kind, context), pdfBase64: Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength).toString('base64') };
    }),
    'roll:exportCsv': readOnly(async ({ query }) => {
      const { csv, count } = exportRollCsv(host.context(), query ?? {});
      const date = host.context().now().toISOString().slice(0, 10);
      return { fileName: `roll-${date}.csv`, csv, count };
    }),
  };
}
