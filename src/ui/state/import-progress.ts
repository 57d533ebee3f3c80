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

/** One answer of a choice question: its value, its words (place names: data, not UI strings), a detail. */
export interface QuestionChoice {
  value: string;
  label: string;
  detail?: string;
}

/**
 * A question waiting for the user; `answer` resumes the operation. A yes/no question has the buttons
 * `confirmKey` (answer(true)) and cancel (answer(false)). A choice question also has `choices`: picking one calls
 * `choose`; `confirmKey` is then the answer that picks none (e.g. leave without code), cancel still answer(false).
 */
export interface PendingQuestion {
  key: MessageKey;
  params: Record<string, string | number>;
  confirmKey: MessageKey;
  answer: (yes: boolean) => void;
  choices?: QuestionChoice[];
  choose?: (value: string) => void;
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
  /** what the last import changed or doubts but did not refuse (names cleaned, look-alike letters), each located */
  warnings: ImportIssue[];
  /** what else the last operation did, one line each (e.g. places found by name, places joined) */
  notes: StatusMessage[];
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
  warnings: [],
  notes: [],
  question: null,
};

export const useImportStore = create<ImportUiState>(() => initialImportState);

/** True while a file is being read, checked or written, or a question about it waits for an answer. */
export const isImportBusy = (s: ImportUiState = useImportStore.getState()): boolean =>
  s.status === 'working' || s.question !== null;
