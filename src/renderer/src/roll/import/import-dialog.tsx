import { useTranslation } from 'react-i18next';
import { useEffect, useRef, useState } from 'react';
import type { ColumnMapping, ImportPreview, ImportResult, MatchPolicy } from '../../../../shared/roll';
import { ErrorAlert } from '../../ui/alerts';
import { errorMessage } from '../../ui/errors';
import { CheckingStep, ProblemsStep, ReadyStep } from './check-step';
import { ChooseFileStep } from './choose-file-step';
import { ColumnsStep } from './columns-step';
import { ImportingStep, ImportSummary } from './import-run-step';
import { ImportSteps, type StepNumber } from './import-steps';
import { assignColumn, hasNameColumn } from './mapping-targets';
import { Dialog } from '../../ui/dialog';
import '../roll-tools.css';
import { fileProblem, readFileAsBase64, type ChosenFile } from './read-file';
import { useChapterKind } from './use-chapter-kind';
import { useCustomFields } from './use-custom-fields';
import { useFocusOnMount } from './use-focus-on-mount';
import { useWorkProgress } from './use-work-progress';

/**
 * Where the flow is. Nothing is written before 'importing'; every earlier stage can be left with
 * Esc or Cancel. 'checked' holds the dry run's result: clean (ready) or with errors.
 */
type Stage =
  | { step: 'choose'; reading: boolean }
  | { step: 'columns'; rereading: boolean }
  | { step: 'checking' }
  | { step: 'checked'; result: ImportResult }
  | { step: 'importing' }
  | { step: 'done'; result: ImportResult };

const STEP_NUMBER: Record<Stage['step'], StepNumber> = {
  choose: 1,
  columns: 2,
  checking: 3,
  checked: 3,
  importing: 4,
  done: 4,
};

/** A file the officer dropped on the window, with a serial so that dropping the same file twice counts. */
export interface DroppedFile {
  file: File;
  serial: number;
}

/** The import sheet: file → columns → check (dry run) → import, over the whole window. */
export function ImportDialog({
  dropped,
  dragging,
  onClose,
}: {
  dropped: DroppedFile | null;
  dragging: boolean;
  /** `imported` is true when rows were written, so the roll behind the sheet must be read again. */
  onClose: () => void;
}) {
  const { t } = useTranslation(['roll', 'common']);
  const kind = useChapterKind();
  const customFields = useCustomFields();
  const [stage, setStage] = useState<Stage>({ step: 'choose', reading: false });
  const [file, setFile] = useState<ChosenFile | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [mapping, setMapping] = useState<ColumnMapping>([]);
  const [onMatch, setOnMatch] = useState<MatchPolicy>('update');
  const [encodingChosen, setEncodingChosen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const busy = stage.step === 'checking' || stage.step === 'importing';
  const progress = useWorkProgress('import', busy);

  async function chooseFile(chosen: File) {
    const problem = fileProblem(chosen);
    setError(problem);
    if (problem) return;
    setStage({ step: 'choose', reading: true });
    try {
      const read = await readFileAsBase64(chosen);
      const next = await window.chapter.roll.importPreview({ fileName: read.name, contentBase64: read.base64 });
      setFile(read);
      setPreview(next);
      setMapping(next.mapping);
      setEncodingChosen(false);
      setStage({ step: 'columns', rereading: false });
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : errorMessage(failure));
      setStage({ step: 'choose', reading: false });
    }
  }

  async function rereadAs(encoding: string) {
    if (!file || !preview) return;
    setError(null);
    setStage({ step: 'columns', rereading: true });
    try {
      const next = await window.chapter.roll.importPreview({ fileName: file.name, contentBase64: file.base64, encoding });
      // The officer's own matching survives when the columns are the same; new headers get new suggestions.
      const sameHeaders = next.headers.join('\u0000') === preview.headers.join('\u0000');
      setPreview(next);
      setEncodingChosen(true);
      if (!sameHeaders) setMapping(next.mapping);
    } catch (failure) {
      setError(errorMessage(failure));
    }
    setStage({ step: 'columns', rereading: false });
  }

  async function check() {
    if (!preview) return;
    setError(null);
    setStage({ step: 'checking' });
    try {
      const result = await window.chapter.roll.importApply({ importId: preview.importId, mapping, onMatch, dryRun: true });
      setStage({ step: 'checked', result });
    } catch (failure) {
      setError(errorMessage(failure));
      setStage({ step: 'columns', rereading: false });
    }
  }

  async function runImport() {
    if (!preview || stage.step !== 'checked') return;
    const checked = stage.result;
    setError(null);
    setStage({ step: 'importing' });
    try {
      const result = await window.chapter.roll.importApply({ importId: preview.importId, mapping, onMatch });
      if (result.applied) {
        setStage({ step: 'done', result });
      } else {
        // The roll changed since the check (e.g. another row now matches): show what is wrong now.
        setStage({ step: 'checked', result });
      }
    } catch (failure) {
      setError(errorMessage(failure));
      setStage({ step: 'checked', result: checked });
    }
  }

  function backToFile() {
    setError(null);
    setStage({ step: 'choose', reading: false });
  }

  // A file dropped on the window while the sheet is open replaces the current one, before importing.
  const handledDrop = useRef<number | null>(null);
  useEffect(() => {
    if (!dropped || handledDrop.current === dropped.serial || busy || stage.step === 'done') return;
    handledDrop.current = dropped.serial;
    void chooseFile(dropped.file);
    // Only a new drop should start this, not every render that recreates chooseFile.
  }, [dropped]);

  const ready = stage.step === 'checked' && stage.result.errors.length === 0;
  const close = () => onClose();

  return (
    <Dialog labelledBy="import-title" onCancel={close} cancellable={!busy} size="sheet">
      <div className="sheet">
        <header className="sheet-header">
          <h1 id="import-title" className="dialog-title">
            {t('import.title')}
          </h1>
          <ImportSteps current={STEP_NUMBER[stage.step]} />
        </header>
        <div className="dialog-body sheet-body">
          <ErrorAlert message={error} />
          {stage.step === 'choose' ? <ChooseFileStep busy={stage.reading} dragging={dragging} onFile={(chosen) => void chooseFile(chosen)} /> : null}
          {stage.step === 'columns' && preview ? (
            <ColumnsStep
              preview={preview}
              mapping={mapping}
              onMatch={onMatch}
              kind={kind}
              customFields={customFields}
              rereading={stage.rereading}
              encodingChosen={encodingChosen}
              onAssign={(column, target) => setMapping((current) => assignColumn(current, column, target))}
              onEncoding={(encoding) => void rereadAs(encoding)}
              onMatchChange={setOnMatch}
            />
          ) : null}
          {stage.step === 'checking' && preview ? <CheckingStep totalRows={preview.totalRows} progress={progress} /> : null}
          {stage.step === 'checked' && preview ? (
            ready ? (
              <ReadyStep result={stage.result} policy={onMatch} />
            ) : (
              <ProblemsStep result={stage.result} preview={preview} mapping={mapping} kind={kind} customFields={customFields} />
            )
          ) : null}
          {stage.step === 'importing' && preview ? <ImportingStep totalRows={preview.totalRows} progress={progress} /> : null}
          {stage.step === 'done' && preview ? <ImportSummary result={stage.result} fileName={preview.fileName} /> : null}
        </div>
        <footer className="dialog-footer">
          {stage.step === 'columns' || stage.step === 'checked' ? (
            <button type="button" className="button button-secondary" onClick={backToFile}>
              {t('import.another')}
            </button>
          ) : null}
          <span className="sheet-footer-gap" />
          {stage.step !== 'done' ? (
            <button type="button" className="button button-secondary" onClick={close} disabled={busy}>
              {t('common:actions.cancel')}
            </button>
          ) : null}
          {stage.step === 'columns' && preview ? (
            <button
              type="button"
              className="button button-primary"
              onClick={() => void check()}
              disabled={stage.rereading || !hasNameColumn(mapping)}
            >
              {t('import.check', { count: preview.totalRows })}
            </button>
          ) : null}
          {stage.step === 'checked' ? (
            <button type="button" className={ready ? 'button button-secondary' : 'button button-primary'} onClick={() => setStage({ step: 'columns', rereading: false })}>
              {t('import.changeMatching')}
            </button>
          ) : null}
          {ready ? (
            <button type="button" className="button button-primary" onClick={() => void runImport()}>
              {t('import.import')}
            </button>
          ) : null}
          {stage.step === 'done' ? <DoneButton onClose={close} /> : null}
        </footer>
      </div>
    </Dialog>
  );
}

/** The last step's only action; focused, so Enter closes the sheet. */
function DoneButton({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const ref = useFocusOnMount<HTMLButtonElement>();
  return (
    <button ref={ref} type="button" className="button button-primary" onClick={onClose}>
      {t('actions.done')}
    </button>
  );
}
