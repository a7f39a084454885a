/** Backups: the shapes the backup channels carry. Imports zod only. */
import { z } from 'zod';

export const BackupReason = z.enum(['automatic', 'manual', 'before-import', 'before-exchange', 'before-restore']);
export type BackupReason = z.infer<typeof BackupReason>;

export const BackupInfo = z.object({
  /** The time it was taken, safe in a path: `2026-06-15T12-00-00-000Z`. */
  id: z.string(),
  createdAt: z.string(),
  reason: BackupReason,
  sizeBytes: z.number().int(),
  /** False when its files are missing or unreadable: listed so the officer sees it, but restoring it will say why not. */
  intact: z.boolean(),
});
export type BackupInfo = z.infer<typeof BackupInfo>;
