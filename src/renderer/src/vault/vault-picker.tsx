import { useTranslation } from 'react-i18next';
import type { VaultSummary } from '../../../shared/contract';
import { i18n } from '../i18n';
import { formatDate } from '../ui/dates';

function createdLine(vault: VaultSummary): string {
  const date = formatDate(vault.createdAt);
  return date ? i18n.t('vault:picker.created', { date }) : i18n.t('vault:picker.unreadable');
}

/**
 * Which vault to open. The lock screen knows only each vault's folder name and creation date:
 * the chapter's name is encrypted inside it.
 */
export function VaultPicker({
  vaults,
  selectedId,
  onSelect,
}: {
  vaults: VaultSummary[];
  selectedId: string | null;
  onSelect: (vaultId: string) => void;
}) {
  const { t } = useTranslation('vault');
  if (vaults.length === 1) {
    const [vault] = vaults as [VaultSummary];
    return (
      <div className="vault-single" aria-label={t('picker.vault')}>
        <span className="vault-label">{vault.label}</span>
        <span className="vault-created">{createdLine(vault)}</span>
      </div>
    );
  }
  return (
    <fieldset className="vault-list">
      <legend>{t('picker.vault')}</legend>
      {vaults.map((vault) => (
        <label key={vault.id} className="vault-option">
          <input
            type="radio"
            name="vault"
            value={vault.id}
            checked={vault.id === selectedId}
            onChange={() => onSelect(vault.id)}
          />
          <span className="vault-option-text">
            <span className="vault-label">{vault.label}</span>
            <span className="vault-created">{createdLine(vault)}</span>
          </span>
        </label>
      ))}
    </fieldset>
  );
}
