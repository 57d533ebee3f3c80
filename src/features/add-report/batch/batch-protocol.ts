/** Messages between the page (./engine.ts) and the batch worker (./batch-worker.ts). */
import type { DocumentProblem } from '../../../formats/documents/types';
import type { Indicator } from '../../../model/indicators';
import type { Jurisdiction, Metric, Practice, Script } from '../../../model/schema';
import type { LearnedWording } from '../wording-match';
import type { BatchProgress, BatchReport, ExtractedReport } from './engine-types';
import type { ExtractionPage } from './message-pages';

/** What extraction works against, as the worker receives it (plain data: no maps). */
export interface WorkerContext {
  metrics: Metric[];
  practices: Practice[];
  jurisdictions: Jurisdiction[];
  indicators: Indicator[];
  remembered: LearnedWording[];
  /** the page's base URL, for the gazetteer file */
  baseUrl: string;
}

export interface PasteInput {
  text: string;
  html?: string;
  jurisdiction?: Jurisdiction;
  year?: number;
  title?: string;
}

/** The report a re-extraction needs (its text and how it was read). */
export type ReportText = Pick<BatchReport, 'key' | 'file' | 'kind' | 'sha256' | 'bytes' | 'encoding' | 'text' | 'script' | 'textSimplified'> & {
  published?: string;
};

export type BatchRequest =
  | { type: 'start'; files: File[]; paste?: undefined; ctx: WorkerContext }
  | { type: 'start'; files?: undefined; paste: PasteInput; ctx: WorkerContext }
  | { type: 'reextract'; report: ReportText; jurisdiction: Jurisdiction; year: number; title: string; ctx: WorkerContext };

/**
 * An extracted report as posted: without the text (sent once, with the report) and without the indicator catalogue
 * (the page has it); the page puts both back.
 */
export type PostedExtraction = ExtractedReport;

export type BatchEvent =
  | { type: 'report'; report: BatchReport }
  /** part of the next extraction of the report `page.key` (a long one is sent in pages: ./message-pages.ts) */
  | { type: 'page'; page: ExtractionPage }
  | { type: 'extracted'; x: PostedExtraction; partial: boolean }
  | { type: 'problem'; problem: DocumentProblem }
  | { type: 'progress'; progress: BatchProgress }
  | { type: 'finished'; outcome: 'done' | { error: string } }
  | { type: 'reextracted'; x: PostedExtraction }
  | { type: 'failed'; error: string };

/** A script's name for a text (the worker detects it). */
export type { Script };
