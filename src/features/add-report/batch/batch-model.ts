/**
 * The batch review queue, pure: every report of a batch with its figures (the single review's rows), the place
 * and year each is saved under, duplicates, and which reports can be saved and why not. Every transition returns
 * a new state; `batch-store.ts` holds it for the components.
 */
import type { DocumentProblem } from '../../../formats/documents/types';
import type { Place } from '../../../model/gazetteer';
import type { Category, Jurisdiction } from '../../../model/schema';
import type { Indicator } from '../../../model/indicators';
import type { Extraction } from '../extraction';
import { changeArea, chooseIndicator, isEdited, nameSpecific, updateRow, type ReviewRow, type RowPatch } from '../review';
import type { BatchProgress, BatchReport, Duplicate, ExtractedReport, ReportToSave } from './engine-types';

/** The place a report is saved under: set (proposed or chosen), to be chosen among namesakes, or not found. */
export type PlaceState =
  | { kind: 'set'; jurisdiction: Jurisdiction; by: 'proposal' | 'person' }
  | { kind: 'choose'; candidates: Place[]; department?: string }
  | { kind: 'none' };

export interface QueueReport {
  key: string;
  report: BatchReport;
  /** the last extraction received (null until the first figures arrive) */
  extraction: Extraction | null;
  rows: ReviewRow[];
  /** figures are still arriving (from the engine, or a re-extraction for a changed place or year) */
  extracting: boolean;
  /** counts the person's changes of place, year or title; figures extracted for an older revision are dropped */
  revision: number;
  /** the revision a re-extraction was started for (0: none) */
  launched: number;
  /** the place (jurisdiction id) and year the figures of the current revision are extracted for */
  basis: Basis;
  place: PlaceState;
  year: number | null;
  title: string;
  /** the person confirmed (or chose) the place and year */
  confirmed: boolean;
  /** a stored report this one duplicates */
  duplicate: Duplicate | null;
  /** an earlier report of this batch with the same bytes */
  sameAs: string | null;
  /** the person's answer to the duplicate question */
  answer: 'replace' | 'keep' | null;
  skipped: boolean;
  /** a re-extraction that failed */
  failure: string | null;
}

export interface Basis {
  place: string | undefined;
  year: number | undefined;
}

export type RunStatus = 'idle' | 'running' | 'done' | 'cancelled' | { error: string };

/** The focused item: a report's header (row null) or one of its rows. */
export interface Focus {
  report: string;
  row: string | null;
}

export interface QueueState {
  order: readonly string[];
  reports: Readonly<Record<string, QueueReport>>;
  problems: readonly DocumentProblem[];
  progress: BatchProgress | null;
  status: RunStatus;
  focus: Focus | null;
}

export const emptyQueue = (): QueueState => ({ order: [], reports: {}, problems: [], progress: null, status: 'idle', focus: null });

const MIN_YEAR = 1949;
const MAX_YEAR = 2100;
export const validYear = (y: number | null): y is number => y !== null && Number.isInteger(y) && y >= MIN_YEAR && y <= MAX_YEAR;

function placeOf(r: BatchReport): PlaceState {
  const p = r.proposal;
  if (p.kind === 'found' && p.jurisdiction) return { kind: 'set', jurisdiction: p.jurisdiction, by: 'proposal' };
  if (p.kind === 'ambiguous' && p.places.length > 0) return { kind: 'choose', candidates: p.places, ...(p.department ? { department: p.department } : {}) };
  return { kind: 'none' };
}

function patchReport(s: QueueState, key: string, f: (r: QueueReport) => QueueReport): QueueState {
  const r = s.reports[key];
  if (!r) return s;
  const next = f(r);
  return next === r ? s : { ...s, reports: { ...s.reports, [key]: next } };
}

/** The batch has started: an empty queue, running. */
export const started = (): QueueState => ({ ...emptyQueue(), status: 'running' });

/** A file was read: its report joins the queue; a second file with the same bytes is marked and skipped. */
export function addReport(s: QueueState, report: BatchReport): QueueState {
  if (s.reports[report.key]) return s;
  const twin = s.order.find((k) => s.reports[k]!.report.sha256 === report.sha256);
  const q: QueueReport = {
    key: report.key,
    report,
    extraction: null,
    rows: [],
    extracting: true,
    revision: 0,
    launched: 0,
    basis: { place: report.proposal.jurisdiction?.id, year: report.proposal.year },
    place: placeOf(report),
    year: report.proposal.year ?? null,
    title: report.proposal.title ?? '',
    confirmed: false,
    duplicate: null,
    sameAs: twin ?? null,
    answer: null,
    skipped: twin !== undefined,
    failure: null,
  };
  return { ...s, order: [...s.order, report.key], reports: { ...s.reports, [report.key]: q }, focus: s.focus ?? { report: report.key, row: null } };
}

/** Rows whose keys do not collide with the ones a report has (parts of a report are keyed apart). */
function uniqueRows(have: readonly ReviewRow[], add: readonly ReviewRow[]): ReviewRow[] {
  if (have.length === 0 && new Set(add.map((r) => r.key)).size === add.length) return [...add];
  const seen = new Set(have.map((r) => r.key));
  return add.map((r) => {
    let key = r.key;
    for (let n = 2; seen.has(key); n++) key = `${r.key}~${n}`;
    seen.add(key);
    return key === r.key ? r : { ...r, key };
  });
}

/** Figures from the engine: appended to the report's rows (dropped once the person changed its place or year). */
export function appendExtracted(s: QueueState, x: ExtractedReport, partial: boolean): QueueState {
  return patchReport(s, x.key, (r) => {
    if (r.revision > 0) return r;
    const { draft, jurisdiction } = x.extraction;
    const basis = { place: jurisdiction.id, year: draft.year };
    return { ...r, extraction: x.extraction, basis, rows: [...r.rows, ...uniqueRows(r.rows, x.rows)], extracting: partial };
  });
}

/**
 * What a re-extraction for a person's place and year gives: the new rows, each keeping the decision (accepted or
 * not) of the row for the same figure before, and its edits when the person made some. Ignored when the report has
 * changed again since it was started.
 */
export function applyReextracted(s: QueueState, revision: number, x: ExtractedReport): QueueState {
  return patchReport(s, x.key, (r) => {
    if (r.revision !== revision) return r;
    const before = new Map(r.rows.map((row) => [`${row.candidate.offset}:${row.candidate.figure}`, row]));
    const rows = uniqueRows([], x.rows).map((row) => {
      const old = before.get(`${row.candidate.offset}:${row.candidate.figure}`);
      if (!old) return row;
      if (!isEdited(old) || old.source !== 'person') return { ...row, accepted: old.accepted, ...(old.value !== old.candidate.value ? { value: old.value } : {}) };
      const { specific: _, ...rest } = row;
      return { ...rest, accepted: old.accepted, value: old.value, category: old.category, indicator: old.indicator, source: old.source, ...(old.specific ? { specific: old.specific } : {}) };
    });
    return { ...r, extraction: x.extraction, rows, extracting: false, failure: null };
  });
}

export function reextractFailed(s: QueueState, key: string, revision: number, message: string): QueueState {
  return patchReport(s, key, (r) => (r.revision === revision ? { ...r, extracting: false, failure: message } : r));
}

export const addProblem = (s: QueueState, p: DocumentProblem): QueueState => ({ ...s, problems: [...s.problems, p] });
export const setProgress = (s: QueueState, progress: BatchProgress): QueueState => ({ ...s, progress });

/** The engine is done: reports still marked as extracting that will get no more figures are not any more. */
export function finished(s: QueueState, outcome: 'done' | 'cancelled' | { error: string }): QueueState {
  if (outcome === 'cancelled') return emptyQueue();
  const reports: Record<string, QueueReport> = {};
  for (const k of s.order) {
    const r = s.reports[k]!;
    reports[k] = r.extracting && r.revision === 0 ? { ...r, extracting: false } : r;
  }
  return { ...s, reports, status: outcome, progress: null };
}

// ---- the person's decisions on rows

export type RowAction =
  | { kind: 'patch'; patch: RowPatch }
  | { kind: 'area'; category: Category }
  | { kind: 'choose'; indicator: Indicator | null }
  | { kind: 'name'; name: { zh: string; en?: string } };

export function editRow(s: QueueState, report: string, row: string, a: RowAction): QueueState {
  return patchReport(s, report, (r) => {
    const rows =
      a.kind === 'patch'
        ? updateRow(r.rows, row, a.patch)
        : a.kind === 'area'
          ? changeArea(r.rows, row, a.category)
          : a.kind === 'choose'
            ? chooseIndicator(r.rows, row, a.indicator)
            : nameSpecific(r.rows, row, a.name);
    return { ...r, rows };
  });
}

export const setAccepted = (s: QueueState, report: string, row: string, accepted: boolean): QueueState => editRow(s, report, row, { kind: 'patch', patch: { accepted } });

/** Accepts every row of a report. */
export const acceptAll = (s: QueueState, report: string): QueueState =>
  patchReport(s, report, (r) => (r.rows.every((row) => row.accepted) ? r : { ...r, rows: r.rows.map((row) => (row.accepted ? row : { ...row, accepted: true })) }));

// ---- place, year, confirmation

/** After a change: a new revision (figures to extract again) when the place or year differs from the basis. */
function revise(r: QueueReport): QueueReport {
  const place = r.place.kind === 'set' ? r.place.jurisdiction.id : undefined;
  const b = r.basis;
  if (place === undefined || !validYear(r.year) || (place === b.place && r.year === b.year)) return r;
  return { ...r, revision: Math.max(r.revision, r.launched) + 1, basis: { place, year: r.year }, extracting: true, failure: null };
}

/** The person chose a report's place. */
export const setPlace = (s: QueueState, key: string, jurisdiction: Jurisdiction): QueueState =>
  patchReport(s, key, (r) => revise({ ...r, place: { kind: 'set', jurisdiction, by: 'person' }, confirmed: validYear(r.year) || r.confirmed }));

/** The person set a report's year (a year that is not one is kept, and blocks saving). */
export const setYear = (s: QueueState, key: string, year: number | null): QueueState =>
  patchReport(s, key, (r) => (r.year === year ? r : revise({ ...r, year, confirmed: r.place.kind === 'set' })));

/** The year of every report not skipped; their places still need confirming. */
export function setYearAll(s: QueueState, year: number): QueueState {
  let next = s;
  for (const k of s.order) if (!s.reports[k]!.skipped) next = patchReport(next, k, (r) => (r.year === year ? r : revise({ ...r, year })));
  return next;
}

/**
 * What a person typed for a paste (place, year, title fields): it overrides the proposal, confirmed. `extractedFor`:
 * the engine extracts the paste for these values itself (no re-extraction).
 */
export function override(s: QueueState, key: string, o: { jurisdiction?: Jurisdiction; year?: number; title?: string }, extractedFor = false): QueueState {
  return patchReport(s, key, (r) => {
    const next: QueueReport = {
      ...r,
      ...(o.jurisdiction ? { place: { kind: 'set' as const, jurisdiction: o.jurisdiction, by: 'person' as const } } : {}),
      ...(o.year !== undefined ? { year: o.year } : {}),
      ...(o.title ? { title: o.title } : {}),
      confirmed: (o.jurisdiction !== undefined || r.place.kind === 'set') && validYear(o.year ?? r.year),
    };
    if (!extractedFor) return revise(next);
    return { ...next, basis: { place: next.place.kind === 'set' ? next.place.jurisdiction.id : r.basis.place, year: next.year ?? r.basis.year } };
  });
}

const confirmable = (r: QueueReport): boolean => r.place.kind === 'set' && validYear(r.year);

export const confirm = (s: QueueState, key: string): QueueState => patchReport(s, key, (r) => (confirmable(r) && !r.confirmed ? { ...r, confirmed: true } : r));

/** Confirms every report whose place is known and year valid (an ambiguous place still waits for a choice). */
export function confirmAll(s: QueueState): QueueState {
  let next = s;
  for (const k of s.order) next = confirm(next, k);
  return next;
}

/** The reports whose figures must be extracted again (a new revision not yet started), with what for. */
export function toReextract(s: QueueState): { key: string; revision: number; report: BatchReport; place: Jurisdiction; year: number; title: string }[] {
  return s.order.flatMap((k) => {
    const r = s.reports[k]!;
    if (r.revision <= r.launched || r.place.kind !== 'set' || !validYear(r.year)) return [];
    return [{ key: k, revision: r.revision, report: r.report, place: r.place.jurisdiction, year: r.year, title: r.title }];
  });
}

export const launched = (s: QueueState, key: string, revision: number): QueueState => patchReport(s, key, (r) => ({ ...r, launched: Math.max(r.launched, revision) }));

// ---- duplicates and skipping

/** What the duplicate check asks of the engine for the reports not skipped whose place and year are known. */
export function duplicateQuery(s: QueueState): { key: string; text: string; jurisdiction: string; year: number }[] {
  return s.order.flatMap((k) => {
    const r = s.reports[k]!;
    if (r.skipped || r.place.kind !== 'set' || !validYear(r.year)) return [];
    return [{ key: k, text: r.report.text, jurisdiction: r.place.jurisdiction.id, year: r.year }];
  });
}

/** The outcome of a duplicate check of `checked`: a new (or other) duplicate asks again. */
export function setDuplicates(s: QueueState, checked: readonly string[], found: ReadonlyMap<string, Duplicate>): QueueState {
  let next = s;
  for (const k of checked)
    next = patchReport(next, k, (r) => {
      const d = found.get(k) ?? null;
      const same = d?.dataset === r.duplicate?.dataset && d?.report === r.duplicate?.report && d?.kind === r.duplicate?.kind;
      if (same) return r;
      return { ...r, duplicate: d, answer: r.answer === 'replace' ? null : r.answer };
    });
  return next;
}

/** Replace the stored report this one duplicates. */
export const replaceStored = (s: QueueState, key: string): QueueState => patchReport(s, key, (r) => ({ ...r, answer: 'replace', skipped: false }));
export const skip = (s: QueueState, key: string): QueueState => patchReport(s, key, (r) => (r.skipped ? r : { ...r, skipped: true, answer: null }));
/** Keep a skipped report after all (a twin of another file of the batch, or one skipped by mistake). */
export const keep = (s: QueueState, key: string): QueueState => patchReport(s, key, (r) => ({ ...r, skipped: false, answer: r.sameAs ? 'keep' : r.answer }));

/** Mark stored ids as to be replaced (the save said they exist and the person agreed). */
export function replaceIds(s: QueueState, ids: readonly string[]): QueueState {
  let next = s;
  for (const k of s.order) {
    const x = s.reports[k]!.extraction;
    if (x && ids.includes(datasetIdOf(x))) next = replaceStored(next, k);
  }
  return next;
}

// ---- saving

export const datasetIdOf = (x: Extraction): string => `extract.${x.reportId}`;

export type Blocker = 'extracting' | 'place' | 'year' | 'unconfirmed' | 'duplicate' | 'nothing' | 'clash';

/** Why a report (not skipped) cannot be saved yet; empty when it can. */
export function blockers(s: QueueState, key: string): Blocker[] {
  const r = s.reports[key];
  if (!r || r.skipped) return [];
  const out: Blocker[] = [];
  if (r.extracting || !r.extraction) out.push('extracting');
  if (r.place.kind !== 'set') out.push('place');
  if (!validYear(r.year)) out.push('year');
  if (r.place.kind === 'set' && validYear(r.year) && !r.confirmed) out.push('unconfirmed');
  if (r.duplicate && r.answer !== 'replace') out.push('duplicate');
  if (r.rows.every((row) => !row.accepted || !Number.isFinite(row.value))) out.push('nothing');
  if (r.place.kind === 'set' && validYear(r.year)) {
    const { id } = r.place.jurisdiction;
    const other = s.order.find((k) => {
      const o = s.reports[k]!;
      return k !== key && !o.skipped && o.place.kind === 'set' && o.place.jurisdiction.id === id && o.year === r.year;
    });
    if (other) out.push('clash');
  }
  return out;
}

export interface Readiness {
  /** reports that will be saved */
  ready: string[];
  /** reports that hold the save back, and why */
  blocked: { key: string; why: Blocker[] }[];
  skipped: string[];
  /** the accepted figures of the ready reports */
  figures: number;
}

export function readiness(s: QueueState): Readiness {
  const out: Readiness = { ready: [], blocked: [], skipped: [], figures: 0 };
  for (const k of s.order) {
    const r = s.reports[k]!;
    if (r.skipped) {
      out.skipped.push(k);
      continue;
    }
    const why = blockers(s, k);
    if (why.length) out.blocked.push({ key: k, why });
    else {
      out.ready.push(k);
      out.figures += acceptedCount(r);
    }
  }
  return out;
}

/** Saving is possible once the engine is done, nothing is held back and there is something to save. */
export const canSave = (s: QueueState, r: Readiness = readiness(s)): boolean => s.status !== 'running' && r.blocked.length === 0 && r.ready.length > 0;

export const acceptedCount = (r: QueueReport): number => r.rows.reduce((n, row) => n + (row.accepted && Number.isFinite(row.value) ? 1 : 0), 0);

/** What the save stores: each ready report's extraction under its place, year and title, with its accepted rows. */
export function reportsToSave(s: QueueState): ReportToSave[] {
  return readiness(s).ready.map((k) => {
    const r = s.reports[k]!;
    const x = r.extraction!;
    const jurisdiction = r.place.kind === 'set' ? r.place.jurisdiction : x.jurisdiction;
    const extraction: Extraction = { ...x, jurisdiction, draft: { ...x.draft, jurisdiction, name: jurisdiction.name.zh, year: r.year!, title: r.title || x.draft.title } };
    return { extraction, rows: r.rows.filter((row) => row.accepted && Number.isFinite(row.value)), replace: r.answer === 'replace' };
  });
}

/** The jurisdictions of the reports a save stores (for the link to compare them). */
export const savedPlaces = (s: QueueState): string[] => [...new Set(reportsToSave(s).map((x) => x.extraction.jurisdiction.id))];
