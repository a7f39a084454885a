/**
 * Keeps the window out of screenshots and screen sharing when the vault's setting says so:
 * applied at unlock (the setting lives inside the vault) and whenever it changes. Takes any
 * object with the two BrowserWindow methods it uses, so it is tested under plain Node.
 */
import type { Settings } from '../../shared/contract';

export interface ProtectableWindow {
  setContentProtection(enable: boolean): void;
  isDestroyed(): boolean;
}

export interface SettingsSource {
  onSettings(listener: (settings: Settings) => void): () => void;
}

export function followContentProtection(service: SettingsSource, window: ProtectableWindow): () => void {
  return service.onSettings((settings) => {
    if (!window.isDestroyed()) window.setContentProtection(settings.contentProtection);
  });
}
