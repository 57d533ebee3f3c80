/**
 * The rules a schema cannot state, on a dataset that has its shape: unique ids, references that resolve, quotes
 * that really stand in the text at their offset, ranges, figures in their quotes. In a fixed order, up to a cap.
 */
import type { Dataset } from '../model/schema';
import type { MetricKind } from '../model/constants';
import { catalogueKind, indicatorKinds } from '../model/indicator-ids';
import { MAX_ISSUES, type DatasetIssue } from './issue';

/** The rules' issues so far, up to a cap. */
class IntegrityIssues {
  readonly list: DatasetIssue[] = [];

  constructor(private readonly max: number) {}

  full(): boolean {
    return this.list.length >= this.max;
  }

  push(e: DatasetIssue): void {
    if (this.list.length < this.max) this.list.push(e);
  }

  unknown(path: (string | number)[], id: string, kind: string): void {
    this.push({ path, code: 'unknown_reference', message: `unknown ${kind} "${id}"`, params: { id, kind } });
  }

  mismatch(path: (string | number)[], reportId: string, offset: number): void {
    this.push({
      path,
      code: 'quote_mismatch',
      message: `quote does not stand in report "${reportId}" at offset ${offset}`,
      params: { report: reportId, offset },
    });
  }
}

type IdKey = 'jurisdictions' | 'reports' | 'metrics' | 'observations' | 'practices' | 'mentions';

/** Each id's position in its array (its first, where it repeats). */
export interface IdPositions {
  get(id: string): number | undefined;
  has(id: string): boolean;
}

/** Per array that others refer to, each id's position. */
type Ids = Record<Exclude<IdKey, 'mentions'>, IdPositions>;

/** The observations between two looks at the cap and the progress; a power of two. */
const INTEGRITY_STEP = 16384;

/**
 * Rules beyond the schema, in a fixed order (duplicate ids, then reports, observations, mentions). Stops early
 * once `maxIssues` are found. `onProgress` counts reports, observations and mentions checked.
 */
export function checkIntegrity(
  ds: Dataset,
  maxIssues = MAX_ISSUES,
  onProgress?: (done: number) => void,
  indicators: ReadonlyMap<string, MetricKind> = indicatorKinds(),
  /** leave out the observations' own ids (unique, derived inputs): `observationIdsHold` checks them later */
  skipObservationIds = false,
): DatasetIssue[] {
  const issues = new IntegrityIssues(maxIssues);
  const ids = uniqueIds(ds, issues, skipObservationIds);
  if (issues.full()) return issues.list;
  checkMetrics(ds, indicators, issues);
  if (issues.full()) return issues.list;
  checkReports(ds, ids, issues);
  let done = ds.reports.length;
  onProgress?.(done);
  if (issues.full()) return issues.list;
  if (!checkObservations(ds, ids, issues, done, onProgress)) return issues.list;
  done += ds.observations.length;
  onProgress?.(done);
  if (issues.full()) return issues.list;
  checkMentions(ds, ids, issues);
  onProgress?.(done + ds.mentions.length);
  return issues.list;
}

/**
 * A metric is a catalogue indicator (its id, and the indicator's kind) or says `specific: true` (a figure of
 * one report, shown apart from the comparisons); never both.
 */
function checkMetrics(ds: Dataset, indicators: ReadonlyMap<string, MetricKind>, issues: IntegrityIssues): void {
  ds.metrics.forEach((m, i) => {
    const kind = catalogueKind(m.id, indicators);
    if (m.specific && kind)
      issues.push({
        path: ['metrics', i, 'specific'],
        code: 'specific_is_indicator',
        message: `metric "${m.id}" is an indicator of the catalogue, so it is not report-specific: leave out "specific"`,
        params: { id: m.id },
      });
    else if (!m.specific && !kind)
      issues.push({
        path: ['metrics', i, 'id'],
        code: 'unknown_indicator',
        message: `metric "${m.id}" is not an indicator of the catalogue (data/indicators/); a figure of one report says "specific": true`,
        params: { id: m.id },
      });
    else if (kind && m.kind !== kind)
      issues.push({
        path: ['metrics', i, 'kind'],
        code: 'indicator_kind_mismatch',
        message: `metric "${m.id}" has kind "${m.kind}", but the catalogue indicator is a ${kind}`,
        params: { id: m.id, kind: m.kind, expected: kind },
      });
  });
}

/** Every id once within its array (`skipObservations`: but the observations', left to `observationIdsHold`). */
function uniqueIds(ds: Dataset, issues: IntegrityIssues, skipObservations: boolean): Ids {
  const ids: Ids = {
    jurisdictions: idPositions(ds, 'jurisdictions', issues),
    reports: idPositions(ds, 'reports', issues),
    metrics: idPositions(ds, 'metrics', issues),
    observations: skipObservations ? ANY_ID : idPositions(ds, 'observations', issues),
    practices: idPositions(ds, 'practices', issues),
  };
  idPositions(ds, 'mentions', issues);
  return ids;
}

/** Stands in for the observations' ids when they are checked later: every derived input is taken as known. */
const ANY_ID: IdPositions = { get: () => 0, has: () => true };

/**
 * The part of the rules `checkIntegrity(…, skipObservationIds)` leaves out: the observations' ids are unique and
 * every derived figure's inputs are among them. Pure; true when they hold (`checkIntegrity` words the problems).
 */
export function observationIdsHold(ds: Pick<Dataset, 'observations'>): boolean {
  const os = ds.observations;
  const table = new IdTable(os.length);
  if (!table.addAll(os.length, (i) => os[i]!.id)) return false;
  for (let i = 0; i < os.length; i++) {
    const inputs = os[i]!.derived?.inputs;
    if (inputs) for (const input of inputs) if (!table.has(input)) return false;
  }
  return true;
}

/** Arrays up to this length index their ids in a Map; longer ones in an IdTable (fewer allocations). */
const MAP_UP_TO = 4096;

function idPositions(ds: Dataset, key: IdKey, issues: IntegrityIssues): IdPositions {
  const list = ds[key];
  const duplicate = (i: number, id: string, first: number) =>
    issues.push({
      path: [key, i, 'id'],
      code: 'duplicate_id',
      message: `duplicate id "${id}" (first at ${key}[${first}])`,
      params: { id, first },
    });
  if (list.length > MAP_UP_TO) {
    const table = new IdTable(list.length);
    table.addAll(
      list.length,
      (i) => list[i]!.id,
      (i, first) => {
        duplicate(i, list[i]!.id, first);
        return true;
      },
    );
    return table;
  }
  const seen = new Map<string, number>();
  for (let i = 0; i < list.length; i++) {
    const id = list[i]!.id;
    const first = seen.get(id);
    if (first === undefined) seen.set(id, i);
    else duplicate(i, id, first);
  }
  return seen;
}

/**
 * Ids → first position, for a million observations: open addressing over a typed array sized once, keyed by an
 * FNV-1a hash of the id's characters (kept per position, so that a slot of another id is passed over without
 * reading its string). A Map of a million new strings grows and rehashes its table many times and leaves the
 * collector a lot to do; this allocates three arrays. Positions are below the capacity given.
 */
export class IdTable implements IdPositions {
  private readonly slots: Int32Array;
  private readonly keys: string[] = [];
  private readonly hashes: Uint32Array;
  private readonly mask: number;

  constructor(capacity: number) {
    let size = 16;
    while (size < capacity * 2) size *= 2;
    this.slots = new Int32Array(size);
    this.hashes = new Uint32Array(capacity);
    this.mask = size - 1;
  }

  private static hash(id: string): number {
    let h = 0x811c9dc5;
    for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193);
    return (h ^ (h >>> 15)) >>> 0;
  }

  /** Adds `id` at `position` unless present: returns its first position. */
  add(id: string, position: number): number {
    const h = IdTable.hash(id);
    this.hashes[position] = h;
    return this.insert(id, h, position);
  }

  private insert(id: string, hash: number, position: number): number {
    const { slots, keys, hashes, mask } = this;
    for (let h = hash & mask; ; h = (h + 1) & mask) {
      const s = slots[h]!;
      if (s === 0) {
        slots[h] = position + 1;
        keys[position] = id;
        return position;
      }
      if (hashes[s - 1] === hash && keys[s - 1] === id) return s - 1;
    }
  }

  /**
   * Adds the ids at positions 0 … n − 1 in order, as `add` one at a time would, and calls `repeated(position, first)`
   * for each id met again; stops (false) when it returns false. Every id's hash is computed first, then the inserts
   * (`insertHashed`): over 1.16 M ids in Node the check of a dataset's observations took 300–400 ms one id at a
   * time, 130–150 ms so.
   */
  addAll(n: number, idAt: (position: number) => string, repeated?: (position: number, first: number) => boolean): boolean {
    const { keys, hashes } = this;
    for (let i = 0; i < n; i++) {
      const id = idAt(i);
      keys[i] = id;
      hashes[i] = IdTable.hash(id);
    }
    return insertHashed(this.slots, this.mask, hashes, n, (a, b) => keys[a] === keys[b], repeated);
  }

  get(id: string): number | undefined {
    const { slots, keys, hashes, mask } = this;
    const hash = IdTable.hash(id);
    for (let h = hash & mask; ; h = (h + 1) & mask) {
      const s = slots[h]!;
      if (s === 0) return undefined;
      if (hashes[s - 1] === hash && keys[s - 1] === id) return s - 1;
    }
  }

  has(id: string): boolean {
    return this.get(id) !== undefined;
  }
}

/**
 * Inserts positions 0 … n − 1, whose hashes are given, into an open-addressing table of positions + 1 (`mask`: its
 * size − 1), in order; `same(a, b)` compares the keys of two positions of equal hash. Calls `repeated(position,
 * first)` for each key met again; stops (false) when it returns false. The hashes are computed beforehand, so that
 * this loop touches the table (megabytes, out of the processor's caches) with no key read between its inserts: the
 * processor then waits on many of its misses at once instead of one after the other.
 */
export function insertHashed(
  slots: Int32Array,
  mask: number,
  hashes: Uint32Array,
  n: number,
  same: (a: number, b: number) => boolean,
  repeated?: (position: number, first: number) => boolean,
): boolean {
  for (let i = 0; i < n; i++) {
    const hash = hashes[i]!;
    for (let h = hash & mask; ; h = (h + 1) & mask) {
      const s = slots[h]!;
      if (s === 0) {
        slots[h] = i + 1;
        break;
      }
      if (hashes[s - 1] === hash && same(s - 1, i)) {
        if (!(repeated?.(i, s - 1) ?? false)) return false;
        break;
      }
    }
  }
  return true;
}

/** The text of a known report; undefined (and an issue) for an unknown one. */
function reportText(ds: Dataset, ids: Ids, issues: IntegrityIssues, path: (string | number)[], reportId: string): string | undefined {
  const ri = ids.reports.get(reportId);
  if (ri === undefined) {
    issues.unknown(path, reportId, 'report');
    return undefined;
  }
  return ds.reports[ri]!.text;
}

/** A report's jurisdiction exists; its simplified text and its notes fit its text. */
function checkReports(ds: Dataset, ids: Ids, issues: IntegrityIssues): void {
  const rs = ds.reports;
  for (let i = 0; i < rs.length; i++) {
    const r = rs[i]!;
    if (!ids.jurisdictions.has(r.jurisdiction)) issues.unknown(['reports', i, 'jurisdiction'], r.jurisdiction, 'jurisdiction');
    if (r.textSimplified !== undefined && r.textSimplified.length !== r.text.length)
      issues.push({
        path: ['reports', i, 'textSimplified'],
        code: 'length_mismatch',
        message: 'textSimplified must have the same length as text',
      });
    r.notes?.forEach((n, j) => {
      if (n.offset + n.length > r.text.length)
        issues.push({ path: ['reports', i, 'notes', j, 'offset'], code: 'out_of_range', message: 'note lies outside the text' });
    });
  }
}

/**
 * An observation's report and metric exist, its quote stands in the report's text at its offset, a range has its
 * maximum (and only a range has one, not below the value), its figure stands in its quote and a derived figure's
 * inputs exist. `done`: the count before the observations, for `onProgress`. False when it stopped at the cap.
 */
function checkObservations(ds: Dataset, ids: Ids, issues: IntegrityIssues, done: number, onProgress?: (done: number) => void): boolean {
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
      text = reportText(ds, ids, issues, ['observations', i, 'report'], o.report);
      if (text !== undefined) {
        lastReport = o.report;
        lastText = text;
      }
    }
    if (o.metric !== lastMetric) {
      if (ids.metrics.has(o.metric)) lastMetric = o.metric;
      else issues.unknown(['observations', i, 'metric'], o.metric, 'metric');
    }
    if (text !== undefined && !text.startsWith(o.quote, o.offset)) issues.mismatch(['observations', i, 'quote'], o.report, o.offset);
    if (o.valueMax === undefined) {
      if (o.qualifier === 'range') issues.push({ path: ['observations', i, 'valueMax'], code: 'range_without_max', message: 'a range needs valueMax' });
    } else {
      if (o.qualifier !== 'range')
        issues.push({ path: ['observations', i, 'valueMax'], code: 'max_without_range', message: 'valueMax is only for ranges' });
      if (o.valueMax < o.value) issues.push({ path: ['observations', i, 'valueMax'], code: 'range_inverted', message: 'valueMax is below value' });
    }
    if (o.figure !== undefined && !o.quote.includes(o.figure))
      issues.push({ path: ['observations', i, 'figure'], code: 'figure_not_in_quote', message: 'figure does not stand in the quote' });
    const inputs = o.derived?.inputs;
    if (inputs)
      for (let j = 0; j < inputs.length; j++)
        if (!ids.observations.has(inputs[j]!)) issues.unknown(['observations', i, 'derived', 'inputs', j], inputs[j]!, 'observation');
    if ((i & (INTEGRITY_STEP - 1)) === INTEGRITY_STEP - 1) {
      if (issues.full()) return false;
      onProgress?.(done + i + 1);
    }
  }
  return true;
}

/** A mention's report and practice exist, and its quote stands in the report's text at its offset. */
function checkMentions(ds: Dataset, ids: Ids, issues: IntegrityIssues): void {
  const ms = ds.mentions;
  for (let i = 0; i < ms.length; i++) {
    const m = ms[i]!;
    const text = reportText(ds, ids, issues, ['mentions', i, 'report'], m.report);
    if (!ids.practices.has(m.practice)) issues.unknown(['mentions', i, 'practice'], m.practice, 'practice');
    if (text !== undefined && !text.startsWith(m.quote, m.offset)) issues.mismatch(['mentions', i, 'quote'], m.report, m.offset);
  }
}
