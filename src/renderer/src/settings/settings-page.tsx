import { BackupSettings } from './backup-settings';
import { useTranslation } from 'react-i18next';
import { ChangePassphraseForm } from './change-passphrase-form';
import { IdleLockSetting } from './idle-lock-setting';
import { LanguageSetting } from './language-setting';
import { RollSettings } from './roll-settings';
import { ScreenCaptureSetting } from './screen-capture-setting';

export function SettingsPage({
  idleLockMinutes,
  onIdleLockMinutesSaved,
}: {
  idleLockMinutes: number;
  onIdleLockMinutesSaved: (minutes: number) => void;
}) {
  const { t } = useTranslation('settings');
  return (
    <section className="page" aria-labelledby="page-title">
      <header className="page-header">
        <h1 id="page-title" className="page-title">
          {t('title')}
        </h1>
      </header>
      <div className="settings-sections">
        <div className="card card-section settings-card">
          <LanguageSetting />
        </div>
        <div className="card card-section settings-card">
          <ChangePassphraseForm />
        </div>
        <div className="card card-section settings-card">
          <IdleLockSetting initialMinutes={idleLockMinutes} onSaved={onIdleLockMinutesSaved} />
        </div>
        <div className="card card-section settings-card">
          <ScreenCaptureSetting />
        </div>
        <div className="card card-section settings-card">
          <BackupSettings />
        </div>
        <RollSettings />
      </div>
    </section>
  );
}
