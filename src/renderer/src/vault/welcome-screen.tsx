import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppState } from '../../../shared/contract';
import { LanguageChoice } from '../i18n/language-choice';
import { ErrorAlert } from '../ui/alerts';
import { errorMessage } from '../ui/errors';
import { LockedLayout } from '../ui/locked-layout';

/**
 * The first run, when this computer has no vault yet: the language first (everything after it
 * is in that language), then either the chapter's own vault or a demo full of made-up people.
 */
export function WelcomeScreen({
  onCreate,
  onDemoCreated,
}: {
  onCreate: () => void;
  onDemoCreated: (created: { state: AppState; passphrase: string }) => void;
}) {
  const { t } = useTranslation('vault');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function openDemo() {
    setBusy(true);
    setError(null);
    try {
      onDemoCreated(await window.chapter.vault.createDemo({}));
    } catch (failure) {
      setError(errorMessage(failure));
      setBusy(false);
    }
  }

  return (
    <LockedLayout wide>
      <h1 className="screen-title">{t('welcome.title')}</h1>
      <p className="screen-lead">{t('welcome.lead')}</p>
      <LanguageChoice idPrefix="welcome" />
      <div className="welcome-choices" aria-busy={busy}>
        <div className="welcome-choice">
          <h2 className="section-title">{t('welcome.createTitle')}</h2>
          <p className="welcome-choice-text">{t('welcome.createText')}</p>
          <button type="button" className="button button-primary" onClick={onCreate} disabled={busy}>
            {t('welcome.create')}
          </button>
        </div>
        <div className="welcome-choice">
          <h2 className="section-title">{t('welcome.demoTitle')}</h2>
          <p className="welcome-choice-text">{t('welcome.demoText')}</p>
          <button type="button" className="button button-secondary" onClick={() => void openDemo()} disabled={busy}>
            {busy ? t('welcome.demoBusy') : t('welcome.demo')}
          </button>
        </div>
      </div>
      <ErrorAlert message={error} />
    </LockedLayout>
  );
}
