import { useEffect, useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { PassphraseVerdict } from '../../../shared/contract';
import { MIN_PASSPHRASE_LENGTH } from '../../../shared/passphrase-advice';
import { errorMessage } from '../ui/errors';
import { TextField } from '../ui/text-field';

/** Long enough not to query on every keystroke, short enough to feel live. */
const CHECK_DELAY_MS = 200;
const SCORE_KEYS = ['veryWeak', 'weak', 'fair', 'good', 'strong'] as const;

/** Main's verdict, or (when the check itself failed) a refusal that says why. */
type ShownVerdict = PassphraseVerdict & { failure?: string };

interface Judged {
  key: string;
  verdict: ShownVerdict;
}

/**
 * Asks main how strong `passphrase` is, once typing pauses. `context` holds words an attacker
 * would try first (the chapter's and officer's names, while creating a vault; once a vault is
 * open, main uses its names itself). Returns the verdict only while it still belongs to the
 * current text, so a stale "Strong." can never enable a button.
 */
export function usePassphraseVerdict(passphrase: string, context: string[] = []): ShownVerdict | null {
  const [judged, setJudged] = useState<Judged | null>(null);
  const words = context.map((word) => word.trim()).filter(Boolean);
  const key = JSON.stringify([passphrase, words]);

  useEffect(() => {
    if (!passphrase) return;
    let current = true;
    const timer = setTimeout(() => {
      const input = words.length > 0 ? { passphrase, context: words } : { passphrase };
      window.chapter.vault
        .checkPassphrase(input)
        .then((verdict) => current && setJudged({ key, verdict }))
        .catch((error: unknown) => {
          if (current) {
            const failure = errorMessage(error);
            setJudged({ key, verdict: { score: 0, acceptable: false, feedback: failure, advice: 'tooEasy', failure } });
          }
        });
    }, CHECK_DELAY_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
    // `key` stands for the passphrase and the words together.
  }, [key]);

  return judged && judged.key === key ? judged.verdict : null;
}

/** Main's codes in the officer's language; the meter's label already says "Good" or "Strong". */
function adviceText(verdict: ShownVerdict, t: TFunction<'vault'>): string {
  if (verdict.failure) return verdict.failure;
  switch (verdict.advice) {
    case 'strong':
      return '';
    case 'tooShort':
      return t('strength.advice.tooShort', { min: MIN_PASSPHRASE_LENGTH });
    case 'tooEasy':
      return [t('strength.advice.tooEasy'), verdict.pattern ? t(`strength.${verdict.pattern}`) : '', t('strength.advice.addWord')]
        .filter(Boolean)
        .join(' ');
    default:
      return t(`strength.advice.${verdict.advice}`);
  }
}

export function StrengthMeter({ id, passphrase, verdict }: { id: string; passphrase: string; verdict: ShownVerdict | null }) {
  const { t } = useTranslation('vault');
  if (!passphrase) {
    return (
      <p id={id} className="strength-hint">
        {t('strength.hint')}
      </p>
    );
  }
  const score = verdict?.score ?? 0;
  const label = verdict ? t(`strength.${SCORE_KEYS[score] ?? 'veryWeak'}`) : t('strength.checking');
  // Even "very weak" shows one red segment, so the meter visibly answered.
  const filledSegments = verdict ? Math.max(1, score) : 0;
  const feedback = verdict ? adviceText(verdict, t) : '';
  return (
    <div id={id} className="strength" data-score={verdict ? score : undefined} data-acceptable={verdict?.acceptable}>
      <div
        className="strength-bar"
        role="meter"
        aria-label={t('strength.label')}
        aria-valuemin={0}
        aria-valuemax={4}
        aria-valuenow={score}
        aria-valuetext={label}
      >
        {[1, 2, 3, 4].map((segment) => (
          <span key={segment} className={segment <= filledSegments ? 'strength-segment filled' : 'strength-segment'} />
        ))}
      </div>
      <p className="strength-text" aria-live="polite">
        <strong className="strength-label">{label}</strong>
        {feedback ? <span className="strength-feedback"> {feedback}</span> : null}
      </p>
    </div>
  );
}

/** A new passphrase typed twice, with the live strength meter: used by create, recover and settings. */
export function useNewPassphrase(context: string[] = []) {
  const [passphrase, setPassphrase] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const verdict = usePassphraseVerdict(passphrase, context);
  const matches = passphrase === confirmation;
  return {
    passphrase,
    setPassphrase,
    confirmation,
    setConfirmation,
    verdict,
    matches,
    /** Strong enough and typed the same twice: the only state in which a form may submit it. */
    ready: Boolean(verdict?.acceptable) && matches,
    reset() {
      setPassphrase('');
      setConfirmation('');
    },
  };
}
export type NewPassphrase = ReturnType<typeof useNewPassphrase>;

export function NewPassphraseFields({
  idPrefix,
  state,
  label,
  autoFocus = false,
}: {
  idPrefix: string;
  state: NewPassphrase;
  /** "Passphrase" unless told otherwise; the confirmation's label follows it. */
  label?: string;
  autoFocus?: boolean;
}) {
  const { t } = useTranslation('vault');
  const shownLabel = label ?? t('passphrase');
  const meterId = `${idPrefix}-strength`;
  const showMismatch = state.confirmation.length > 0 && !state.matches;
  return (
    <>
      <TextField
        id={`${idPrefix}-passphrase`}
        label={shownLabel}
        type="password"
        autoComplete="new-password"
        spellCheck={false}
        autoFocus={autoFocus}
        value={state.passphrase}
        onChange={state.setPassphrase}
        aria-describedby={meterId}
      >
        <StrengthMeter id={meterId} passphrase={state.passphrase} verdict={state.verdict} />
      </TextField>
      <TextField
        id={`${idPrefix}-confirmation`}
        label={t('confirm', { label: shownLabel.toLowerCase() })}
        type="password"
        autoComplete="new-password"
        spellCheck={false}
        value={state.confirmation}
        onChange={state.setConfirmation}
        aria-invalid={showMismatch}
        hint={showMismatch ? t('mismatch') : undefined}
      />
    </>
  );
}
