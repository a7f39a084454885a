/**
 * Officers: this vault's own identity and the other officers it trusts. A contact card is one
 * line of text carrying an officer's name, role, signing key and age recipient; two officers
 * compare fingerprints aloud before marking each other verified.
 */
import { createPrivateKey, createPublicKey, sign, verify } from 'node:crypto';
import { generateHybridIdentity, identityToRecipient } from 'age-encryption';
import { z } from 'zod';
import type { Db } from '../db/connection';
import { all, get, run, sql } from '../db/sql';
import { UserError } from '../errors';
import type { VaultContext } from '../core/context';
import { recordAudit } from '../core/audit';
import { fingerprint } from './fingerprint';

const CARD_PREFIX = 'chapterhouse-card:v1:';

const CardBody = z
  .object({
    id: z.string().uuid(),
    name: z.string().trim().min(1).max(200),
    role: z.string().max(200),
    signingKey: z.string().regex(/^[A-Za-z0-9+/]{43}=$/),
    ageRecipient: z.string().regex(/^age1[0-9a-z]{20,200}$/),
    /** A post-quantum hybrid recipient, signed with the card's signing key (cards from before have none). */
    pq: z
      .object({ recipient: z.string().regex(/^age1pq1[0-9a-z]{100,4000}$/), proof: z.string().regex(/^[A-Za-z0-9+/]{86}==$/) })
      .strict()
      .optional(),
  })
  .strict();
export type ContactCard = z.infer<typeof CardBody>;

/** What an officer signs to say "this hybrid recipient is mine". */
const pqProofMessage = (officerId: string, recipient: string): Buffer => Buffer.from(`chapterhouse-card-pq:v1:${officerId}:${recipient}`, 'utf8');

const b64url = (bytes: Uint8Array): string => Buffer.from(bytes).toString('base64url');

function pqProofValid(signingKey: Uint8Array, officerId: string, pq: { recipient: string; proof: string }): boolean {
  try {
    const key = createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: b64url(signingKey) }, format: 'jwk' });
    return verify(null, pqProofMessage(officerId, pq.recipient), key, Buffer.from(pq.proof, 'base64'));
  } catch {
    return false;
  }
}

/**
 * Gives this vault's officer a post-quantum hybrid age identity if it has none yet (vaults
 * made before there were any), and signs its recipient for the contact card.
 */
export async function ensurePqIdentity(db: Db): Promise<void> {
  const self = selfIdentity(db);
  if (self.agePqIdentity) return;
  const identity = await generateHybridIdentity();
  const recipient = await identityToRecipient(identity);
  // libsodium's secret key is the 32-byte seed followed by the public key.
  const privateKey = createPrivateKey({
    key: { kty: 'OKP', crv: 'Ed25519', d: b64url(self.signingSecretKey.subarray(0, 32)), x: b64url(self.signingPublicKey) },
    format: 'jwk',
  });
  self.signingSecretKey.fill(0);
  const proof = sign(null, pqProofMessage(self.officerId, recipient), privateKey).toString('base64');
  db.transaction(() => {
    run(db, sql`UPDATE identity SET age_pq_identity = ${identity} WHERE officer_id = ${self.officerId} AND age_pq_identity = ''`);
    run(db, sql`UPDATE officers SET age_pq_recipient = ${recipient}, age_pq_proof = ${proof} WHERE id = ${self.officerId}`);
  })();
}

export interface Officer {
  id: string;
  name: string;
  role: string;
  fingerprint: string;
  ageRecipient: string;
  /** '' when the officer's card carried no hybrid recipient. */
  agePqRecipient: string;
  isSelf: boolean;
  verified: boolean;
  revoked: boolean;
  lastImportAt: string;
}

interface OfficerRow {
  id: string;
  name: string;
  role: string;
  signing_public_key: Buffer;
  age_recipient: string;
  age_pq_recipient: string;
  age_pq_proof: string;
  is_self: number;
  verified_at: string | null;
  revoked_at: string | null;
  last_import_at: string;
  last_stamp: string;
}

function toOfficer(row: OfficerRow): Officer {
  return {
    id: row.id,
    name: row.name,
    role: row.role,
    fingerprint: fingerprint(row.signing_public_key, row.age_recipient),
    ageRecipient: row.age_recipient,
    agePqRecipient: row.age_pq_recipient,
    isSelf: row.is_self === 1,
    verified: row.verified_at !== null,
    revoked: row.revoked_at !== null,
    lastImportAt: row.last_import_at,
  };
}

export function listOfficers(db: Db): Officer[] {
  return all<OfficerRow>(db, sql`SELECT * FROM officers ORDER BY is_self DESC, name COLLATE NOCASE`).map(toOfficer);
}

export function officerRowBySigningKey(db: Db, key: Uint8Array): OfficerRow | undefined {
  return get<OfficerRow>(db, sql`SELECT * FROM officers WHERE signing_public_key = ${Buffer.from(key)}`);
}

/** This officer's private identity: only for signing and decrypting, never for display. */
export function selfIdentity(db: Db) {
  const row = get<OfficerRow & { signing_secret_key: Buffer; age_identity: string; age_pq_identity: string }>(
    db,
    sql`SELECT o.*, i.signing_secret_key, i.age_identity, i.age_pq_identity FROM officers o JOIN identity i ON i.officer_id = o.id WHERE o.is_self = 1`,
  );
  if (!row) throw new UserError('DATABASE_DAMAGED', "This vault has no officer identity; it cannot sign or open exports.");
  const signingSecretKey = new Uint8Array(row.signing_secret_key);
  // The driver's copy of the secret key is ours to zero; the caller zeroes the one it gets.
  row.signing_secret_key.fill(0);
  return {
    officerId: row.id,
    name: row.name,
    role: row.role,
    signingPublicKey: new Uint8Array(row.signing_public_key),
    signingSecretKey,
    ageIdentity: row.age_identity,
    ageRecipient: row.age_recipient,
    agePqIdentity: row.age_pq_identity,
    agePqRecipient: row.age_pq_recipient,
    agePqProof: row.age_pq_proof,
  };
}

/**
 * This officer's card. `withPq: false` leaves out the hybrid recipient, whose 2,000 characters
 * no QR code can hold: a card read from the QR code gets it later, from a signed export.
 */
export function contactCard(db: Db, options: { withPq?: boolean } = {}): string {
  const self = selfIdentity(db);
  self.signingSecretKey.fill(0);
  const body: ContactCard = {
    id: self.officerId,
    name: self.name,
    role: self.role,
    signingKey: Buffer.from(self.signingPublicKey).toString('base64'),
    ageRecipient: self.ageRecipient,
    ...(self.agePqRecipient && options.withPq !== false ? { pq: { recipient: self.agePqRecipient, proof: self.agePqProof } } : {}),
  };
  return `${CARD_PREFIX}${Buffer.from(JSON.stringify(body), 'utf8').toString('base64url')}`;
}

export function parseContactCard(text: string): ContactCard {
  const line = text.trim().split(/\s+/).find((word) => word.startsWith(CARD_PREFIX));
  const notACard = new UserError('INVALID_INPUT', 'That is not a Chapterhouse contact card (it should start with "chapterhouse-card:").');
  if (!line) throw notACard;
  let card: ContactCard;
  try {
    card = CardBody.parse(JSON.parse(Buffer.from(line.slice(CARD_PREFIX.length), 'base64url').toString('utf8')));
  } catch {
    throw notACard;
  }
  if (card.pq && !pqProofValid(Buffer.from(card.signingKey, 'base64'), card.id, card.pq)) {
    throw new UserError('FORBIDDEN', `This card's post-quantum key is not signed by ${card.name}'s own key: it was changed on the way. Do not trust it; ask ${card.name} for the card again.`);
  }
  return card;
}

export interface CardInspection {
  /** The card line found in what was pasted or read. */
  line: string;
  id: string;
  name: string;
  role: string;
  fingerprint: string;
  /** new: not in this vault; same: already known with these keys; self: our own card. */
  known: 'new' | 'same' | 'self';
}

/**
 * Reads a card so the officer sees the name and fingerprint before anything is added. A card
 * that reuses a known officer's id with other keys is refused here already.
 */
export function inspectContactCard(db: Db, text: string): CardInspection {
  const card = parseContactCard(text);
  const signingKey = Buffer.from(card.signingKey, 'base64');
  const line = text.trim().split(/\s+/).find((word) => word.startsWith(CARD_PREFIX))!;
  const existing = get<OfficerRow>(db, sql`SELECT * FROM officers WHERE id = ${card.id}`);
  if (existing && !existing.is_self && (!signingKey.equals(existing.signing_public_key) || existing.age_recipient !== card.ageRecipient)) {
    throw impostor(existing.name);
  }
  return {
    line,
    id: card.id,
    name: card.name,
    role: card.role,
    fingerprint: fingerprint(signingKey, card.ageRecipient),
    known: !existing ? 'new' : existing.is_self ? 'self' : 'same',
  };
}

function impostor(name: string): UserError {
  return new UserError('FORBIDDEN', `This card says it is ${name}, but its keys are not the ones you have for them. Do not trust it; check with ${name} in person.`);
}

/**
 * Adds (or refreshes the name and role of) another officer. A card that reuses a known
 * officer's id with different keys is refused: that is what an impostor's card looks like.
 */
export function addOfficer(context: VaultContext, cardText: string, options: { verified: boolean }): Officer {
  const card = parseContactCard(cardText);
  const signingKey = Buffer.from(card.signingKey, 'base64');
  const existing = get<OfficerRow>(context.db, sql`SELECT * FROM officers WHERE id = ${card.id}`);
  const now = context.now().toISOString();
  if (existing?.is_self) throw new UserError('INVALID_INPUT', 'That is your own contact card.');
  if (existing && (!signingKey.equals(existing.signing_public_key) || existing.age_recipient !== card.ageRecipient)) {
    throw impostor(existing.name);
  }
  context.db.transaction(() => {
    if (existing) {
      run(context.db, sql`UPDATE officers SET name = ${card.name}, role = ${card.role} WHERE id = ${card.id}`);
      // Signed by the key already known for them: a card from before it had none, or a new one.
      if (card.pq) run(context.db, sql`UPDATE officers SET age_pq_recipient = ${card.pq.recipient} WHERE id = ${card.id}`);
      if (options.verified && !existing.verified_at) run(context.db, sql`UPDATE officers SET verified_at = ${now} WHERE id = ${card.id}`);
    } else {
      run(
        context.db,
        sql`INSERT INTO officers (id, name, role, signing_public_key, age_recipient, age_pq_recipient, is_self, verified_at, created_at)
            VALUES (${card.id}, ${card.name}, ${card.role}, ${signingKey}, ${card.ageRecipient}, ${card.pq?.recipient ?? ''}, 0, ${options.verified ? now : null}, ${now})`,
      );
    }
    recordAudit(context, { entity: 'officer', entityId: card.id, action: existing ? 'update' : 'add', after: { name: card.name, verified: options.verified } });
  })();
  return toOfficer(get<OfficerRow>(context.db, sql`SELECT * FROM officers WHERE id = ${card.id}`)!);
}

function otherOfficer(db: Db, id: string): OfficerRow {
  const row = get<OfficerRow>(db, sql`SELECT * FROM officers WHERE id = ${id} AND is_self = 0`);
  if (!row) throw new UserError('NOT_FOUND', 'There is no such officer in this vault.');
  return row;
}

export function verifyOfficer(context: VaultContext, id: string): Officer {
  otherOfficer(context.db, id);
  run(context.db, sql`UPDATE officers SET verified_at = ${context.now().toISOString()} WHERE id = ${id} AND verified_at IS NULL`);
  recordAudit(context, { entity: 'officer', entityId: id, action: 'verify' });
  return toOfficer(otherOfficer(context.db, id));
}

/** A revoked officer's files are refused and nothing more is encrypted to them. */
export function revokeOfficer(context: VaultContext, id: string): Officer {
  otherOfficer(context.db, id);
  run(context.db, sql`UPDATE officers SET revoked_at = ${context.now().toISOString()} WHERE id = ${id} AND revoked_at IS NULL`);
  recordAudit(context, { entity: 'officer', entityId: id, action: 'revoke' });
  return toOfficer(otherOfficer(context.db, id));
}

/** The officers named (by id or by name, case-insensitively) who may receive an export. */
export function exportRecipients(db: Db, names: string[]): Officer[] {
  const officers = listOfficers(db).filter((officer) => !officer.isSelf);
  return names.map((name) => {
    const matches = officers.filter((officer) => officer.id === name || officer.name.toLowerCase() === name.toLowerCase());
    if (matches.length === 0) throw new UserError('NOT_FOUND', `No officer called "${name}" is in this vault. Add their contact card first.`);
    if (matches.length > 1) throw new UserError('INVALID_INPUT', `Several officers are called "${name}"; use the officer id instead.`);
    const officer = matches[0]!;
    if (officer.revoked) throw new UserError('FORBIDDEN', `${officer.name} has been revoked; nothing can be exported to them.`);
    if (!officer.verified) {
      throw new UserError('FORBIDDEN', `${officer.name} is not verified yet. Compare fingerprints in person (${officer.fingerprint}), then mark them verified.`);
    }
    return officer;
  });
}

/** A hybrid recipient that arrived in a file signed by this officer (see the bundle's manifest). */
export function learnPqRecipient(db: Db, officerId: string, signingKey: Uint8Array, pq: { recipient: string; proof: string }): void {
  if (pqProofValid(signingKey, officerId, pq)) run(db, sql`UPDATE officers SET age_pq_recipient = ${pq.recipient} WHERE id = ${officerId} AND is_self = 0`);
}

export function noteImport(db: Db, officerId: string, at: string, stamp: string): void {
  run(db, sql`UPDATE officers SET last_import_at = ${at}, last_stamp = CASE WHEN last_stamp < ${stamp} THEN ${stamp} ELSE last_stamp END WHERE id = ${officerId}`);
}

export function lastStampFrom(db: Db, officerId: string): string {
  return get<{ last_stamp: string }>(db, sql`SELECT last_stamp FROM officers WHERE id = ${officerId}`)?.last_stamp ?? '';
}

/** Remembers which live members these officers were sent in a part of the roll (migration 12). */
export function noteSent(db: Db, officerIds: string[], memberIds: Iterable<string>): void {
  const insert = db.prepare('INSERT OR IGNORE INTO sent_members (officer_id, member_id) VALUES (?, ?)');
  for (const memberId of memberIds) for (const officerId of officerIds) insert.run(officerId, memberId);
}

/** Tombstones of members any of these officers was sent in a part of the roll. */
export function sentTombstones(db: Db, officerIds: string[]): string[] {
  const tombstones = new Set<string>();
  for (const officerId of officerIds) {
    for (const row of all<{ id: string }>(
      db,
      sql`SELECT m.id FROM sent_members s JOIN members m ON m.id = s.member_id WHERE s.officer_id = ${officerId} AND m.deleted_at != ''`,
    )) {
      tombstones.add(row.id);
    }
  }
  return [...tombstones];
}

/** When this vault imported the file with this export id, or '' if it never did. */
export function importedAt(db: Db, exportId: string): string {
  return get<{ imported_at: string }>(db, sql`SELECT imported_at FROM imported_exports WHERE export_id = ${exportId}`)?.imported_at ?? '';
}

export function noteImportedExport(db: Db, exportId: string, at: string): void {
  run(db, sql`INSERT OR IGNORE INTO imported_exports (export_id, imported_at) VALUES (${exportId}, ${at})`);
}
