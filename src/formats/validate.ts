/**
 * Validation of a `rol-compare/dataset` document: the schema (shape) first, then the rules a schema
 * cannot state (unique ids, references, quotes that really stand in the text at their offset).
 * Pure: no I/O. Returns every problem found, up to a cap, each with a JSON path.
 */
import { z } from 'zod';
import { datasetSchema, type Dataset } from '../model/schema';
import { compileGuard, type Guard } from './schema-guard';
import { checkIntegrity, observationIdsHold } from './integrity';
import { checkPlaces } from './place-check';
import { cleanNames } from './name-clean';
import { checkBounds } from './value-bounds';
import { linkPlaces, type PlaceLinkInput, type PlaceLinkResult } from './place-link';
import type { Gazetteer } from '../model/gazetteer';
import { MAX_ISSUES, type DatasetIssue, type Result } from './issue';

export { checkIntegrity, MAX_ISSUES, type DatasetIssue, type Result };

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
  /**
   * With `reuseInput`: a check of a top-level array's elements that replaces the compiled guard for that array
   * (an Arrow file's rows, vouched for column by column: src/formats/arrow-dataset/read.ts). Like the guard, it
   * answers true only for an element zod would accept unchanged; the others go to zod.
   */
  guards?: Partial<Record<string, (item: unknown, index: number) => boolean>>;
  /**
   * The gazetteer, to check the places' codes, names and levels (./place-check.ts); without it they are not
   * checked (the importer loads it when it can).
   */
  places?: { gazetteer: Gazetteer; toSimplified?: (s: string) => string; link?: PlaceLinkRequest };
  /**
   * Receives what is changed or doubtful but not refused: a name cleaned of bidi controls or zero-width
   * characters, a name mixing look-alike scripts (./name-clean.ts). Names are cleaned whether or not it is given.
   */
  warnings?: DatasetIssue[];
  /**
   * Receives the check of the observations' ids (unique, derived inputs among them) of a dataset otherwise valid,
   * for the caller to run later (src/store/records.ts runs it while the database stores the blocks): when it
   * returns false, `checkIntegrity(dataset)` gives the issues the validation would have given. Not called when
   * validation fails: every check has then been run.
   */
  later?: (check: () => boolean) => void;
}

/**
 * Tie the places to the gazetteer and the stored ones (./place-link.ts), once the file is otherwise valid:
 * `onLinked` hears what was found, or the questions to ask (the validation then fails with `place_choice_needed`).
 */
export interface PlaceLinkRequest extends PlaceLinkInput {
  onLinked: (result: PlaceLinkOutcome) => void;
}

/** What linking found in a file without place problems: the links, or the questions to ask. */
export type PlaceLinkOutcome = Exclude<PlaceLinkResult, { kind: 'invalid' }>;

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
    const guard = opts.reuseInput ? (opts.guards?.[b.key] ?? b.guard) : null;
    for (let i = 0; i < list.length; i++) {
      const item = list[i];
      if (guard && guard(item, i)) out[i] = item;
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

/** A refinement of the schema that names its own issue code (`params.code`, e.g. not_positive_integer). */
function ownCode(i: z.core.$ZodIssue): string | undefined {
  if (i.code !== 'custom') return undefined;
  const code = (i.params as Record<string, unknown> | undefined)?.code;
  return typeof code === 'string' ? code : undefined;
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
      code: ownCode(i) ?? i.code,
      message: i.message,
    }));
    return { ok: false, errors };
  }
  const progress = opts.onProgress;
  // names are cleaned before the places are checked and linked by name
  const names = cleanNames(parsed.data);
  opts.warnings?.push(...names.warnings);
  const places = opts.places;
  const collect = (skipObservationIds: boolean) => {
    const errors = names.errors.slice(0, maxIssues);
    if (errors.length < maxIssues)
      errors.push(...checkIntegrity(parsed.data, maxIssues - errors.length, progress ? (d) => progress(schemaTotal + d, total) : undefined, undefined, skipObservationIds));
    // a metric of the wrong kind is reported as such, not by its figures' bounds
    const wrongKind = new Set(errors.filter((e) => e.code === 'indicator_kind_mismatch').map((e) => parsed.data.metrics[Number(e.path[1])]?.id));
    if (errors.length < maxIssues) errors.push(...checkBounds(parsed.data, maxIssues - errors.length, wrongKind));
    if (places && errors.length < maxIssues)
      errors.push(...checkPlaces(parsed.data, places.gazetteer, places.toSimplified).slice(0, maxIssues - errors.length));
    return errors;
  };
  // with `later`, the observations' id checks are the caller's to run; any other problem, and they run now, so that
  // a file with problems gets exactly the issues it gets without `later`
  const later = opts.later;
  const errors = collect(later !== undefined);
  const idsFail = () => later !== undefined && !observationIdsHold(parsed.data);
  if (errors.length && idsFail()) return { ok: false, errors: collect(false) };
  let data = parsed.data;
  if (places?.link && errors.length === 0) {
    // ids are rewritten consistently, so the references checked above stay valid
    const linked = linkPlaces(data, places.gazetteer, places.link, places.toSimplified);
    if (linked.kind !== 'linked' && idsFail()) return { ok: false, errors: collect(false) };
    if (linked.kind === 'invalid') errors.push(...linked.issues.slice(0, maxIssues));
    else {
      places.link.onLinked(linked);
      if (linked.kind === 'questions') {
        const count = linked.questions.length;
        return { ok: false, errors: [{ path: [], code: 'place_choice_needed', message: `${count} place names need a choice`, params: { count } }] };
      }
      data = linked.dataset;
    }
  }
  if (errors.length) return { ok: false, errors };
  progress?.(total, total);
  const value = normaliseZeros(data);
  // linking and zeros leave the observations' ids and inputs as they were
  later?.(() => observationIdsHold(value));
  return { ok: true, value };
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
