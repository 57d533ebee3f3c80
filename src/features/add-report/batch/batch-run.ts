/**
 * A batch as it runs: what the engine reports goes into the queue store; a report whose place or year the person
 * changed is extracted again; duplicates are looked up once the engine is done and after each such change; the save
 * stores the ready reports in one transaction. One batch at a time; cancelling (or leaving the view) stops it and
 * empties the queue.
 */
import type { QueryClient } from '@tanstack/react-query';
import type { Catalog } from '../../../model/catalog';
import type { Jurisdiction } from '../../../model/schema';
import { matchTextOf } from '../extraction';
import { wordingsToRemember } from '../wording-match';
import {
  addProblem,
  addReport,
  appendExtracted,
  applyReextracted,
  duplicateQuery,
  finished,
  launched,
  override,
  reextractFailed,
  replaceIds,
  reportsToSave,
  savedPlaces,
  setDuplicates,
  setProgress,
  started,
  toReextract,
} from './batch-model';
import { applyToQueue, queueNow, useBatchStore } from './batch-store';
import { transitionQueue } from './transition-queue';
import { findDuplicates, reextract, saveBatch, startBatch, type BatchContext, type BatchInput } from './engine';
import type { BatchSaveOutcome } from './engine-types';

/** What a person typed for a paste: used instead of the proposal. */
export interface PasteFields {
  jurisdiction?: Jurisdiction;
  year?: number;
  title?: string;
}

interface Current {
  id: number;
  ctx: BatchContext;
  stop: () => void;
}

let current: Current | null = null;
let runs = 0;

const live = (id: number): boolean => current?.id === id;

/** Looks up stored duplicates of the reports whose place and year are known; a failed look-up asks nothing. */
async function checkDuplicates(id: number): Promise<void> {
  const query = duplicateQuery(queueNow());
  if (query.length === 0) return;
  const found = await findDuplicates(query).catch(() => null);
  if (found && live(id)) applyToQueue((s) => setDuplicates(s, query.map((q) => q.key), found));
}

/** Starts the re-extractions the queue asks for (a new revision of a report's place or year). */
function launchReextractions(id: number, ctx: BatchContext): void {
  for (const job of toReextract(queueNow())) {
    applyToQueue((s) => launched(s, job.key, job.revision));
    reextract(job.report, job.place, job.year, job.title, ctx).then(
      (x) => {
        if (!live(id)) return;
        applyToQueue((s) => applyReextracted(s, job.revision, x));
        if (queueNow().status !== 'running') void checkDuplicates(id);
      },
      (e: unknown) => live(id) && applyToQueue((s) => reextractFailed(s, job.key, job.revision, e instanceof Error ? e.message : String(e))),
    );
  }
}

/** Stops the batch that runs (if any) and empties the queue: nothing of it is kept. */
export function clearBatch(): void {
  const c = current;
  current = null;
  c?.stop();
  useBatchStore.getState().reset();
}

/** Starts a batch of files or a paste, replacing the queue. */
export function runBatch(input: BatchInput, ctx: BatchContext, fields?: PasteFields): void {
  clearBatch();
  const id = ++runs;
  applyToQueue(started);
  const unsubscribe = useBatchStore.subscribe((s, before) => {
    if (s.queue !== before.queue && live(id)) launchReextractions(id, ctx);
  });
  let run: { cancel(): void } | null = null;
  current = {
    id,
    ctx,
    stop: () => {
      unsubscribe();
      run?.cancel();
    },
  };
  const q = transitionQueue(applyToQueue, () => live(id));
  run = startBatch(input, ctx, {
    report: (r) =>
      live(id) &&
      q.push((s) => {
        const next = addReport(s, r);
        return fields && r.kind === 'paste' ? override(next, r.key, fields, true) : next;
      }),
    extracted: (x, partial) => live(id) && q.push((s) => appendExtracted(s, x, partial)),
    problem: (p) => live(id) && q.push((s) => addProblem(s, p)),
    progress: (p) => live(id) && q.push((s) => setProgress(s, p)),
    finished: (outcome) => {
      if (!live(id)) return;
      if (outcome === 'cancelled') return clearBatch();
      q.push((s) => finished(s, outcome));
      q.after(() => live(id) && void checkDuplicates(id));
    },
  });
}

/** What a save did, with the places saved (for the link to compare them). */
export type SaveResult = BatchSaveOutcome & { places?: string[] };

/**
 * Saves the ready reports (each one's accepted rows) with the wordings their reviews taught, in one transaction;
 * once saved, the queue is emptied. `replace`: dataset ids the person agreed to replace.
 */
export async function saveQueue(client: QueryClient, catalog: Catalog, replace: readonly string[] = []): Promise<SaveResult> {
  if (replace.length) applyToQueue((s) => replaceIds(s, replace));
  const q = queueNow();
  const reports = reportsToSave(q);
  const places = savedPlaces(q);
  const wordings = reports.flatMap((r) => wordingsToRemember(r.rows, matchTextOf(r.extraction)));
  const outcome = await saveBatch(reports, wordings, client, catalog);
  if (outcome.kind === 'saved') {
    clearBatch();
    return { ...outcome, places };
  }
  return outcome;
}
