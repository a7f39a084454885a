import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Member } from '../../../shared/roll';
import { copyText } from '../ui/clipboard';
import './copy-contacts.css';

/** Each number or address the member's saved fields hold ("a; b" is two, as main splits them). */
const items = (text: string): string[] =>
  text
    .split(/[;\n]/)
    .map((item) => item.trim())
    .filter(Boolean);

/**
 * One button per phone number and e-mail address, so the officer never selects text by hand.
 * What is copied leaves the clipboard 30 seconds later (ui/clipboard.ts), and the note says so.
 * Saved values only: a half-typed number is not worth copying.
 */
export function CopyContacts({ member }: { member: Pick<Member, 'phone' | 'email'> }) {
  const { t } = useTranslation('roll');
  const [note, setNote] = useState<string | null>(null);
  const entries = [
    ...items(member.phone).map((value) => ({ value, label: t('copy.phone', { value }) })),
    ...items(member.email).map((value) => ({ value, label: t('copy.email', { value }) })),
  ];
  if (entries.length === 0) return null;

  async function copy(value: string) {
    setNote(null);
    setNote((await copyText(value)) ? t('copy.copied') : t('copy.failed'));
  }

  return (
    <div className="copy-contacts">
      <div className="copy-contacts-row">
        <span id="copy-contacts-lead" className="copy-contacts-lead">
          {t('copy.lead')}
        </span>
        <ul className="copy-contacts-list" aria-labelledby="copy-contacts-lead">
          {entries.map((entry) => (
            <li key={entry.label}>
              <button type="button" className="copy-contact" aria-label={entry.label} onClick={() => void copy(entry.value)}>
                <svg width="14" height="14" viewBox="0 0 14 14" aria-hidden="true">
                  <rect x="4.5" y="4.5" width="7" height="7.5" rx="1.2" />
                  <path d="M9.5 2.5h-5a1.5 1.5 0 0 0-1.5 1.5v6" />
                </svg>
                <span className="copy-contact-text">{entry.value}</span>
              </button>
            </li>
          ))}
        </ul>
      </div>
      <p className="copy-contacts-note" role="status">
        {note}
      </p>
    </div>
  );
}
