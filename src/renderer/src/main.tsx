import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app';
import './app.css';

const root = createRoot(document.getElementById('root')!);

// `window.chapter` comes from the preload (or the e2e bridge); without it there is nothing to talk to.
if (typeof window.chapter === 'undefined') {
  root.render(
    <main className="locked-layout">
      <p role="alert" className="alert alert-error">
        Chapterhouse must be opened as the Chapterhouse app, not in a web browser.
      </p>
    </main>,
  );
} else {
  root.render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
