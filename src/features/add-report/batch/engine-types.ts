/**
 * What the batch engine (reading files and extracting figures off the main thread, finding duplicates, saving all
 * reviewed reports in one transaction) hands the review queue. Types only: the engine is ./engine.ts (main-thread
 * side) and ./batch-worker.ts (the worker).
 */
import type { DocumentKind, DocumentProblem, DocumentWarning } from '../../../formats/documents/types';
import type { Place } from '../../../model/gazetteer';
import type { Jurisdiction, Script } from '../../../model/schema';
import type { Extraction } from '../extraction';
import type { ReviewRow } from '../review';

/** What was proposed from a report's title and first lines. */
export interface BatchProposal {
  /** the place found ('found'), the places a name may mean ('ambiguous'), or nothing */
  kind: 'found' | 'ambiguous' | 'none';
  /** the proposed place (found), else the candidates (ambiguous) */
  places: Place[];
  /** the jurisdiction the found place (or department of it) becomes; absent unless `kind` is 'found' */
  jurisdiction?: Jurisdiction;
  department?: string;
  year?: number;
  title?: string;
  /** the words of the opening the proposal rests on */
  match?: string;
}

/** One file read (or the paste), before and after extraction. */
export interface BatchReport {
  /** stable within one batch: `<n>:<first 12 hex of sha256>` */
  key: string;
  /** the file's name (inside an archive: `archive.zip/inner/path.docx`; a paste: 粘贴的文本 → `pasted.txt`) */
  file: string;
  kind: DocumentKind | 'paste';
  sha256: string;
  bytes: number;
  encoding?: string;
  warnings: DocumentWarning[];
  /** the report's text as extracted from the file (kept as is) */
  text: string;
  /** sha-256 of the text's UTF-8 (computed in the worker: stored reports of the same text are duplicates) */
  textSha256?: string;
  script: Script;
  textSimplified?: string;
  proposal: BatchProposal;
}

/**
 * A report extracted: the same Extraction and rows the single-report review uses (`draft.jurisdiction`,
 * `draft.year` and `draft.title` are the proposed ones; a person's change of place or year calls `reextract`).
 */
export interface ExtractedReport {
  key: string;
  extraction: Extraction;
  rows: ReviewRow[];
}

/** A report already stored that a new one may duplicate. */
export interface Duplicate {
  /** 'text': a stored report has the same text (hash); 'place-year': the same jurisdiction and year is stored */
  kind: 'text' | 'place-year';
  dataset: string;
  report: string;
  /** the stored report's title */
  title: string;
}

export type BatchPhase = 'read' | 'extract' | 'done';

export interface BatchProgress {
  phase: BatchPhase;
  /** files read (phase 'read') or reports extracted (phase 'extract'), of `total` */
  done: number;
  total: number;
  /** the file being read or extracted */
  current?: string;
}

/** What the engine reports while it runs; calls arrive in order, `finished` last (also after a cancel). */
export interface BatchListener {
  /** a file was read: its text and proposal, before its figures */
  report(r: BatchReport): void;
  /** a part (or all) of a report's figures: `rows` are appended to the report's rows in order */
  extracted(x: ExtractedReport, partial: boolean): void;
  /** a file that could not be read; the others go on */
  problem(p: DocumentProblem): void;
  progress(p: BatchProgress): void;
  finished(outcome: 'done' | 'cancelled' | { error: string }): void;
}

/** What a person decided for one report when saving. */
export interface ReportToSave {
  extraction: Extraction;
  rows: ReviewRow[];
  /** replace the stored dataset of the same id (the person answered a duplicate question) */
  replace: boolean;
}

export type BatchSaveOutcome =
  | { kind: 'saved'; reports: number; figures: number }
  /** nothing was written: these dataset ids exist and were not marked `replace` */
  | { kind: 'exists'; ids: string[] }
  /** nothing was written: the first problems, naming the report */
  | { kind: 'invalid'; issues: string }
  | { kind: 'error'; message: string };
