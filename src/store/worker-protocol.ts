import type { Result } from '../formats/validate';
import type { BackupFile, RestoreFailure, RestoreSummary } from './backup';
import type { ImportFailure, ImportSummary } from './import';
import type { ManyFailure, ManySummary, ReportMatch, ReportQuery } from './import-many';
import type { WordingInput } from './wordings';
import type { PlaceChoices } from '../formats/place-link';

/**
 * `askPlaces`: a name of several places comes back as questions (ImportFailure `invalid` with `questions`) instead
 * of being left without code; `places`: the answers, file jurisdiction id → code or null (leave without code).
 */
export interface PlaceAnswers {
  askPlaces?: boolean;
  places?: PlaceChoices;
}

export type WorkerRequest =
  | { type: 'bundled'; id: number; baseUrl: string }
  /** `wordings`: learned in the review of a new report, stored with it in one transaction */
  | ({ type: 'json'; id: number; file: File; replace: boolean; wordings?: WordingInput[] } & PlaceAnswers)
  | ({ type: 'csv' | 'arrow'; id: number; file: File; replace: boolean } & PlaceAnswers)
  /** serialise the whole store into one backup file */
  | { type: 'backup'; id: number }
  /** restore a backup file (read in parts, any size); without `confirm`, datasets that would be replaced by other content come back as conflicts */
  | { type: 'restore'; id: number; file: File; confirm: boolean }
  /** several dataset files in one transaction; `replace`: the ids a person agreed to replace */
  | { type: 'json-many'; id: number; files: File[]; replace: string[]; wordings?: WordingInput[] }
  /** the stored reports new reports duplicate (same text hash, or same jurisdiction and period) */
  | { type: 'report-matches'; id: number; reports: ReportQuery[] };

/** `unavailable`: the database could not be opened (after retries); the worker is then read-only (./read-only.ts) */
export type BundledResult = Result<
  { imported: boolean; summary?: ImportSummary },
  ImportFailure | { kind: 'fetch'; message: string } | { kind: 'unavailable'; message: string }
>;
export type ImportResult = Result<ImportSummary, ImportFailure>;
export type BackupResult = Result<BackupFile, { kind: 'store'; error: 'quota' | 'closed' | 'unknown'; message: string }>;
export type RestoreResult = Result<RestoreSummary, RestoreFailure>;
export type ManyResult = Result<ManySummary, ManyFailure>;
export type ReportMatchesResult = Result<ReportMatch[], { kind: 'store'; message: string }>;

/** Things the worker's database connection tells the page without being asked (another tab's upgrade, a blocked upgrade, a closed connection). */
export type WorkerNotice = 'versionchange' | 'blocked' | 'closed';

export type WorkerEvent =
  | { type: 'progress'; id: number; phase: string; done: number; total: number }
  | { type: 'result'; id: number; result: ImportResult | BundledResult | BackupResult | RestoreResult | ManyResult | ReportMatchesResult }
  | { type: 'error'; id: number; message: string }
  | { type: 'notice'; id: 0; notice: WorkerNotice };
