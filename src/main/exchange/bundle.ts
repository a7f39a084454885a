/**
 * The export file: a standard age file (X25519 recipients and/or a passphrase) whose plaintext
 * is a bundle — one line of manifest JSON, one line with the sender's Ed25519 signature of that
 * line, then the records as JSON. The manifest carries the SHA-256 of the records, so the one
 * signature covers everything. Any age implementation can decrypt it with the recipient's
 * identity; the records are plain JSON.
 */
import { createHash } from 'node:crypto';
import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import { armor, Decrypter, Encrypter } from 'age-encryption';
import { z } from 'zod';
import { UserError } from '../errors';
import type { Sodium } from '../core/sodium';
import { CustomField } from '../../shared/roll';
import { SyncedRecordSchema } from '../core/synced-records';
import { MeetingRecord } from './minutes-records';
import { ConversationRecord, fromWire, MemberRecord, toWire } from './records';

export const BUNDLE_FORMAT = 'chapterhouse-bundle';
/**
 * 4: organizing records travel (campaigns, responses, contact attempts…: core/synced-records.ts),
 * by kind, with a count per kind. A file without them is still written as version 3 (with
 * meetings) or 2, so officers who have not updated yet can read what they can.
 * 3: meetings travel (records and a count).
 */
export const BUNDLE_VERSION = 4;
const MINUTES_VERSION = 3;
/**
 * 2: members travel in their short form (records.ts toWire) and custom field definitions travel
 * with them. Version 1 files are still read.
 */
const ROLL_ONLY_VERSION = 2;
/** Larger than any chapter's roll; a manifest claiming more is refused before anything is parsed. */
const MAX_RECORDS = 5_000_000;
const MAX_RECORDS_BYTES = 2 * 1024 ** 3;
const MAX_MANIFEST_BYTES = 64 * 1024;

const KindName = z.string().regex(/^[a-z][a-z_]{0,39}$/);
const Base64 = z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/).max(200);

export const Manifest = z
  .object({
    format: z.literal(BUNDLE_FORMAT),
    version: z.number().int().min(1),
    sender: z
      .object({
        officerId: z.string().max(100),
        name: z.string().max(200),
        signingKey: Base64,
        ageRecipient: z.string().max(2000),
        /** The sender's hybrid recipient and its proof, as on their card: how a card read from a QR code gets it. */
        pq: z.object({ recipient: z.string().max(5000), proof: z.string().max(200) }).strict().optional(),
      })
      .strict(),
    createdAt: z.string().max(40),
    scope: z
      .object({
        kind: z.enum(['all', 'roll', 'minutes']),
        description: z.string().max(500),
      })
      .strict(),
    counts: z
      .object({
        members: z.number().int().min(0).max(MAX_RECORDS),
        conversations: z.number().int().min(0).max(MAX_RECORDS),
        meetings: z.number().int().min(0).max(MAX_RECORDS).optional(),
        /** Organizing records per kind (version 4). */
        records: z.record(KindName, z.number().int().min(0).max(MAX_RECORDS)).optional(),
      })
      .strict(),
    recordsBytes: z.number().int().min(2).max(MAX_RECORDS_BYTES),
    recordsSha256: z.string().regex(/^[0-9a-f]{64}$/),
    /** A random id per file: a file imported before is recognised (files from before have none). */
    exportId: z.string().uuid().optional(),
    /**
     * The officers the file was made for, by key fingerprint and name, signed with the rest: a
     * file passed on to someone else says so. Empty for a passphrase file; absent in older files.
     */
    recipients: z
      .array(z.object({ fingerprint: z.string().max(40), name: z.string().max(200) }).strict())
      .max(1000)
      .optional(),
  })
  .strict();
export type Manifest = z.infer<typeof Manifest>;
/** Whom a file is for, and its id: written into the signed manifest. */
export type Addressing = Required<Pick<Manifest, 'exportId' | 'recipients'>>;

export const BundleRecords = z
  .object({
    members: z.array(MemberRecord),
    conversations: z.array(ConversationRecord),
    customFields: z.array(CustomField).max(1000).optional(),
    meetings: z.array(MeetingRecord).max(100_000).optional(),
    /** Organizing records by kind name (version 4). */
    records: z.record(KindName, z.array(SyncedRecordSchema).max(MAX_RECORDS)).optional(),
  })
  .strict();
export type BundleRecords = z.infer<typeof BundleRecords>;

/** How many organizing records of each kind a bundle carries (kinds with none left out). */
function recordCounts(records: BundleRecords): Record<string, number> {
  return Object.fromEntries(Object.entries(records.records ?? {}).filter(([, list]) => list.length > 0).map(([kind, list]) => [kind, list.length]));
}

function sameCounts(actual: Record<string, number>, claimed: Record<string, number>): boolean {
  const kinds = new Set([...Object.keys(actual), ...Object.keys(claimed)]);
  return [...kinds].every((kind) => (actual[kind] ?? 0) === (claimed[kind] ?? 0));
}

const recordCount = (records: BundleRecords): number => Object.values(records.records ?? {}).reduce((sum, list) => sum + list.length, 0);

export interface Sender {
  officerId: string;
  name: string;
  signingPublicKey: Uint8Array;
  signingSecretKey: Uint8Array;
  ageRecipient: string;
  agePqRecipient?: string;
  agePqProof?: string;
}

export interface SealOptions {
  recipients: string[];
  passphrase?: string;
}

const encoder = new TextEncoder();

export function buildBundle(
  sodium: Sodium,
  sender: Sender,
  records: BundleRecords,
  scope: Manifest['scope'],
  now: Date,
  addressing?: Addressing,
  /** Called with the sender's secret key once signed, or if building fails: the app zeroes it there. */
  zero: (secret: Uint8Array) => void = () => {},
): Uint8Array {
  try {
    return build(sodium, sender, records, scope, now, addressing);
  } finally {
    zero(sender.signingSecretKey);
  }
}

function build(sodium: Sodium, sender: Sender, records: BundleRecords, scope: Manifest['scope'], now: Date, addressing?: Addressing): Uint8Array {
  const recordsBytes = encoder.encode(JSON.stringify({ ...records, members: records.members.map(toWire) }));
  const manifest: Manifest = {
    format: BUNDLE_FORMAT,
    version: recordCount(records) > 0 ? BUNDLE_VERSION : records.meetings?.length ? MINUTES_VERSION : ROLL_ONLY_VERSION,
    sender: {
      officerId: sender.officerId,
      name: sender.name,
      signingKey: Buffer.from(sender.signingPublicKey).toString('base64'),
      ageRecipient: sender.ageRecipient,
      ...(sender.agePqRecipient && sender.agePqProof ? { pq: { recipient: sender.agePqRecipient, proof: sender.agePqProof } } : {}),
    },
    createdAt: now.toISOString(),
    scope,
    counts: {
      members: records.members.length,
      conversations: records.conversations.length,
      ...(records.meetings?.length ? { meetings: records.meetings.length } : {}),
      ...(recordCount(records) > 0 ? { records: recordCounts(records) } : {}),
    },
    recordsBytes: recordsBytes.length,
    recordsSha256: createHash('sha256').update(recordsBytes).digest('hex'),
    ...(addressing ?? {}),
  };
  const manifestLine = encoder.encode(JSON.stringify(manifest));
  const signature = sodium.crypto_sign_detached(manifestLine, sender.signingSecretKey);
  const signatureLine = encoder.encode(Buffer.from(signature).toString('base64'));
  const newline = encoder.encode('\n');
  return Buffer.concat([manifestLine, newline, signatureLine, newline, recordsBytes]);
}

/** Reports how far along a long step is; `done` of `total`. */
export type Progress = (done: number, total: number) => void;

const SLICE_BYTES = 1024 * 1024;

/**
 * `bytes` as a stream of 1 MiB slices, with a turn of the event loop before each: encrypting or
 * decrypting 60 MB then leaves the window responsive, and `progress` can say how far it got.
 */
function sliced(bytes: Uint8Array, progress?: Progress): ReadableStream<Uint8Array> {
  let offset = 0;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (offset >= bytes.length) {
        controller.close();
        return;
      }
      await yieldToEventLoop();
      const end = Math.min(bytes.length, offset + SLICE_BYTES);
      controller.enqueue(bytes.subarray(offset, end));
      offset = end;
      progress?.(offset, bytes.length);
    },
  });
}

async function collect(stream: ReadableStream<Uint8Array>): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  const reader = stream.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

export async function sealBundle(bundle: Uint8Array, options: SealOptions, progress?: Progress): Promise<Uint8Array> {
  const encrypter = new Encrypter();
  if (options.passphrase) encrypter.setPassphrase(options.passphrase);
  for (const recipient of options.recipients) encrypter.addRecipient(recipient);
  return collect(await encrypter.encrypt(sliced(bundle, progress)));
}

export const importMessages = {
  notAge: 'This is not a Chapterhouse export file.',
  notForYou: 'Your key does not open this file: it was made for other officers, or its header is damaged.',
  wrongPassphrase: 'That passphrase does not open this file (or its header is damaged).',
  damaged: 'The file is damaged or was changed after it was written, so it was not imported.',
  notBundle: 'This file is encrypted, but it is not a Chapterhouse export.',
  tooNew: 'This export was made by a newer version of Chapterhouse. Update Chapterhouse to import it.',
  absurd: 'This export declares sizes no chapter has; it was refused without reading further.',
  badSignature: 'The signature on this file does not match its contents: it may have been tampered with. Nothing was imported.',
};

const ARMOR_BEGIN = '-----BEGIN AGE ENCRYPTED FILE-----';

/** Decrypts an export with this officer's age identity (or identities), or with a passphrase. */
export async function openSealed(file: Uint8Array, key: { identity?: string | string[]; passphrase?: string }, progress?: Progress): Promise<Uint8Array> {
  const header = Buffer.from(file.subarray(0, 1024)).toString('latin1');
  // The armor may have white space around it (the age spec allows it).
  if (!header.startsWith('age-encryption.org/v1\n') && !header.trimStart().startsWith(ARMOR_BEGIN)) {
    throw new UserError('INVALID_INPUT', importMessages.notAge);
  }
  const decrypter = new Decrypter();
  for (const identity of [key.identity ?? []].flat()) decrypter.addIdentity(identity);
  if (key.passphrase) decrypter.addPassphrase(key.passphrase);
  try {
    // `age --armor` writes text; the age tool reads both, and so do we.
    const binary = header.startsWith('age-encryption.org/v1\n') ? file : armor.decode(Buffer.from(file).toString('latin1'));
    return await collect(await decrypter.decrypt(sliced(binary, progress)));
  } catch (error) {
    const message = String((error as Error)?.message ?? '');
    // age cannot tell "not for you" from a damaged header: both are "no identity matched".
    if (/no identity matched/i.test(message)) throw new UserError('FORBIDDEN', key.passphrase ? importMessages.wrongPassphrase : importMessages.notForYou);
    throw new UserError('INVALID_INPUT', importMessages.damaged);
  }
}

export interface OpenedBundle {
  manifest: Manifest;
  records: BundleRecords;
  signerKey: Uint8Array;
}

/** Parses and verifies a decrypted bundle: shape, sizes, version, content hash, signature. */
export function readBundle(sodium: Sodium, plaintext: Uint8Array): OpenedBundle {
  const firstNewline = plaintext.indexOf(0x0a);
  const secondNewline = firstNewline < 0 ? -1 : plaintext.indexOf(0x0a, firstNewline + 1);
  if (firstNewline < 0 || secondNewline < 0 || firstNewline > MAX_MANIFEST_BYTES) throw new UserError('INVALID_INPUT', importMessages.notBundle);
  const manifestLine = plaintext.subarray(0, firstNewline);
  let manifestJson: unknown;
  try {
    manifestJson = JSON.parse(Buffer.from(manifestLine).toString('utf8'));
  } catch {
    throw new UserError('INVALID_INPUT', importMessages.notBundle);
  }
  const envelope = manifestJson as { format?: unknown; version?: unknown } | null;
  if (envelope?.format !== BUNDLE_FORMAT) throw new UserError('INVALID_INPUT', importMessages.notBundle);
  if (typeof envelope.version === 'number' && envelope.version > BUNDLE_VERSION) throw new UserError('VAULT_TOO_NEW', importMessages.tooNew);
  const parsed = Manifest.safeParse(manifestJson);
  if (!parsed.success) {
    const sizeIssue = parsed.error.issues.some((issue) => issue.code === 'too_big');
    throw new UserError('INVALID_INPUT', sizeIssue ? importMessages.absurd : importMessages.notBundle);
  }
  const manifest = parsed.data;
  const signerKey = new Uint8Array(Buffer.from(manifest.sender.signingKey, 'base64'));
  const signature = new Uint8Array(Buffer.from(Buffer.from(plaintext.subarray(firstNewline + 1, secondNewline)).toString('latin1'), 'base64'));
  const recordsBytes = plaintext.subarray(secondNewline + 1);
  const signatureValid =
    signerKey.length === sodium.crypto_sign_PUBLICKEYBYTES &&
    signature.length === sodium.crypto_sign_BYTES &&
    sodium.crypto_sign_verify_detached(signature, manifestLine, signerKey);
  if (!signatureValid) throw new UserError('INVALID_INPUT', importMessages.badSignature);
  if (recordsBytes.length !== manifest.recordsBytes || createHash('sha256').update(recordsBytes).digest('hex') !== manifest.recordsSha256) {
    throw new UserError('INVALID_INPUT', importMessages.badSignature);
  }
  let recordsJson: unknown;
  try {
    recordsJson = JSON.parse(Buffer.from(recordsBytes).toString('utf8'));
  } catch {
    throw new UserError('INVALID_INPUT', importMessages.notBundle);
  }
  const records = BundleRecords.safeParse(recordsJson);
  if (!records.success) throw new UserError('INVALID_INPUT', importMessages.notBundle);
  if (
    records.data.members.length !== manifest.counts.members ||
    records.data.conversations.length !== manifest.counts.conversations ||
    (records.data.meetings?.length ?? 0) !== (manifest.counts.meetings ?? 0) ||
    !sameCounts(recordCounts(records.data), manifest.counts.records ?? {})
  ) {
    throw new UserError('INVALID_INPUT', importMessages.notBundle);
  }
  const members = manifest.version >= 2 ? records.data.members.map(fromWire) : records.data.members;
  return { manifest, records: { ...records.data, members }, signerKey };
}
