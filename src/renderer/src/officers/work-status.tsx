import { ProgressBar } from '../roll/import/progress-bar';
import type { WorkProgress } from '../roll/import/use-work-progress';
import '../roll/roll-tools.css';

/**
 * A dialog footer's status while long work runs: its words until main reports progress, then a
 * bar with the percentage, beside the (disabled) buttons where the officer is looking.
 */
export function WorkStatus({ text, label, progress }: { text: string | null; label: string; progress: WorkProgress }) {
  const bar = text !== null && progress.total > 0;
  return (
    <div role="status" className="dialog-footer-note" style={bar ? { flex: '1 1 auto', maxWidth: 360 } : undefined}>
      {bar ? <ProgressBar label={label} done={progress.done} total={progress.total} /> : text}
    </div>
  );
}
