import type { ReactNode } from 'react';

/** A roll with nobody in it yet: say how to start. */
export function RollEmpty({ onAdd, importButton }: { onAdd: () => void; importButton: ReactNode }) {
  return (
    <div className="roll-empty">
      <h2 className="roll-empty-title">No members yet</h2>
      <p>
        Add members one at a time, or import your existing roll from a spreadsheet saved as CSV. Everything stays
        encrypted on this computer.
      </p>
      <div className="form-actions">
        <button type="button" className="button button-primary" onClick={onAdd}>
          Add member
        </button>
        {importButton}
      </div>
    </div>
  );
}

/** A search or filter that matches nobody: say so, and offer the way back. */
export function RollNoMatches({ search, filtered, onClear }: { search: string; filtered: boolean; onClear: () => void }) {
  const what = search ? `No members match “${search}”${filtered ? ' with these filters' : ''}.` : 'No members match these filters.';
  return (
    <div className="roll-empty">
      <h2 className="roll-empty-title">No results</h2>
      <p>{what} Check the spelling, or try part of a name, a phone number or a street.</p>
      <div className="form-actions">
        <button type="button" className="button button-secondary" onClick={onClear}>
          Clear search and filters
        </button>
      </div>
    </div>
  );
}
