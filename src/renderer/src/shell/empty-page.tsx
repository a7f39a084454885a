/** What Roll, Meetings and Officers show until their features arrive: what will be here, calmly. */
export function EmptyPage({ title, description }: { title: string; description: string }) {
  return (
    <section className="page" aria-labelledby="page-title">
      <header className="page-header">
        <h1 id="page-title" className="page-title">
          {title}
        </h1>
      </header>
      <div className="empty-state">
        <p>{description}</p>
      </div>
    </section>
  );
}
