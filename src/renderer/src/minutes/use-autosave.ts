import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { errorMessage } from '../ui/errors';
import { registerPendingSave } from './pending-saves';

export type SaveState = { kind: 'saved' } | { kind: 'dirty' } | { kind: 'saving' } | { kind: 'failed'; message: string };

const DEBOUNCE_MS = 800;

/**
 * Text that saves itself: `setText` on every keystroke, a save 800 ms after typing pauses, on
 * blur (`flush`), when the editor goes away, and when the shell locks (pending-saves). Saves
 * run one at a time, and the newest text always goes last, so a slow save never overwrites a
 * newer one. The text on screen is never replaced by what the vault answers.
 */
export function useAutosave(initial: string, save: (text: string) => Promise<unknown>) {
  const [text, setTextState] = useState(initial);
  const [state, setState] = useState<SaveState>({ kind: 'saved' });
  const latest = useRef(initial);
  const saved = useRef(initial);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const running = useRef<Promise<void> | null>(null);
  const saveRef = useRef(save);
  useLayoutEffect(() => {
    saveRef.current = save;
  });
  const mounted = useRef(true);

  const flush = useCallback(async (): Promise<void> => {
    if (timer.current) {
      clearTimeout(timer.current);
      timer.current = null;
    }
    // Wait for a save in flight, then save again if typing went on meanwhile.
    while (running.current) await running.current;
    if (latest.current === saved.current) return;
    const text = latest.current;
    if (mounted.current) setState({ kind: 'saving' });
    running.current = (async () => {
      try {
        await saveRef.current(text);
        saved.current = text;
        if (mounted.current) setState(latest.current === text ? { kind: 'saved' } : { kind: 'dirty' });
      } catch (failure) {
        if (mounted.current) setState({ kind: 'failed', message: errorMessage(failure) });
        throw failure;
      } finally {
        running.current = null;
      }
    })();
    await running.current;
  }, []);

  const quietFlush = useCallback(() => flush().catch(() => undefined), [flush]);

  const setText = useCallback(
    (value: string) => {
      latest.current = value;
      setTextState(value);
      setState({ kind: 'dirty' });
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => void quietFlush(), DEBOUNCE_MS);
    },
    [quietFlush],
  );

  useEffect(() => {
    mounted.current = true;
    const unregister = registerPendingSave(quietFlush);
    return () => {
      mounted.current = false;
      unregister();
      // Leaving the screen (or the item being removed) saves what was typed.
      if (latest.current !== saved.current) void quietFlush();
    };
  }, [quietFlush]);

  return { text, setText, state, flush: quietFlush };
}
