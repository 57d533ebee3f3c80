import type { Result } from '../domain/validate';
import type { ImportFailure, ImportSummary } from './import';

export type WorkerRequest =
  | { type: 'bundled'; id: number; baseUrl: string }
  | { type: 'json'; id: number; file: File; replace: boolean };

export type BundledResult = Result<{ imported: boolean; summary?: ImportSummary }, ImportFailure | { kind: 'fetch'; message: string }>;

export type WorkerEvent =
  | { type: 'progress'; id: number; phase: string; done: number; total: number }
  | { type: 'result'; id: number; result: Result<ImportSummary, ImportFailure> | BundledResult }
  | { type: 'error'; id: number; message: string };
