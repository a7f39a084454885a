/**
 * The IPC contract: the one place where channel names exist. Main parses every input with
 * these schemas before the service sees it; the preload and the e2e bridge are generated
 * from `channelNames`, so the UI under test is wired exactly like the shipped app.
 *
 * Imports zod only: no node:, no electron, no DOM.
 */
import { z } from 'zod';
import { CardInspection, ContactCardView, ExchangePreview, Officer } from './exchange';
import { campaignChannels } from './campaigns';
import { committeeChannels } from './committee';
import { meetingChannels } from './meetings';
import { placeChannels } from './places';
import { BackupInfo } from './backup';
import { PassphraseAdvice, PassphrasePattern } from './passphrase-advice';
import {
  ColumnMapping,
  Conversation,
  CustomField,
  DuplicatePair,
  Facets,
  ImportPreview,
  ImportResult,
  MatchPolicy,
  Member,
  MemberDetail,
  MemberInput,
  RollPage,
  RollQuery,
  SavedView,
} from './roll';

/** Long enough for any real passphrase, short enough that nobody can feed the KDF megabytes. */
const Passphrase = z.string().min(1, 'Enter a passphrase.').max(1024);
const Name = z.string().trim().min(1).max(200);
const Empty = z.object({}).strict();
const Id = z.string().min(1).max(100);
const Ids = z.array(Id).min(1).max(200_000);
const Count = z.object({ count: z.number().int() });
const UndoToken = z.string().min(1).max(100);

export const VaultSummary = z.object({
  id: z.string(),
  /** Shown on the lock screen, so it is never the chapter's name: that is encrypted. */
  label: z.string(),
  createdAt: z.string(),
});
export type VaultSummary = z.infer<typeof VaultSummary>;

export const Session = z.object({
  vaultId: z.string(),
  chapterName: z.string(),
  officerName: z.string(),
  officerId: z.string(),
  idleLockMinutes: z.number().int(),
});
export type Session = z.infer<typeof Session>;

/** The languages the app speaks. */
export const Language = z.enum(['en', 'es']);
export type Language = z.infer<typeof Language>;

export const AppState = z.object({
  vaults: z.array(VaultSummary),
  /** null while locked: the renderer holds no chapter data then. */
  session: Session.nullable(),
  /** The officer's choice, kept outside any vault (the lock screen needs it); null until chosen. */
  language: Language.nullable(),
});
export type AppState = z.infer<typeof AppState>;

export const PassphraseVerdict = z.object({
  /** 0 (guessable in seconds) to 4 (strong), as zxcvbn scores it. */
  score: z.number().int().min(0).max(4),
  acceptable: z.boolean(),
  /** Why it is refused or how to make it stronger, in English (the CLI, main's errors); empty when there is nothing to say. */
  feedback: z.string(),
  /** The same as codes, for the renderer to say in the officer's language. */
  advice: PassphraseAdvice,
  pattern: PassphrasePattern.optional(),
});
export type PassphraseVerdict = z.infer<typeof PassphraseVerdict>;

export const Settings = z.object({
  /** 0 turns idle locking off. */
  idleLockMinutes: z.number().int().min(0).max(24 * 60),
  /** A workplace chapter speaks of shops, departments and shifts; a tenant union of buildings and units. */
  chapterKind: z.enum(['workplace', 'tenant']),
  /** The chapter's own list of statuses, in the order it uses them. */
  statuses: z.array(z.string().trim().min(1).max(60)).min(1).max(30),
  /** Phone numbers without a country code are read as this country's (ISO 3166 alpha-2). */
  phoneCountry: z.string().regex(/^[A-Z]{2}$/),
  /** How 3/5/2024 is read on import: March 5 (MDY) or 3 May (DMY). */
  dateOrder: z.enum(['MDY', 'DMY']),
  /** Days after dues paid-through during which a member is "in grace" rather than lapsed. */
  duesGraceDays: z.number().int().min(0).max(365),
  /** How many encrypted backups the vault keeps in its backups folder; older ones are deleted. */
  backupsKept: z.number().int().min(1).max(100),
  /** Keep the window out of screenshots and screen sharing (where the system allows it). */
  contentProtection: z.boolean(),
  /** The organizing committee's rule of thumb: one organizer for this many members. */
  membersPerOrganizer: z.number().int().min(1).max(1000),
  /** The follow-up queue lists members not contacted for this many days. */
  staleContactDays: z.number().int().min(1).max(3650),
});
export type Settings = z.infer<typeof Settings>;

export const LockReason = z.enum(['user', 'idle', 'suspend', 'window-closed']);
export type LockReason = z.infer<typeof LockReason>;

export const channels = {
  'app:state': { input: Empty, output: AppState },
  /** The renderer reports user input (throttled) so that idle locking knows the officer is there. */
  'app:activity': { input: Empty, output: z.null() },
  /** Saved next to the vaults folder, holding nothing about any chapter. */
  'app:setLanguage': { input: z.object({ language: Language }).strict(), output: AppState },
  'vault:checkPassphrase': {
    input: z
      .object({
        passphrase: z.string().max(1024),
        /** Words an attacker would try first: the chapter's and the officer's names. */
        context: z.array(z.string().max(200)).max(500).optional(),
      })
      .strict(),
    output: PassphraseVerdict,
  },
  'vault:create': {
    input: z
      .object({ chapterName: Name, officerName: Name, passphrase: Passphrase })
      .strict(),
    output: z.object({ state: AppState, recoveryCode: z.string() }),
  },
  /** A new vault filled with made-up members, opened, to look around; its passphrase is shown once. */
  'vault:createDemo': { input: Empty, output: z.object({ state: AppState, passphrase: z.string() }) },
  'vault:unlock': {
    input: z.object({ vaultId: z.string().min(1).max(100), passphrase: Passphrase }).strict(),
    output: AppState,
  },
  'vault:recover': {
    input: z
      .object({
        vaultId: z.string().min(1).max(100),
        recoveryCode: z.string().min(1).max(200),
        newPassphrase: Passphrase,
      })
      .strict(),
    output: AppState,
  },
  'vault:lock': { input: Empty, output: AppState },
  'vault:changePassphrase': {
    input: z.object({ currentPassphrase: Passphrase, newPassphrase: Passphrase }).strict(),
    output: z.null(),
  },
  'settings:get': { input: Empty, output: Settings },
  'settings:update': { input: Settings.partial().strict(), output: Settings },

  'roll:list': { input: RollQuery, output: RollPage },
  'roll:get': { input: z.object({ id: Id }).strict(), output: MemberDetail },
  'roll:add': { input: z.object({ fields: MemberInput }).strict(), output: Member },
  'roll:update': { input: z.object({ id: Id, fields: MemberInput }).strict(), output: Member },
  /**
   * Deleting erases the members (a tombstone stays). `undo` is an opaque token that brings them
   * back with roll:undo until the vault locks; what it needs is held in memory only.
   */
  'roll:delete': { input: z.object({ ids: Ids }).strict(), output: z.object({ count: z.number().int(), undo: UndoToken }) },
  /** Undo of a delete or a merge, by the token it returned; after a lock, a plain sentence. */
  'roll:undo': { input: z.object({ undo: UndoToken }).strict(), output: Count },
  'roll:bulkUpdate': {
    input: z
      .object({
        ids: Ids,
        addTags: z.array(z.string().trim().min(1).max(100)).max(20).optional(),
        removeTags: z.array(z.string().trim().min(1).max(100)).max(20).optional(),
        status: z.string().trim().min(1).max(60).optional(),
      })
      .strict(),
    output: Count,
  },
  'roll:addConversation': {
    input: z
      .object({
        memberId: Id,
        date: z.string().max(40).optional(),
        talkedBy: z.string().max(200).optional(),
        notes: z.string().max(50_000),
        assessment: z.number().int().min(1).max(5).nullable().optional(),
      })
      .strict(),
    output: Conversation,
  },
  'roll:facets': { input: Empty, output: Facets },
  /**
   * Likely duplicates, strong matches (same e-mail or phone) first. Pairs sharing only a name
   * whose contact details all differ are left out unless `includeNameOnly`.
   */
  'roll:duplicates': { input: z.object({ includeNameOnly: z.boolean().optional() }).strict(), output: z.array(DuplicatePair) },
  /** "Not the same person": the pair is remembered and not offered as duplicates again. */
  'roll:notDuplicate': { input: z.object({ a: Id, b: Id }).strict(), output: Empty },
  'roll:merge': {
    input: z
      .object({
        keepId: Id,
        otherId: Id,
        /** field (or "custom.KEY") → keep this member's value, take the other's, or both (lists, notes). */
        choices: z.record(z.string().max(60), z.enum(['keep', 'other', 'both'])),
      })
      .strict(),
    /** The merge erases the other member: `undo` (as roll:delete's) brings both back as they were. */
    output: z.object({ member: Member, undo: UndoToken }),
  },
  'roll:views': { input: Empty, output: z.array(SavedView) },
  'roll:saveView': { input: z.object({ name: z.string().trim().min(1).max(100), query: RollQuery }).strict(), output: z.array(SavedView) },
  'roll:deleteView': { input: z.object({ id: Id }).strict(), output: z.array(SavedView) },
  'roll:customFields': { input: Empty, output: z.array(CustomField) },
  'roll:defineCustomField': { input: CustomField.strict(), output: z.array(CustomField) },
  /** Reads a CSV the officer chose and suggests a column mapping; nothing is written yet. */
  'roll:importPreview': {
    input: z
      .object({
        fileName: z.string().max(500),
        /** The file's bytes, base64: the renderer reads the file the officer picked or dropped. */
        contentBase64: z.string().max(400_000_000),
        encoding: z.string().max(40).optional(),
      })
      .strict(),
    output: ImportPreview,
  },
  'roll:importApply': {
    input: z
      .object({ importId: Id, mapping: ColumnMapping, onMatch: MatchPolicy, dryRun: z.boolean().optional() })
      .strict(),
    output: ImportResult,
  },
  /** A printable roll or sign-in sheet (PDF) of the roll or the part a query selects. */
  'roll:printPdf': {
    input: z.object({ kind: z.enum(['roll', 'sign-in']), query: RollQuery.optional() }).strict(),
    output: z.object({ fileName: z.string(), pdfBase64: z.string() }),
  },
  /** Plaintext CSV of the roll (or the part a query selects), for the officer to save. */
  'roll:exportCsv': {
    input: z.object({ query: RollQuery.optional() }).strict(),
    output: z.object({ fileName: z.string(), csv: z.string(), count: z.number().int() }),
  },

  'officers:list': { input: Empty, output: z.array(Officer) },
  /** This officer's contact card, as text and as a QR code. */
  'officers:card': { input: Empty, output: ContactCardView },
  /** Reads a pasted or scanned card: name and fingerprint to compare before adding. Writes nothing. */
  'officers:inspect': { input: z.object({ card: z.string().max(5000) }).strict(), output: CardInspection },
  'officers:add': { input: z.object({ card: z.string().max(5000), verified: z.boolean() }).strict(), output: Officer },
  /** Only after comparing fingerprints in person. */
  'officers:verify': { input: z.object({ id: Id }).strict(), output: Officer },
  'officers:revoke': { input: z.object({ id: Id }).strict(), output: Officer },
  /** An encrypted, signed export for verified officers and/or a passphrase, for the officer to save. */
  'exchange:export': {
    input: z
      .object({
        to: z.array(Id).max(50),
        /** Instead of officers: age cannot combine a passphrase with recipients in one file. */
        passphrase: z.string().min(10).max(1024).optional(),
        scope: z.enum(['all', 'roll', 'minutes']),
        query: RollQuery.optional(),
        /** With scope minutes: only these meetings. */
        meetingIds: z.array(Id).max(10_000).optional(),
        /** Relationships between members travel only when the officer ticks this. */
        includeRelationships: z.boolean().optional(),
      })
      .strict(),
    output: z.object({
      fileName: z.string(),
      contentBase64: z.string(),
      members: z.number().int(),
      meetings: z.number().int().optional(),
      recipients: z.array(z.string()),
    }),
  },
  /** Decrypts and verifies an export and shows what it would change; nothing is written. */
  'exchange:preview': {
    input: z
      .object({ fileName: z.string().max(500), contentBase64: z.string().max(400_000_000), passphrase: z.string().max(1024).optional() })
      .strict(),
    output: ExchangePreview,
  },
  'exchange:apply': {
    input: z.object({ importId: Id, acceptUnverifiedSigner: z.boolean(), acceptForwarded: z.boolean().optional() }).strict(),
    output: ExchangePreview,
  },
  /** The export file last opened from outside the app (double-clicked); handed over once, then forgotten. */
  'exchange:takeOpenedFile': {
    input: Empty,
    output: z.object({ fileName: z.string(), contentBase64: z.string() }).nullable(),
  },

  /** The vault's encrypted backups, newest first (shapes in ./backup). */
  'backup:list': { input: Empty, output: z.array(BackupInfo) },
  'backup:create': { input: Empty, output: BackupInfo },
  /** Checks the backup opens with the vault's key, keeps the current state as a backup, restores, and locks. */
  'backup:restore': { input: z.object({ id: Id }).strict(), output: AppState },

  /** Meetings and minutes: the channels and their shapes are in ./meetings. */
  ...meetingChannels,
  /** Campaigns, progress by structure and the wall chart: shapes in ./campaigns. */
  ...campaignChannels,
  /** Places, targets, issues and demands: the channels and their shapes are in ./places. */
  ...placeChannels,
  ...committeeChannels,
} as const;

export type Channels = typeof channels;
export type ChannelName = keyof Channels;
export const channelNames = Object.keys(channels) as ChannelName[];
export type ChannelInput<C extends ChannelName> = z.input<Channels[C]['input']>;
export type ChannelOutput<C extends ChannelName> = z.output<Channels[C]['output']>;

const ChangedIds = z.object({ ids: z.array(z.string()).nullable() });

/** What main pushes to the renderer. */
export const events = {
  'vault:locked': z.object({ reason: LockReason }),
  /** The list of vaults changed outside the window (a vault folder opened from the file manager). */
  'app:vaultsChanged': z.object({}),
  /** An export file was opened from outside the app; the unlocked window takes it with exchange:takeOpenedFile. */
  'exchange:fileOpened': z.object({}),
  /** Progress of long work (imports, exports), so the window can show it. */
  'work:progress': z.object({ operation: z.string(), done: z.number().int(), total: z.number().int() }),
  /**
   * A write changed the roll, the meetings or the officers (src/main/changes.ts says which writes
   * change what): `ids` are the records touched, or null when any may have changed. The window
   * reads again what it shows of them.
   */
  'roll:changed': ChangedIds,
  'meetings:changed': ChangedIds,
  'officers:changed': ChangedIds,
} as const;
export type ChangeEvent = 'roll:changed' | 'meetings:changed' | 'officers:changed';
export type Events = typeof events;
export type EventName = keyof Events;
export const eventNames = Object.keys(events) as EventName[];
export type EventPayload<E extends EventName> = z.output<Events[E]>;

/** Every error that crosses IPC has a stable code; the message is for people. */
export const ErrorCode = z.enum([
  'INVALID_INPUT',
  'WEAK_PASSPHRASE',
  'WRONG_PASSPHRASE',
  'WRONG_RECOVERY_CODE',
  'NOT_A_VAULT',
  'VAULT_EXISTS',
  'KEYSLOTS_DAMAGED',
  'DATABASE_DAMAGED',
  'VAULT_IN_USE',
  'VAULT_TOO_NEW',
  'VAULT_LOCKED',
  'NOT_FOUND',
  'FORBIDDEN',
  'BACKUP_DAMAGED',
  'INTERNAL',
]);
export type ErrorCode = z.infer<typeof ErrorCode>;
export const ErrorShape = z.object({ code: ErrorCode, message: z.string() });
export type ErrorShape = z.infer<typeof ErrorShape>;

export type Envelope<T> = { ok: true; value: T } | { ok: false; error: ErrorShape };

/** The API the renderer sees as `window.chapter`: `chapter.vault.unlock({...})`. */
type Split<C extends string> = C extends `${infer G}:${infer M}` ? [G, M] : never;
type GroupOf<C extends ChannelName> = Split<C>[0];
type MethodOf<C extends ChannelName> = Split<C>[1];
export type ChapterApi = {
  [G in GroupOf<ChannelName>]: {
    [C in ChannelName as GroupOf<C> extends G ? MethodOf<C> : never]: (
      input: ChannelInput<C>,
    ) => Promise<ChannelOutput<C>>;
  };
} & {
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void;
};
