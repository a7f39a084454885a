/** A failure the officer must read: announced by screen readers as soon as it appears. */
export function ErrorAlert({ message }: { message: string | null }) {
  if (!message) return null;
  return (
    <p role="alert" className="alert alert-error">
      {message}
    </p>
  );
}

/** Calm news (saved, locked): announced politely, without interrupting. */
export function StatusNote({ message }: { message: string | null }) {
  if (!message) return null;
  return (
    <p role="status" className="alert alert-info">
      {message}
    </p>
  );
}
