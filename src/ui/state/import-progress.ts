/**
 * UI state of imports, restores and backups (Zustand, module-level: an import keeps running while the user
 * switches views). The update prompt (src/ui/state/pwa.ts) reads `isImportBusy` and never reloads mid-import.
 * Kept tiny: it is part of the main bundle.
 */
import { create } from 'zustand';
import type { MessageKey } from '../../i18n';
import type { ImportIssue } from '../../formats/parse-dataset';

export type ImportStatus = 'idle' | 'working' | 'done' | 'error';

export interface StatusMessage {
  key: MessageKey;
  params?: Record<string, string | number>;
}

/** A question waiting for the user; `answer` resumes the operation. */
export interface PendingQuestion {
  key: MessageKey;
  params: Record<string, string | number>;
  confirmKey: MessageKey;
  answer: (yes: boolean) => void;
}

export interface ImportUiState {
  status: ImportStatus;
  /** counts operations (shown as data-run, so tests can tell one result from the next) */
  run: number;
  /** the file being processed (for the status line) */
  file: string | null;
  phase: string | null;
  /** 0..1, or null when the step has no measurable progress */
  progress: number | null;
  message: StatusMessage | null;
  issues: ImportIssue[];
  question: PendingQuestion | null;
}

export const initialImportState: ImportUiState = {
  status: 'idle',
  run: 0,
  file: null,
  phase: null,
  progress: null,
  message: null,
  issues: [],
  question: null,
};

export const useImportStore = create<ImportUiState>(() => initialImportState);

/** True while a file is being read, checked or written, or a question about it waits for an answer. */
export const isImportBusy = (s: ImportUiState = useImportStore.getState()): boolean =>
  s.status === 'working' || s.question !== null;
