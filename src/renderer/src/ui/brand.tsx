/** The app's mark: a gabled hall. Drawn inline, so the page loads nothing from anywhere. */
export function BrandMark({ size = 28 }: { size?: number }) {
  return (
    <svg className="brand-mark" width={size} height={size} viewBox="0 0 32 32" aria-hidden="true">
      <rect width="32" height="32" rx="8" className="brand-mark-tile" />
      <path d="M8 15.5 16 9l8 6.5V24H8z" className="brand-mark-hall" />
      <path d="M14 24v-5h4v5" className="brand-mark-door" />
    </svg>
  );
}

export function Brand() {
  return (
    <div className="brand">
      <BrandMark />
      <span className="brand-name">Chapterhouse</span>
    </div>
  );
}
