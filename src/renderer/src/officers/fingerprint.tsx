import { useTranslation } from 'react-i18next';
/**
 * An officer's fingerprint, four groups of four characters, spaced for reading aloud. Screen
 * readers get it group by group too (the text keeps its spaces).
 */
export function Fingerprint({ value, size = 'normal', testId }: { value: string; size?: 'large' | 'normal' | 'small'; testId?: string }) {
  const groups = value.split(/\s+/).filter(Boolean);
  return (
    <span className={`officers-fp officers-fp-${size}`} data-testid={testId} translate="no">
      {groups.map((group, index) => (
        <span key={index} className="officers-fp-group">
          {group}
          {index < groups.length - 1 ? ' ' : ''}
        </span>
      ))}
    </span>
  );
}

/** "Read this fingerprint aloud with Bo Li…": the check that makes verification mean something. */
export function FingerprintCheck({ name, role, fingerprint }: { name: string; role?: string; fingerprint: string }) {
  const { t } = useTranslation('officers');
  return (
    <div className="officers-check">
      <div className="officers-check-who">
        <span className="officers-check-name" data-testid="checked-officer-name">
          {name}
        </span>
        {role ? <span className="officers-check-role">{role}</span> : null}
      </div>
      <Fingerprint value={fingerprint} size="large" testId="checked-fingerprint" />
      <p className="officers-check-instruction">
        {t('readAloud', { name })}
      </p>
    </div>
  );
}
