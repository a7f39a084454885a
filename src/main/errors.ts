import type { ErrorCode, ErrorShape } from '../shared/contract';
import { isCorruptionError } from './db/connection';

/**
 * A failure the user can act on. The message is one plain sentence for a person; the code is
 * what the UI, the CLI and tests branch on.
 */
export class UserError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'UserError';
  }
}

export function isUserError(error: unknown): error is UserError {
  return error instanceof UserError;
}

/** What crosses IPC: never a stack, never a raw driver message that could echo data. */
export function toErrorShape(error: unknown): ErrorShape {
  if (isUserError(error)) return { code: error.code, message: error.message };
  if (isCorruptionError(error)) {
    return {
      code: 'DATABASE_DAMAGED',
      message: "Part of the vault's database is damaged and could not be read. Nothing was changed; restore it from a backup copy.",
    };
  }
  return { code: 'INTERNAL', message: 'Something went wrong inside Chapterhouse. Nothing was changed.' };
}
