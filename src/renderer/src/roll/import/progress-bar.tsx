/** A determinate progress bar with its words next to it; `total` 0 means "not started yet". */
export function ProgressBar({ label, done, total }: { label: string; done: number; total: number }) {
  const percent = total > 0 ? Math.min(100, Math.round((done / total) * 100)) : 0;
  return (
    <div className="tool-progress">
      <div
        className="tool-progress-track"
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
      >
        <div className="tool-progress-fill" style={{ width: `${percent}%` }} />
      </div>
      <p className="tool-progress-text">
        {label}: {percent}%
      </p>
    </div>
  );
}
