/**
 * The batch engine, main-thread side: hands files (or a paste) to the batch worker, which reads them, proposes each
 * report's place and year and extracts its figures, and passes what it reports to a listener; finds stored reports
 * a new one duplicates; saves the reviewed reports in one transaction. Cancelling stops the worker: nothing of a
 * cancelled batch is kept anywhere.
 */
import type { QueryClient } from '@tanstack/react-query';
import type { Catalog } from '../../../model/catalog';
import type { Indicator } from '../../../model/indicators';
import type { Jurisdiction } from '../../../model/schema';
import { storeKeys } from '../../../reads/keys';
import { runInWorker } from '../../../store/worker-client';
import { remindBackupAfterSave } from '../../../ui/state/storage-notices';
import type { ManyResult, ReportMatchesResult } from '../../../store/worker-protocol';
import { reportDataset } from '../save-report';
import type { LearnedWording } from '../wording-match';
import type { BatchEvent, BatchRequest, ReportText, WorkerContext } from './batch-protocol';
import { pageAssembly } from './message-pages';
import type { BatchListener, BatchReport, BatchSaveOutcome, Duplicate, ExtractedReport, ReportToSave } from './engine-types';

/**
 * Files dropped or picked (a .zip among them is unpacked), or a paste (with the clipboard's HTML, if it had some);
 * a paste's place, year and title, when the person gave them, are used instead of the proposal.
 */
export type BatchInput =
  | { files: readonly File[] }
  | { paste: { text: string; html?: string; jurisdiction?: Jurisdiction; year?: number; title?: string } };

/** What extraction works against: the store's catalogue, the indicator catalogue and the wordings people mapped. */
export interface BatchContext {
  catalog: Catalog;
  indicators: readonly Indicator[];
  remembered: readonly LearnedWording[];
}

export interface BatchRun {
  /** stops reading and extracting; the listener then gets `finished('cancelled')` */
  cancel(): void;
}

/** How long what the worker posts is gathered before it is handed on (ms). */
const FLUSH_MS = 200;

const spawn = () => new Worker(new URL('./batch-worker.ts', import.meta.url), { type: 'module', name: 'rol-batch' });

/** The context as the worker receives it: plain arrays (structured clone), the page's base URL. */
function workerContext(ctx: BatchContext): WorkerContext {
  const { catalog } = ctx;
  return {
    metrics: catalog.metrics,
    practices: catalog.practices,
    jurisdictions: catalog.jurisdictions,
    indicators: [...ctx.indicators],
    remembered: [...ctx.remembered],
    baseUrl: document.baseURI,
  };
}

/** Puts back what the worker leaves out of a posted extraction: the text and the indicator catalogue. */
function restore(x: ExtractedReport, report: Pick<BatchReport, 'text' | 'textSimplified'>, ctx: BatchContext): ExtractedReport {
  const { extraction } = x;
  return {
    ...x,
    extraction: {
      ...extraction,
      draft: { ...extraction.draft, text: report.text },
      // the worker sends a long text's simplified rendering with its last part, made after the report was posted
      ...((extraction.textSimplified ?? report.textSimplified) ? { textSimplified: extraction.textSimplified ?? report.textSimplified } : {}),
      indicators: ctx.indicators,
    },
  };
}

/** Starts a batch; what it finds arrives through `listener`. */
export function startBatch(input: BatchInput, ctx: BatchContext, listener: BatchListener): BatchRun {
  textHashes.clear();
  const worker = spawn();
  const reports = new Map<string, BatchReport>();
  let over = false;
  const finish = (outcome: Parameters<BatchListener['finished']>[0]) => {
    if (over) return;
    over = true;
    if (timer !== null) clearTimeout(timer);
    worker.terminate();
    listener.finished(outcome);
  };
  // What the worker posts is handed on in one task per FLUSH_MS, not one task per message: the queue then renders
  // once for many reports and rows instead of once for each.
  let pending: BatchEvent[] = [];
  let timer: ReturnType<typeof setTimeout> | null = null;
  const flush = () => {
    timer = null;
    const events = pending;
    pending = [];
    for (const e of events) if (!over) deliver(e);
  };
  const pages = pageAssembly();
  worker.onmessage = (ev: MessageEvent<BatchEvent>) => {
    if (over) return;
    const e = ev.data;
    if (e.type === 'page') return pages.add(e.page);
    pending.push(e.type === 'extracted' ? { ...e, x: pages.complete(e.x) } : e);
    if (ev.data.type === 'finished') flush();
    else timer ??= setTimeout(flush, FLUSH_MS);
  };
  const deliver = (e: BatchEvent) => {
    if (e.type === 'report') {
      reports.set(e.report.key, e.report);
      if (e.report.textSha256) textHashes.set(e.report.key, e.report.textSha256);
      listener.report(e.report);
    } else if (e.type === 'extracted') {
      const r = reports.get(e.x.key);
      if (r) listener.extracted(restore(e.x, r, ctx), e.partial);
    } else if (e.type === 'problem') listener.problem(e.problem);
    else if (e.type === 'progress') listener.progress(e.progress);
    else if (e.type === 'finished') finish(e.outcome);
  };
  worker.onerror = (ev) => {
    ev.preventDefault();
    finish({ error: ev.message || 'the batch worker failed' });
  };
  const wctx = workerContext(ctx);
  const req: BatchRequest = 'files' in input ? { type: 'start', files: [...input.files], ctx: wctx } : { type: 'start', paste: input.paste, ctx: wctx };
  worker.postMessage(req);
  return { cancel: () => finish('cancelled') };
}

/** Extracts a report again for the place and year a person chose (the extraction depends on both). */
export function reextract(report: BatchReport, place: Jurisdiction, year: number, title: string, ctx: BatchContext): Promise<ExtractedReport> {
  const worker = spawn();
  const { key, file, kind, sha256, bytes, encoding, text, script, textSimplified } = report;
  const r: ReportText = { key, file, kind, sha256, bytes, text, script, ...(encoding ? { encoding } : {}), ...(textSimplified ? { textSimplified } : {}) };
  const pages = pageAssembly();
  return new Promise<ExtractedReport>((resolve, reject) => {
    worker.onmessage = (ev: MessageEvent<BatchEvent>) => {
      const e = ev.data;
      if (e.type === 'page') return pages.add(e.page);
      if (e.type === 'reextracted') resolve(restore(pages.complete(e.x), report, ctx));
      else if (e.type === 'failed') reject(new Error(e.error));
      else return;
      worker.terminate();
    };
    worker.onerror = (ev) => {
      ev.preventDefault();
      worker.terminate();
      reject(new Error(ev.message || 'the batch worker failed'));
    };
    worker.postMessage({ type: 'reextract', report: r, jurisdiction: place, year, title, ctx: workerContext(ctx) } satisfies BatchRequest);
  });
}

/** The text hashes the worker computed, by report key (a key names one file's bytes, so one text), for the last batch. */
const textHashes = new Map<string, string>();

async function textHash(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** Stored reports the given ones duplicate: same text (hash of the text), or same jurisdiction and year. By report key. */
export async function findDuplicates(reports: readonly { key: string; text: string; jurisdiction: string; year: number }[]): Promise<Map<string, Duplicate>> {
  const asked = await Promise.all(reports.map(async (r) => ({ key: r.key, textHash: textHashes.get(r.key) ?? (await textHash(r.text)), jurisdiction: r.jurisdiction, period: r.year })));
  const r = await runInWorker<ReportMatchesResult>({ type: 'report-matches', reports: asked });
  if (!r.ok) throw new Error(r.errors.message);
  return new Map(r.value.map((m) => [m.key, { kind: m.kind, dataset: m.dataset, report: m.report, title: m.title }]));
}

/** Stores every report as its own dataset, all in one transaction, with the wordings the review taught; never throws. */
export async function saveBatch(reports: readonly ReportToSave[], wordings: readonly LearnedWording[], client: QueryClient, catalog: Catalog): Promise<BatchSaveOutcome> {
  try {
    const datasets = reports.map((r) => reportDataset(r.extraction, r.rows, catalog));
    const files = datasets.map((ds) => new File([JSON.stringify(ds)], `${ds.id}.json`, { type: 'application/json' }));
    const replace = datasets.filter((_, i) => reports[i]!.replace).map((ds) => ds.id);
    const r = await runInWorker<ManyResult>({ type: 'json-many', files, replace, ...(wordings.length ? { wordings: [...wordings] } : {}) });
    if (r.ok) {
      await client.invalidateQueries({ queryKey: storeKeys.all });
      void remindBackupAfterSave();
      return { kind: 'saved', reports: r.value.reports, figures: r.value.observations };
    }
    const f = r.errors;
    if (f.kind === 'exists') return { kind: 'exists', ids: f.ids };
    if (f.kind === 'invalid') return { kind: 'invalid', issues: f.issues.slice(0, 3).map((i) => `${i.file}: ${i.path.join('.')}: ${i.message}`).join('; ') };
    return { kind: 'error', message: f.message };
  } catch (e) {
    return { kind: 'error', message: e instanceof Error ? e.message : String(e) };
  }
}
