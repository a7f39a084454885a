import { useTranslation } from 'react-i18next';
import { LockedLayout } from '../ui/locked-layout';

/** Right after the demo vault is made: what it is, and how to open it again. */
export function DemoOpenedScreen({ passphrase, onContinue }: { passphrase: string; onContinue: () => void }) {
  const { t } = useTranslation('vault');
  return (
    <LockedLayout>
      <h1 className="screen-title">{t('demo.title')}</h1>
      <p className="screen-lead">{t('demo.madeUp')}</p>
      <p>{t('demo.passphraseIntro')}</p>
      <p className="demo-passphrase" data-testid="demo-passphrase">
        {passphrase}
      </p>
      <p className="form-note">{t('demo.realVault')}</p>
      <button type="button" className="button button-primary button-block" onClick={onContinue} autoFocus>
        {t('demo.continue')}
      </button>
    </LockedLayout>
  );
}
