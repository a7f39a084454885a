/**
 * Export and import between officers: choose what to send and to whom, seal it; open what
 * arrives, check who signed it, preview what would change, then apply it in one transaction.
 */
import { randomUUID } from 'node:crypto';
import type { CustomField, RollQuery } from '../../shared/roll';
import { longDate } from '../print/pdf';
import { UserError } from '../errors';
import { get, sql } from '../db/sql';
import { distinctValues } from '../roll/members';
import { judgePassphrase } from '../vault/passphrase-strength';
import { recordAudit } from '../core/audit';
import type { VaultContext } from '../core/context';
import { selectMemberIds } from '../roll/query';
import { loadSodium } from '../core/sodium';
import { listCustomFields } from '../roll/custom-fields';
import { buildBundle, openSealed, readBundle, sealBundle, type BundleRecords, type Manifest, type Progress } from './bundle';
import { fingerprint } from './fingerprint';
import { emptySummary, latestStamp, mergeRecordsInSteps, type MergeSummary } from './merge';
import { ensurePqIdentity, exportRecipients, importedAt, lastStampFrom, learnPqRecipient, noteImport, noteImportedExport, noteSent, officerRowBySigningKey, selfIdentity, sentTombstones } from './officers';
import { readMeetingRecords, stampUnstampedMeetings } from './minutes-records';
import { readMemberRecords, type MemberRecord } from './records';
import { readSyncedRecords, type SyncedRecord } from '../core/synced-records';

export interface ExportRequest {
  /** Officer names or ids; each must be verified and not revoked. */
  to: string[];
  passphrase?: string;
  /** all: the roll and every meeting; roll: no meetings; minutes: meetings only. */
  scope: 'all' | 'roll' | 'minutes';
  /** Only the members this selects (one building, one shop); deletions among them travel too. */
  query?: RollQuery;
  /** With scope minutes: only these meetings (else all of them). */
  meetingIds?: string[];
  /** Relationships between members travel only when asked for: they are the most sensitive data of all. */
  includeRelationships?: boolean;
}

export interface ExportResult {
  file: Uint8Array;
  members: number;
  conversations: number;
  meetings: number;
  recipients: string[];
  /** Encrypted to the recipients' post-quantum hybrid keys (else to their X25519 keys, or a passphrase). */
  postQuantum: boolean;
  /** What to call the file (exportFileName). */
  fileName: string;
}

/** Progress of an export or import, in thousandths: reading is quick, encrypting and merging are not. */
const PROGRESS_TOTAL = 1000;
const part = (progress: Progress | undefined, from: number, to: number): Progress => (done, total) =>
  progress?.(Math.round(from + ((to - from) * done) / Math.max(total, 1)), PROGRESS_TOTAL);

/**
 * Words anyone near the chapter knows, so no passphrase is built from them: the chapter's and
 * this officer's names, and every building and workplace on the roll ("Maple Court" is not a
 * passphrase, and it is what an export for Maple Court's captain would be tempted to use).
 */
const chapterNameOf = (context: VaultContext): string =>
  get<{ value: string }>(context.db, sql`SELECT value FROM meta WHERE key = 'chapter_name'`)?.value ?? '';

export function knownChapterWords(context: VaultContext): string[] {
  return [chapterNameOf(context), selfIdentity(context.db).name, ...distinctValues(context.db, 'building'), ...distinctValues(context.db, 'workplace')].filter(Boolean);
}

/** The same rule as the vault's passphrase: a weak one is refused, with the reason. */
function checkExportPassphrase(context: VaultContext, passphrase: string): void {
  const verdict = judgePassphrase(passphrase, knownChapterWords(context));
  if (!verdict.acceptable) throw new UserError('WEAK_PASSPHRASE', `That passphrase is too easy to guess for an export. ${verdict.feedback}`);
}

/**
 * "riverside-tenants-union-roll-part-2026-06-15.age": the chapter, what the file holds and the
 * day, and nothing secret (no officer, no building, no search).
 */
export function exportFileName(chapter: string, request: Pick<ExportRequest, 'scope' | 'query'>, date: string): string {
  const slug = chapter.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 40) || 'chapter';
  const filtered = request.query && (request.query.search || Object.keys(request.query.filter ?? {}).length > 0);
  const scope = request.scope === 'minutes' ? 'minutes' : filtered ? 'roll-part' : request.scope === 'roll' ? 'roll' : 'all';
  return `${slug}-${scope}-${date}.age`;
}

export async function exportForOfficers(context: VaultContext, request: ExportRequest, progress?: Progress): Promise<ExportResult> {
  if (request.passphrase) checkExportPassphrase(context, request.passphrase);
  const recipients = exportRecipients(context.db, request.to);
  if (recipients.length === 0 && !request.passphrase) {
    throw new UserError('INVALID_INPUT', 'Choose at least one officer to send this to, or set a passphrase for the file.');
  }
  if (recipients.length > 0 && request.passphrase) {
    // The age format locks a file either to recipients or to one passphrase, never both.
    throw new UserError('INVALID_INPUT', 'A file is locked either for officers or with a passphrase, not both. Make two files if you need both.');
  }
  const sodium = await loadSodium();
  await ensurePqIdentity(context.db);
  // The public half only: the secret key is read where it signs, and zeroed there.
  const self = selfIdentity(context.db);
  sodium.memzero(self.signingSecretKey);
  const filtered = request.scope !== 'minutes' && request.query && (request.query.search || Object.keys(request.query.filter ?? {}).length > 0);
  const ids = filtered ? new Set(selectMemberIds(context, request.query!, { includeDeleted: false })) : null;
  const withRoll = request.scope !== 'minutes';
  // A tombstone has nothing left to filter by: a part of the roll carries the tombstones of the
  // members these officers were sent before, and no others.
  const tombstones = ids ? new Set(sentTombstones(context.db, recipients.map((officer) => officer.id))) : null;
  const members = withRoll ? readMemberRecords(context.db, ids ? (id) => ids.has(id) || tombstones!.has(id) : undefined) : [];
  // A filtered export is part of the roll for someone who needs only that part: no minutes.
  const withMinutes = request.scope === 'minutes' || (request.scope === 'all' && !filtered);
  if (withMinutes) context.db.transaction(() => stampUnstampedMeetings(context))();
  const meetingIds = request.scope === 'minutes' && request.meetingIds?.length ? request.meetingIds : undefined;
  const meetings = withMinutes ? readMeetingRecords(context.db, meetingIds) : [];
  if (meetingIds && meetings.length < new Set(meetingIds).size) {
    throw new UserError('NOT_FOUND', 'One of the chosen meetings is not in this vault (it may have been deleted). Choose the meetings again.');
  }
  const records: BundleRecords = {
    members,
    // Conversations are contact attempts (outcome talked) and travel with them, as records of
    // that kind; the separate list is read only from files written before attempts existed.
    conversations: [],
    ...(withRoll ? { customFields: ids ? fieldsInUse(listCustomFields(context.db), members) : listCustomFields(context.db) } : {}),
    ...(meetings.length > 0 ? { meetings } : {}),
    ...(withRoll ? { records: readOrganizingRecords(context, ids, request.includeRelationships ?? false) } : {}),
  };
  progress?.(100, PROGRESS_TOTAL);
  // Hybrid only when every recipient has a hybrid key: one X25519 stanza beside it would be as
  // weak against a quantum computer as all of them (the age tool refuses to mix them, too).
  const postQuantum = recipients.length > 0 && recipients.every((officer) => officer.agePqRecipient);
  const description =
    request.scope === 'minutes'
      ? meetingIds ? 'chosen meetings' : 'the minutes'
      : filtered ? 'part of the roll' : request.scope === 'all' ? 'the whole vault' : 'the roll';
  const scope: Manifest['scope'] = { kind: request.scope, description };
  const addressing = { exportId: randomUUID(), recipients: recipients.map((officer) => ({ fingerprint: officer.fingerprint, name: officer.name })) };
  const bundle = buildBundle(sodium, selfIdentity(context.db), records, scope, context.now(), addressing, (secret) => sodium.memzero(secret));
  progress?.(200, PROGRESS_TOTAL);
  const file = await sealBundle(
    bundle,
    {
      recipients: postQuantum ? recipients.map((officer) => officer.agePqRecipient) : recipients.map((officer) => officer.ageRecipient),
      ...(request.passphrase ? { passphrase: request.passphrase } : {}),
    },
    part(progress, 200, PROGRESS_TOTAL),
  );
  if (ids) context.db.transaction(() => noteSent(context.db, recipients.map((officer) => officer.id), ids))();
  recordAudit(context, {
    entity: 'exchange',
    entityId: self.officerId,
    action: 'export',
    after: { to: recipients.map((officer) => officer.name), members: members.length, meetings: meetings.length, passphrase: Boolean(request.passphrase) },
  });
  const conversations = (records.records?.contact_attempt ?? []).filter((attempt) => attempt.fields.outcome === 'talked').length;
  return { file, members: members.length, conversations, meetings: meetings.length, recipients: recipients.map((officer) => officer.name), postQuantum,
    fileName: exportFileName(chapterNameOf(context), request, context.now().toISOString().slice(0, 10)) };
}

/** Custom field definitions a member in this part of the roll has a value for: the others stay home. */
function fieldsInUse(fields: CustomField[], members: MemberRecord[]): CustomField[] {
  const used = new Set<string>();
  for (const member of members) {
    const values = JSON.parse(String(member.fields.custom ?? '{}')) as Record<string, string>;
    for (const [key, value] of Object.entries(values)) if (value !== '') used.add(key);
  }
  return fields.filter((field) => used.has(field.key));
}

/** Every organizing kind's records (tombstones too), in the scope of `ids` when the export is filtered. */
function readOrganizingRecords(context: VaultContext, ids: ReadonlySet<string> | null, includeRelationships: boolean): Record<string, SyncedRecord[]> {
  const records: Record<string, SyncedRecord[]> = {};
  for (const kind of context.kinds) {
    if (kind.optIn === 'relationships' && !includeRelationships) continue;
    const list = readSyncedRecords(context.db, kind, ids ?? undefined);
    if (list.length > 0) records[kind.name] = list;
  }
  return records;
}

export type SignerStatus = 'verified' | 'unverified' | 'unknown' | 'self';

export interface ImportPreviewResult extends MergeSummary {
  signer: { name: string; officerId: string; fingerprint: string; status: SignerStatus };
  createdAt: string;
  scope: string;
  /** Names of the officers the file was made for; null for a file that does not say (older versions). */
  madeFor: string[] | null;
  /** True when the file names its recipients and this officer is not among them: someone passed it on. */
  forwarded: boolean;
  /** When this vault imported this very file before ('' if never): it is not applied again. */
  alreadyImportedAt: string;
}

async function openImport(context: VaultContext, file: Uint8Array, passphrase: string | undefined, progress: Progress | undefined) {
  const sodium = await loadSodium();
  const self = selfIdentity(context.db);
  sodium.memzero(self.signingSecretKey);
  const identities = [self.ageIdentity, self.agePqIdentity].filter(Boolean);
  const plaintext = await openSealed(file, passphrase ? { passphrase } : { identity: identities }, part(progress, 0, 400));
  const bundle = readBundle(sodium, plaintext);
  progress?.(500, PROGRESS_TOTAL);
  const known = officerRowBySigningKey(context.db, bundle.signerKey);
  if (known?.revoked_at) throw new UserError('FORBIDDEN', `This file is signed by ${known.name}, who has been revoked. It was not imported.`);
  const status: SignerStatus = !known ? 'unknown' : known.is_self ? 'self' : known.verified_at ? 'verified' : 'unverified';
  const signer = {
    name: known?.name ?? bundle.manifest.sender.name,
    officerId: known?.id ?? bundle.manifest.sender.officerId,
    fingerprint: fingerprint(bundle.signerKey, bundle.manifest.sender.ageRecipient),
    status,
  };
  const { recipients, exportId } = bundle.manifest;
  const mine = fingerprint(self.signingPublicKey, self.ageRecipient);
  const addressing = {
    madeFor: recipients ? recipients.map((recipient) => recipient.name) : null,
    forwarded: Boolean(recipients && recipients.length > 0 && !recipients.some((recipient) => recipient.fingerprint === mine)),
    alreadyImportedAt: exportId ? importedAt(context.db, exportId) : '',
  };
  return { bundle, signer, addressing, knownId: known && !known.is_self ? known.id : null, sodium };
}

/** Why a file is applied with care, in one sentence each: for the preview and the command line. */
export function importWarnings(preview: Pick<ImportPreviewResult, 'madeFor' | 'forwarded' | 'alreadyImportedAt'>): string[] {
  const warnings: string[] = [];
  if (preview.alreadyImportedAt) warnings.push(`This file was already imported on ${longDate(preview.alreadyImportedAt.slice(0, 10))}; it is not applied again.`);
  if (preview.forwarded) warnings.push(forwardedSentence(preview.madeFor ?? []));
  if (preview.madeFor === null) warnings.push('This file does not say whom it was made for (an older version of Chapterhouse wrote it), so it cannot show whether someone passed it on.');
  return warnings;
}

const forwardedSentence = (names: string[]) =>
  `This file was made for ${names.join(', ')}, not for you: someone passed it on. Import it only if you know why it came to you.`;

/** Decrypts, verifies and compares: nothing in the vault changes. */
export async function previewImport(context: VaultContext, file: Uint8Array, passphrase?: string, progress?: Progress): Promise<ImportPreviewResult> {
  const { bundle, signer, addressing, knownId, sodium } = await openImport(context, file, passphrase, progress);
  const since = knownId ? lastStampFrom(context.db, knownId) : '';
  const summary = addressing.alreadyImportedAt
    ? emptySummary()
    : await mergeRecordsInSteps(context, bundle.records, { dryRun: true, sender: signer, since, sodium, progress: part(progress, 500, PROGRESS_TOTAL) });
  return { ...summary, signer, createdAt: bundle.manifest.createdAt, scope: bundle.manifest.scope.description, ...addressing };
}

/**
 * Applies an export in one transaction. A file from an officer who is not verified is only
 * applied when `acceptUnverifiedSigner` is given: the officer saw the fingerprint and said yes.
 */
export async function applyImportFile(
  context: VaultContext,
  file: Uint8Array,
  options: { passphrase?: string; acceptUnverifiedSigner?: boolean; acceptForwarded?: boolean; progress?: Progress },
): Promise<ImportPreviewResult> {
  const { bundle, signer, addressing, knownId, sodium } = await openImport(context, file, options.passphrase, options.progress);
  const result = (summary: MergeSummary): ImportPreviewResult => ({
    ...summary,
    signer,
    createdAt: bundle.manifest.createdAt,
    scope: bundle.manifest.scope.description,
    ...addressing,
  });
  // The same file again changes nothing; it is reported, not applied a second time.
  if (addressing.alreadyImportedAt) return result(emptySummary());
  if (addressing.forwarded && !options.acceptForwarded) {
    throw new UserError('FORBIDDEN', `${forwardedSentence(addressing.madeFor ?? [])} Nothing was imported.`);
  }
  if ((signer.status === 'unknown' || signer.status === 'unverified') && !options.acceptUnverifiedSigner) {
    throw new UserError(
      'FORBIDDEN',
      `This file is signed by ${signer.name}, whom you have not verified (fingerprint ${signer.fingerprint}). Compare the fingerprint with them in person before importing.`,
    );
  }
  const since = knownId ? lastStampFrom(context.db, knownId) : '';
  const summary = await mergeRecordsInSteps(context, bundle.records, {
    dryRun: false,
    sender: signer,
    since,
    sodium,
    progress: part(options.progress, 500, PROGRESS_TOTAL),
    // In the merge's transaction: who sent what, and when we last heard from them.
    finish: (merged) => {
      if (knownId) noteImport(context.db, knownId, context.now().toISOString(), latestStamp(bundle.records));
      if (bundle.manifest.exportId) noteImportedExport(context.db, bundle.manifest.exportId, context.now().toISOString());
      if (knownId && bundle.manifest.sender.pq) learnPqRecipient(context.db, knownId, bundle.signerKey, bundle.manifest.sender.pq);
      recordAudit(context, {
        entity: 'exchange',
        entityId: signer.officerId,
        action: 'import',
        after: {
          from: signer.name,
          sent: bundle.manifest.createdAt,
          new: merged.new,
          changed: merged.changed,
          deleted: merged.deleted,
          meetings: { new: merged.meetings.new, changed: merged.meetings.changed, deleted: merged.meetings.deleted },
        },
      });
    },
  });
  return result(summary);
}
