import { useTranslation } from 'react-i18next';
import { useState } from 'react';
import type { ContactCardView } from '../../../shared/exchange';
import { copyText } from '../ui/clipboard';
import { saveFile } from '../ui/save-file';
import { slug } from './files';
import { Fingerprint } from './fingerprint';

/**
 * This officer's contact card: the QR code to show, the fingerprint to read aloud, and the card
 * line to copy or save. The QR is an <img> of the SVG main drew, never SVG markup in the page.
 */
export function YourCard({ card, officerName }: { card: ContactCardView; officerName: string }) {
  const { t } = useTranslation('officers');
  const [note, setNote] = useState<string | null>(null);
  const qrSource = `data:image/svg+xml;base64,${btoa(card.qrSvg)}`;

  async function copy() {
    setNote((await copyText(card.card)) ? t('card.copied') : t('card.copyFailed'));
  }

  function save() {
    saveFile(`${slug(officerName)}-chapterhouse-card.txt`, new Blob([`${card.card}\n`], { type: 'text/plain;charset=utf-8' }));
    setNote(t('card.saved'));
  }

  return (
    <section className="card card-section officers-card" aria-labelledby="your-card-title">
      <div className="your-card">
        <img className="your-card-qr" src={qrSource} alt={t('card.qrAlt')} width={248} height={248} />
        <div className="your-card-text">
          <h2 id="your-card-title" className="section-title">
            {t('card.title')}
          </h2>
          <div className="your-card-fingerprint">
            <span className="your-card-label" id="your-fingerprint-label">
              {t('card.fingerprint')}
            </span>
            <Fingerprint value={card.fingerprint} size="large" testId="your-fingerprint" />
          </div>
          <p className="your-card-instruction">
            {t('card.instruction')}
          </p>
          <div className="your-card-actions">
            <button type="button" className="button button-secondary" onClick={() => void copy()}>
              {t('card.copy')}
            </button>
            <button type="button" className="button button-secondary" onClick={save}>
              {t('card.save')}
            </button>
            <span role="status" className="your-card-note">
              {note}
            </span>
          </div>
          <details className="officers-card-line">
            <summary>{t('card.showText')}</summary>
            <textarea
              className="input officers-card-text"
              readOnly
              value={card.card}
              aria-label={t('card.textLabel')}
              rows={3}
              onFocus={(event) => event.currentTarget.select()}
            />
          </details>
        </div>
      </div>
    </section>
  );
}
