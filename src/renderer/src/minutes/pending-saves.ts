/**
 * Notes typed in the last moment before the officer locks or leaves must still reach the vault.
 * Each notes editor registers a flush here while it has unsaved text; the shell's Lock and the
 * meeting screen's Back wait for them (bounded, so a stuck save never keeps the vault open).
 */
type Flush = () => Promise<void>;

const pending = new Set<Flush>();
const LONGEST_WAIT_MS = 1000;

export function registerPendingSave(flush: Flush): () => void {
  pending.add(flush);
  return () => pending.delete(flush);
}

/** Saves every notes editor that has unsaved text; resolves within LONGEST_WAIT_MS whatever happens. */
export async function flushPendingSaves(): Promise<void> {
  if (pending.size === 0) return;
  const all = Promise.allSettled([...pending].map((flush) => flush()));
  await Promise.race([all, new Promise((resolve) => setTimeout(resolve, LONGEST_WAIT_MS))]);
}
