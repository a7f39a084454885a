import { useEffect, useState } from 'react';

export interface WorkProgress {
  done: number;
  total: number;
}

/**
 * Main's progress reports for one kind of long work ('import', 'print') while `active`.
 * Reset to zero each time it becomes active, so an earlier run's 100% never shows at the start.
 */
export function useWorkProgress(operation: string, active: boolean): WorkProgress {
  const [progress, setProgress] = useState<WorkProgress>({ done: 0, total: 0 });
  useEffect(() => {
    if (!active) return;
    setProgress({ done: 0, total: 0 });
    return window.chapter.on('work:progress', (report) => {
      if (report.operation === operation) setProgress({ done: report.done, total: report.total });
    });
  }, [operation, active]);
  return progress;
}
