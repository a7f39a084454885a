/** Officers and exchange shapes, shared by main and the renderer. */
import { z } from 'zod';

export const Officer = z.object({
  id: z.string(),
  name: z.string(),
  role: z.string(),
  /** Four groups of four characters that two officers read aloud to each other. */
  fingerprint: z.string(),
  isSelf: z.boolean(),
  verified: z.boolean(),
  revoked: z.boolean(),
  lastImportAt: z.string(),
});
export type Officer = z.infer<typeof Officer>;

export const ContactCardView = z.object({
  card: z.string(),
  fingerprint: z.string(),
  /** The card as a QR code, an SVG document. */
  qrSvg: z.string(),
  /** The card the QR code holds: `card` without the post-quantum key, which no QR code can hold. */
  qrCard: z.string(),
});
export type ContactCardView = z.infer<typeof ContactCardView>;

export const SignerStatus = z.enum(['verified', 'unverified', 'unknown', 'self']);

export const ExchangePreview = z.object({
  importId: z.string(),
  new: z.number().int(),
  changed: z.number().int(),
  deleted: z.number().int(),
  conflicts: z.number().int(),
  /** The first 500 records affected; the counts above are exact. */
  details: z.array(
    z.object({ id: z.string(), kind: z.enum(['new', 'changed', 'deleted', 'conflict']), name: z.string(), fields: z.array(z.string()) }),
  ),
  /** Custom fields the file defines: added ones, and ones this vault defines with another type (ours is kept). */
  customFields: z
    .object({
      added: z.array(z.string()),
      conflicts: z.array(z.object({ key: z.string(), label: z.string(), ours: z.string(), theirs: z.string() })),
    })
    .optional(),
  /**
   * Meetings, each compared as a whole. A conflict's reason: approval-unverifiable (approved by an
   * officer this vault does not know; not imported), approval-invalid (hash or signature does not
   * check out; refused), ours-approved (a later unapproved version; our approved minutes kept),
   * other-approval (approved differently; ours kept), edited-both, ours-circulated (a deletion of
   * minutes already circulated here; kept).
   */
  meetings: z
    .object({
      new: z.number().int(),
      changed: z.number().int(),
      deleted: z.number().int(),
      conflicts: z.number().int(),
      details: z.array(
        z.object({
          id: z.string(),
          kind: z.enum(['new', 'changed', 'deleted', 'conflict']),
          title: z.string(),
          date: z.string(),
          reason: z.enum(['approval-unverifiable', 'approval-invalid', 'ours-approved', 'other-approval', 'edited-both', 'ours-circulated']).optional(),
        }),
      ),
    })
    .optional(),
  /** Organizing records (campaigns, responses, contact attempts…) by kind: counts, and the first 50 of each. */
  records: z
    .record(
      z.string(),
      z.object({
        new: z.number().int(),
        changed: z.number().int(),
        deleted: z.number().int(),
        conflicts: z.number().int(),
        details: z.array(z.object({ id: z.string(), kind: z.enum(['new', 'changed', 'deleted', 'conflict']), name: z.string(), fields: z.array(z.string()) })),
      }),
    )
    .optional(),
  signer: z.object({ name: z.string(), officerId: z.string(), fingerprint: z.string(), status: SignerStatus }),
  createdAt: z.string(),
  scope: z.string(),
  /** The officers the file was made for, by name; null when the file does not say (older versions). */
  madeFor: z.array(z.string()).nullable().optional(),
  /** The file names its recipients and this officer is not one: someone passed it on (apply needs acceptForwarded). */
  forwarded: z.boolean().optional(),
  /** When this very file was imported here before ('' never): it is reported, not applied again. */
  alreadyImportedAt: z.string().optional(),
  /** One plain sentence per reason to take care (already imported, passed on, does not say whom for). */
  warnings: z.array(z.string()).optional(),
});
export type ExchangePreview = z.infer<typeof ExchangePreview>;

export const CardInspection = z.object({
  line: z.string(),
  id: z.string(),
  name: z.string(),
  role: z.string(),
  fingerprint: z.string(),
  known: z.enum(['new', 'same', 'self']),
});
export type CardInspection = z.infer<typeof CardInspection>;
