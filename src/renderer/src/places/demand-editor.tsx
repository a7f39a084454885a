import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { UNRESOLVED_STATUSES, type Demand, type PlaceDetail, type Target } from '../../../shared/places';
import { renderMinutesMarkdown } from '../minutes/markdown';
import { ErrorAlert, StatusNote } from '../ui/alerts';
import { formatCalendarDate } from '../ui/dates';
import { errorMessage } from '../ui/errors';
import { bytesFromBase64, saveFile } from '../ui/save-file';
import { TextField } from '../ui/text-field';

/**
 * A demand letter to the place's target about chosen issues: Markdown, previewed through the
 * same sanitizer as the minutes, printed as a PDF. Members are named only when ticked one by one;
 * the default names nobody. "Print and keep as sent" stores a dated copy in the vault.
 */
export function DemandEditor({ detail, targets, onSaved }: { detail: PlaceDetail; targets: Target[]; onSaved: () => void }) {
  const { t } = useTranslation('places');
  const existing: Demand | undefined = detail.demands[0];
  const currentTarget = detail.links.find((link) => !link.until)?.targetId ?? '';
  // Until the officer picks, the letter is about every open issue, including ones logged later.
  const [chosen, setChosen] = useState<string[] | null>(existing?.issueIds ?? null);
  const issueIds = chosen ?? detail.issues.filter((issue) => UNRESOLVED_STATUSES.includes(issue.status)).map((issue) => issue.id);
  const [targetId, setTargetId] = useState(existing?.targetId ?? currentTarget);
  const [title, setTitle] = useState(existing?.title ?? '');
  const [body, setBody] = useState(existing?.body ?? '');
  const [named, setNamed] = useState<string[]>(existing?.namedMembers ?? []);
  const [preview, setPreview] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [note, setNote] = useState<string | null>(null);
  const [demandId, setDemandId] = useState(existing?.id);

  const input = useMemo(() => ({ id: demandId, placeId: detail.place.id, targetId, title, body, issueIds, namedMembers: named }), [demandId, detail.place.id, targetId, title, body, issueIds, named]);

  async function save(): Promise<string> {
    const saved = await window.chapter.places.saveDemand(input);
    setDemandId(saved.id);
    setPreview((await window.chapter.places.demandLetter({ id: saved.id })).markdown);
    return saved.id;
  }

  // The preview is the letter as main writes it, so what is seen is what prints.
  useEffect(() => {
    if (!demandId) return;
    let current = true;
    window.chapter.places
      .demandLetter({ id: demandId })
      .then((letter) => current && setPreview(letter.markdown))
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, [demandId]);

  async function run(work: () => Promise<void>) {
    setError(null);
    setNote(null);
    try {
      await work();
    } catch (failure) {
      setError(errorMessage(failure));
    }
  }

  const toggle = (list: string[], id: string, on: boolean) => (on ? [...list, id] : list.filter((item) => item !== id));
  const whole = detail.place.kind === 'building' ? t('issues.wholeBuilding') : t('issues.wholeWorkplace');

  return (
    <section className="card places-card" aria-labelledby="demand-title">
      <h2 id="demand-title" className="section-title">
        {t('demand.title')}
      </h2>
      <div className="places-demand">
        <div className="form">
          <fieldset className="places-checks">
            <legend>{t('demand.issues')}</legend>
            {detail.issues.map((issue) => (
              <label key={issue.id} className="checkbox">
                <input type="checkbox" checked={issueIds.includes(issue.id)} onChange={(event) => setChosen(toggle(issueIds, issue.id, event.target.checked))} />
                {issue.category} — {issue.unit || whole} ({t(`status.${issue.status}`)})
              </label>
            ))}
          </fieldset>
          <div className="field">
            <label htmlFor="demand-target">{t('demand.target')}</label>
            <select id="demand-target" className="select" value={targetId} onChange={(event) => setTargetId(event.target.value)}>
              <option value="">{t('demand.noTarget')}</option>
              {targets.map((target) => (
                <option key={target.id} value={target.id}>
                  {target.name}
                </option>
              ))}
            </select>
          </div>
          <TextField id="demand-letter-title" label={t('demand.letterTitle')} value={title} onChange={setTitle} />
          <div className="field">
            <label htmlFor="demand-body">{t('demand.body')}</label>
            <textarea id="demand-body" className="input" rows={6} value={body} onChange={(event) => setBody(event.target.value)} />
          </div>
          {detail.members.length > 0 ? (
            <fieldset className="places-checks">
              <legend>{t('demand.named')}</legend>
              {detail.members.map((member) => (
                <label key={member.id} className="checkbox">
                  <input type="checkbox" checked={named.includes(member.id)} onChange={(event) => setNamed((previous) => toggle(previous, member.id, event.target.checked))} />
                  {member.name}
                </label>
              ))}
            </fieldset>
          ) : null}
          <ErrorAlert message={error} />
          <StatusNote message={note} />
          <div className="form-actions">
            <button
              type="button"
              className="button button-secondary"
              onClick={() =>
                void run(async () => {
                  await save();
                  setNote(t('demand.saved'));
                  onSaved();
                })
              }
            >
              {t('demand.save')}
            </button>
            {[false, true].map((sent) => (
              <button
                key={String(sent)}
                type="button"
                className={sent ? 'button button-primary' : 'button button-secondary'}
                onClick={() =>
                  void run(async () => {
                    const id = await save();
                    const { fileName, pdfBase64 } = await window.chapter.places.demandPdf({ id, sent });
                    saveFile(fileName, new Blob([bytesFromBase64(pdfBase64)], { type: 'application/pdf' }));
                    if (sent) onSaved();
                  })
                }
              >
                {sent ? t('demand.send') : t('demand.pdf')}
              </button>
            ))}
          </div>
        </div>
        <div>
          <h3 className="section-title">{t('demand.preview')}</h3>
          {/* Sanitized: markdown-it without HTML, then DOMPurify (see minutes/markdown.ts). */}
          <div className="places-letter" dangerouslySetInnerHTML={{ __html: renderMinutesMarkdown(preview) }} />
          {existing && existing.copies.length > 0 ? (
            <>
              <h3 className="section-title">{t('demand.copies')}</h3>
              <ul>
                {existing.copies.map((copy) => (
                  <li key={copy.id}>{t('demand.sentOn', { date: formatCalendarDate(copy.sentOn) })}</li>
                ))}
              </ul>
            </>
          ) : null}
        </div>
      </div>
    </section>
  );
}
