import { useEffect } from 'react';

/** Idle locking needs to know the officer is there, not every twitch of the mouse. */
const REPORT_AT_MOST_EVERY_MS = 30_000;
const ACTIVITY_EVENTS = ['keydown', 'mousedown', 'mousemove'] as const;

/** Tells main about keyboard and mouse use while the vault is open, so it is not locked under the officer's hands. */
export function useActivityReporter(enabled: boolean): void {
  useEffect(() => {
    if (!enabled) return;
    let lastReport = 0;
    const report = () => {
      const now = Date.now();
      if (now - lastReport < REPORT_AT_MOST_EVERY_MS) return;
      lastReport = now;
      // Best effort: a missed report only means an earlier lock, never a later one.
      window.chapter.app.activity({}).catch(() => undefined);
    };
    for (const name of ACTIVITY_EVENTS) window.addEventListener(name, report, { passive: true, capture: true });
    return () => {
      for (const name of ACTIVITY_EVENTS) window.removeEventListener(name, report, { capture: true });
    };
  }, [enabled]);
}
