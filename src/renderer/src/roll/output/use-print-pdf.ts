import { useState } from 'react';
import type { RollQuery } from '../../../../shared/roll';
import { errorMessage } from '../../ui/errors';
import { useWorkProgress, type WorkProgress } from '../import/use-work-progress';
import { bytesFromBase64, saveFile } from '../../ui/save-file';
import { i18n } from '../../i18n';

export type PrintKind = 'roll' | 'sign-in';

export interface PrintState {
  printing: PrintKind | null;
  progress: WorkProgress;
  print: (kind: PrintKind, selection: RollQuery) => Promise<void>;
}

/** Asks main for a PDF of the selection and saves it; reports progress while main lays it out. */
export function usePrintPdf(onSaved: (message: string) => void, onError: (message: string) => void): PrintState {
  const [printing, setPrinting] = useState<PrintKind | null>(null);
  const progress = useWorkProgress('print', printing !== null);

  async function print(kind: PrintKind, selection: RollQuery) {
    setPrinting(kind);
    try {
      const file = await window.chapter.roll.printPdf({ kind, query: selection });
      saveFile(file.fileName, new Blob([bytesFromBase64(file.pdfBase64)], { type: 'application/pdf' }));
      onSaved(i18n.t('roll:output.pdfSaved', { fileName: file.fileName }));
    } catch (failure) {
      onError(errorMessage(failure));
    } finally {
      setPrinting(null);
    }
  }

  return { printing, progress, print };
}
