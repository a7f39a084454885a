import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app';
import { i18n } from './i18n';
import './app.css';

const root = createRoot(document.getElementById('root')!);

// `window.chapter` comes from the preload (or the e2e bridge); without it there is nothing to talk to.
if (typeof window.chapter === 'undefined') {
  root.render(
    <main className="locked-layout">
      <p role="alert" className="alert alert-error">
        {i18n.t('notInBrowser')}
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
