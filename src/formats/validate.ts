/**
 * Validation of a `rol-compare/dataset` document: the schema (shape) first, then the rules a schema
 * cannot state (unique ids, references, quotes that really stand in the text at their offset).
 * Pure: no I/O. Returns every problem found, up to a cap, each with a JSON path.
 */
import { z } from 'zod';
import { datasetSchema, type Dataset } from '../model/schema';
import { compileGuard, type Guard } from './schema-guard';

export type Result<T, E> = { ok: true; value: T } | { ok: false; errors: E };

export interface DatasetIssue {
  /** JSON path, e.g. ["observations", 12, "quote"] */
  path: (string | number)[];
  /** stable code for translation: zod's issue code or one of ours */
  code: string;
  /** English message (the UI translates by code where it can) */
  message: string;
  params?: Record<string, string | number>;
}

export const MAX_ISSUES = 200;

export function formatPath(path: readonly (string | number)[]): string {
  let out = '';
  for (const p of path) out += typeof p === 'number' ? `[${p}]` : out ? `.${p}` : p;
  return out || '(root)';
}

export interface ValidateOptions {
  /** progress over the elements of the dataset's arrays (schema, then the integrity rules) */
  onProgress?: (done: number, total: number) => void;
  /**
   * The input belongs to the caller alone (e.g. fresh from JSON.parse): elements that are valid as they are
   * are kept instead of copied, and checked by the schema's compiled guard first (src/formats/schema-guard.ts)
   * — zod still decides every element the guard does not accept, so issues are the same.
   */
  reuseInput?: boolean;
}

interface Batch {
  key: string;
  element: z.ZodType;
  guard: Guard | null;
}

const SHAPE_KEYS = Object.keys(datasetSchema.shape);
let batchesCache: Batch[] | null = null;

/** The dataset's top-level arrays without array-level checks: their elements can be checked one by one. */
function batches(): Batch[] {
  if (batchesCache) return batchesCache;
  const out: Batch[] = [];
  for (const [key, value] of Object.entries(datasetSchema.shape)) {
    let s: z.ZodType = value;
    if (s instanceof z.ZodDefault) s = s.unwrap() as z.ZodType;
    if (!(s instanceof z.ZodArray) || (s.def.checks?.length ?? 0) > 0) continue;
    const element = s.element as z.ZodType;
    out.push({ key, element, guard: compileGuard(element) });
  }
  return (batchesCache = out);
}

const PROGRESS_EVERY = 16384;

/**
 * Applies the dataset schema. Same result as `datasetSchema.safeParse(raw)` (issues in the same order), but the
 * large arrays are checked element by element: progress can be reported, and with `reuseInput` valid elements
 * are neither re-checked by zod nor copied.
 */
function applySchema(
  raw: unknown,
  opts: ValidateOptions,
  total: number,
): { ok: true; data: Dataset } | { ok: false; issues: z.core.$ZodIssue[] } {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    const r = datasetSchema.safeParse(raw);
    return r.success ? { ok: true, data: r.data } : { ok: false, issues: r.error.issues };
  }
  const input = raw as Record<string, unknown>;
  const head: Record<string, unknown> = { ...input };
  const todo = batches().filter((b) => Array.isArray(input[b.key]));
  for (const b of todo) head[b.key] = [];
  const headResult = datasetSchema.safeParse(head);
  const issues: z.core.$ZodIssue[] = headResult.success ? [] : [...headResult.error.issues];
  const results = new Map<string, unknown[]>();
  let done = 0;
  let next = PROGRESS_EVERY;
  for (const b of todo) {
    const list = input[b.key] as unknown[];
    const out = new Array<unknown>(list.length);
    const guard = opts.reuseInput ? b.guard : null;
    for (let i = 0; i < list.length; i++) {
      const item = list[i];
      if (guard && guard(item)) out[i] = item;
      else {
        const r = b.element.safeParse(item);
        if (r.success) out[i] = r.data;
        else for (const issue of r.error.issues) issues.push({ ...issue, path: [b.key, i, ...issue.path] });
      }
      if (++done >= next) {
        next += PROGRESS_EVERY;
        opts.onProgress?.(done, total);
      }
    }
    results.set(b.key, out);
  }
  if (issues.length || !headResult.success) {
    // zod's order: the shape's keys in order, then unknown top-level keys
    const rank = (i: z.core.$ZodIssue) => {
      const k = i.path.length ? SHAPE_KEYS.indexOf(String(i.path[0])) : -1;
      return k < 0 ? SHAPE_KEYS.length : k;
    };
    const sorted = issues.map((i, n) => ({ i, n, r: rank(i) })).sort((a, b) => a.r - b.r || a.n - b.n);
    return { ok: false, issues: sorted.map((x) => x.i) };
  }
  const data = headResult.data as unknown as Record<string, unknown>;
  for (const [key, out] of results) data[key] = out;
  return { ok: true, data: data as unknown as Dataset };
}

/** Validates and returns a dataset; never throws for any JSON value. */
export function validateDataset(raw: unknown, maxIssues = MAX_ISSUES, opts: ValidateOptions = {}): Result<Dataset, DatasetIssue[]> {
  const arrays = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  const count = (k: string) => (Array.isArray(arrays[k]) ? (arrays[k] as unknown[]).length : 0);
  const schemaTotal = batches().reduce((n, b) => n + count(b.key), 0);
  const total = schemaTotal + count('reports') + count('observations') + count('mentions');
  const parsed = applySchema(raw, opts, total);
  if (!parsed.ok) {
    const errors = parsed.issues.slice(0, maxIssues).map((i) => ({
      path: i.path.map((p) => (typeof p === 'symbol' ? String(p) : p)),
      code: i.code,
      message: i.message,
    }));
    return { ok: false, errors };
  }
  const progress = opts.onProgress;
  const errors = checkIntegrity(parsed.data, maxIssues, progress ? (d) => progress(schemaTotal + d, total) : undefined);
  if (errors.length) return { ok: false, errors };
  progress?.(total, total);
  return { ok: true, value: normaliseZeros(parsed.data) };
}

/** −0 becomes 0; an element is copied before it is changed (it may be the caller's, see `reuseInput`). */
function normaliseZeros(ds: Dataset): Dataset {
  const obs = ds.observations;
  for (let i = 0; i < obs.length; i++) {
    const o = obs[i]!;
    const v = Object.is(o.value, -0);
    const m = o.valueMax !== undefined && Object.is(o.valueMax, -0);
    if (!v && !m) continue;
    const copy = { ...o };
    if (v) copy.value = 0;
    if (m) copy.valueMax = 0;
    obs[i] = copy;
  }
  return ds;
}

/**
 * Rules beyond the schema, in a fixed order (duplicate ids, then reports, observations, mentions). Stops early
 * once `maxIssues` are found. `onProgress` counts reports, observations and mentions checked.
 */
export function checkIntegrity(ds: Dataset, maxIssues = MAX_ISSUES, onProgress?: (done: number) => void): DatasetIssue[] {
  const errors: DatasetIssue[] = [];
  const full = () => errors.length >= maxIssues;
  const push = (e: DatasetIssue) => {
    if (errors.length < maxIssues) errors.push(e);
  };
  const ids = (key: 'jurisdictions' | 'reports' | 'metrics' | 'observations' | 'practices' | 'mentions') => {
    const seen = new Map<string, number>();
    const list = ds[key];
    for (let i = 0; i < list.length; i++) {
      const id = list[i]!.id;
      const first = seen.get(id);
      if (first === undefined) seen.set(id, i);
      else
        push({
          path: [key, i, 'id'],
          code: 'duplicate_id',
          message: `duplicate id "${id}" (first at ${key}[${first}])`,
          params: { id, first },
        });
    }
    return seen;
  };
  const jurs = ids('jurisdictions');
  const reports = ids('reports');
  const metrics = ids('metrics');
  const obs = ids('observations');
  const practices = ids('practices');
  ids('mentions');
  if (full()) return errors;

  const unknown = (path: (string | number)[], id: string, kind: string) =>
    push({ path, code: 'unknown_reference', message: `unknown ${kind} "${id}"`, params: { id, kind } });
  /** the text of a known report; undefined (and an issue) for an unknown one */
  const textOf = (path: (string | number)[], reportId: string): string | undefined => {
    const ri = reports.get(reportId);
    if (ri === undefined) {
      unknown(path, reportId, 'report');
      return undefined;
    }
    return ds.reports[ri]!.text;
  };
  const mismatch = (path: (string | number)[], reportId: string, offset: number) =>
    push({
      path,
      code: 'quote_mismatch',
      message: `quote does not stand in report "${reportId}" at offset ${offset}`,
      params: { report: reportId, offset },
    });

  let done = 0;
  const STEP = 16384;
  const rs = ds.reports;
  for (let i = 0; i < rs.length; i++) {
    const r = rs[i]!;
    if (!jurs.has(r.jurisdiction)) unknown(['reports', i, 'jurisdiction'], r.jurisdiction, 'jurisdiction');
    if (r.textSimplified !== undefined && r.textSimplified.length !== r.text.length)
      push({
        path: ['reports', i, 'textSimplified'],
        code: 'length_mismatch',
        message: 'textSimplified must have the same length as text',
      });
    r.notes?.forEach((n, j) => {
      if (n.offset + n.length > r.text.length)
        push({ path: ['reports', i, 'notes', j, 'offset'], code: 'out_of_range', message: 'note lies outside the text' });
    });
  }
  done += rs.length;
  onProgress?.(done);
  if (full()) return errors;

  const os = ds.observations;
  // observations of a report usually follow each other: remember the last report and metric found
  let lastReport: string | null = null;
  let lastText: string | undefined;
  let lastMetric: string | null = null;
  for (let i = 0; i < os.length; i++) {
    const o = os[i]!;
    let text: string | undefined;
    if (o.report === lastReport) text = lastText;
    else {
      text = textOf(['observations', i, 'report'], o.report);
      if (text !== undefined) {
        lastReport = o.report;
        lastText = text;
      }
    }
    if (o.metric !== lastMetric) {
      if (metrics.has(o.metric)) lastMetric = o.metric;
      else unknown(['observations', i, 'metric'], o.metric, 'metric');
    }
    if (text !== undefined && !text.startsWith(o.quote, o.offset)) mismatch(['observations', i, 'quote'], o.report, o.offset);
    if (o.valueMax === undefined) {
      if (o.qualifier === 'range') push({ path: ['observations', i, 'valueMax'], code: 'range_without_max', message: 'a range needs valueMax' });
    } else {
      if (o.qualifier !== 'range')
        push({ path: ['observations', i, 'valueMax'], code: 'max_without_range', message: 'valueMax is only for ranges' });
      if (o.valueMax < o.value) push({ path: ['observations', i, 'valueMax'], code: 'range_inverted', message: 'valueMax is below value' });
    }
    if (o.figure !== undefined && !o.quote.includes(o.figure))
      push({ path: ['observations', i, 'figure'], code: 'figure_not_in_quote', message: 'figure does not stand in the quote' });
    const inputs = o.derived?.inputs;
    if (inputs)
      for (let j = 0; j < inputs.length; j++)
        if (!obs.has(inputs[j]!)) unknown(['observations', i, 'derived', 'inputs', j], inputs[j]!, 'observation');
    if ((i & (STEP - 1)) === STEP - 1) {
      if (full()) return errors;
      onProgress?.(done + i + 1);
    }
  }
  done += os.length;
  onProgress?.(done);
  if (full()) return errors;

  const ms = ds.mentions;
  for (let i = 0; i < ms.length; i++) {
    const m = ms[i]!;
    const text = textOf(['mentions', i, 'report'], m.report);
    if (!practices.has(m.practice)) unknown(['mentions', i, 'practice'], m.practice, 'practice');
    if (text !== undefined && !text.startsWith(m.quote, m.offset)) mismatch(['mentions', i, 'quote'], m.report, m.offset);
  }
  onProgress?.(done + ms.length);
  return errors;
}
