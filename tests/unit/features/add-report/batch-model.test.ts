import { describe, expect, it } from 'vitest';
import {
  acceptAll,
  addProblem,
  addReport,
  appendExtracted,
  applyReextracted,
  blockers,
  canSave,
  confirm,
  confirmAll,
  datasetIdOf,
  duplicateQuery,
  editRow,
  emptyQueue,
  finished,
  keep,
  launched,
  override,
  readiness,
  reextractFailed,
  replaceIds,
  replaceStored,
  reportsToSave,
  savedPlaces,
  setAccepted,
  setDuplicates,
  setPlace,
  setYear,
  setYearAll,
  skip,
  started,
  toReextract,
  type QueueState,
} from '../../../../src/features/add-report/batch/batch-model';
import { focusedRow, indexOfFocus, itemAt, itemKeys, layout, moveFocus, setFocus, totals } from '../../../../src/features/add-report/batch/batch-layout';
import type { BatchReport, ExtractedReport } from '../../../../src/features/add-report/batch/engine-types';
import { extractDraft } from '../../../../src/features/add-report/extraction';
import { mergeCatalog } from '../../../../src/model/catalog';
import { jurisdictionFor } from '../../../../src/extract/to-dataset';
import type { Jurisdiction } from '../../../../src/model/schema';
import type { Place } from '../../../../src/model/gazetteer';

const catalog = mergeCatalog([]);
const WUJIN = jurisdictionFor('武进区');
const LVLIANG = jurisdictionFor('吕梁市');
const OTHER = jurisdictionFor('某某县');
const TEXT = '2023年,全年共调解矛盾纠纷3200余件,办理法律援助案件512件。收到行政复议申请86件,受理71件。';

function report(n: number, o: { sha?: string; place?: Jurisdiction | 'ambiguous' | 'none'; year?: number; text?: string } = {}): BatchReport {
  const place = o.place ?? WUJIN;
  const sha = o.sha ?? `${n}`.padStart(64, 'a');
  return {
    key: `${n}:${sha.slice(0, 12)}`,
    file: `report-${n}.txt`,
    kind: 'text',
    sha256: sha,
    bytes: 100,
    warnings: [],
    text: o.text ?? TEXT,
    script: 'simplified',
    proposal:
      place === 'ambiguous'
        ? { kind: 'ambiguous', places: [{ id: 'cn.110105' } as Place, { id: 'cn.220104' } as Place], match: '朝阳区', year: 2023 }
        : place === 'none'
          ? { kind: 'none', places: [] }
          : { kind: 'found', places: [], jurisdiction: place, ...(o.year === undefined ? { year: 2023 } : { year: o.year }) },
  };
}

/** What the engine's extraction of `r` gives, for a place and year (rows `from` onwards, `count` of them). */
function extracted(r: BatchReport, j: Jurisdiction = WUJIN, year = 2023, slice?: [number, number]): ExtractedReport {
  const x = extractDraft({ name: j.name.zh, jurisdiction: j, year, title: '', text: r.text, source: r.file, encoding: 'utf-8' }, 'simplified', undefined, {
    catalog,
    indicators: [],
    remembered: [],
  });
  const rows = slice ? x.rows.slice(...slice) : x.rows;
  return { key: r.key, extraction: x.extraction, rows };
}

/** A queue with reports read and extracted, the engine done. */
function queueOf(...reports: BatchReport[]): QueueState {
  let s = started();
  for (const r of reports) s = addReport(s, r);
  for (const r of reports) s = appendExtracted(s, extracted(r, r.proposal.jurisdiction ?? OTHER, r.proposal.year ?? 2023), false);
  return finished(s, 'done');
}

describe('the batch queue', () => {
  it('adds reports with their proposed place and year, streams rows in order, and keeps row keys apart', () => {
    const a = report(1);
    let s = addReport(started(), a);
    expect(s.order).toEqual([a.key]);
    expect(s.reports[a.key]!.place).toEqual({ kind: 'set', jurisdiction: WUJIN, by: 'proposal' });
    expect(s.reports[a.key]!.year).toBe(2023);
    expect(s.reports[a.key]!.extracting).toBe(true);
    expect(addReport(s, a)).toBe(s);
    const full = extracted(a);
    expect(full.rows.length).toBe(4);
    s = appendExtracted(s, extracted(a, WUJIN, 2023, [0, 2]), true);
    expect(s.reports[a.key]!.rows).toHaveLength(2);
    expect(s.reports[a.key]!.extracting).toBe(true);
    // a second part whose keys restart: appended, keyed apart
    const second = { ...extracted(a, WUJIN, 2023, [2, 4]) };
    second.rows = second.rows.map((r, i) => ({ ...r, key: full.rows[i]!.key }));
    s = appendExtracted(s, second, false);
    const rows = s.reports[a.key]!.rows;
    expect(rows.map((r) => r.candidate.figure)).toEqual(full.rows.map((r) => r.candidate.figure));
    expect(new Set(rows.map((r) => r.key)).size).toBe(4);
    expect(s.reports[a.key]!.extracting).toBe(false);
  });

  it('an ambiguous place must be chosen, an unknown one set, before the report can be saved', () => {
    const a = report(1, { place: 'ambiguous' });
    const b = report(2, { place: 'none' });
    let s = confirmAll(queueOf(a, b));
    expect(s.reports[a.key]!.place.kind).toBe('choose');
    expect(blockers(s, a.key)).toContain('place');
    expect(blockers(s, b.key)).toContain('place');
    expect(canSave(s)).toBe(false);
    s = setPlace(s, a.key, LVLIANG);
    expect(s.reports[a.key]!.confirmed).toBe(true);
    // the figures were extracted for another place: extracted again
    expect(s.reports[a.key]!.extracting).toBe(true);
    expect(blockers(s, a.key)).toEqual(['extracting']);
    const jobs = toReextract(s);
    expect(jobs.map((j) => [j.key, j.place.id, j.year])).toEqual([[a.key, LVLIANG.id, 2023]]);
    s = launched(s, a.key, jobs[0]!.revision);
    expect(toReextract(s)).toEqual([]);
    s = applyReextracted(s, jobs[0]!.revision, extracted(a, LVLIANG, 2023));
    expect(blockers(s, a.key)).toEqual([]);
    expect(s.reports[a.key]!.extraction!.jurisdiction.id).toBe(LVLIANG.id);
  });

  it('proposed places and years wait for a confirmation, one by one or all at once', () => {
    const a = report(1);
    const b = report(2, { place: LVLIANG });
    let s = queueOf(a, b);
    expect(readiness(s).blocked.map((x) => x.why)).toEqual([['unconfirmed'], ['unconfirmed']]);
    s = confirm(s, a.key);
    expect(readiness(s).ready).toEqual([a.key]);
    expect(canSave(s)).toBe(false);
    s = confirmAll(s);
    expect(readiness(s).ready).toEqual([a.key, b.key]);
    expect(canSave(s)).toBe(true);
    // nothing while the engine still runs
    expect(canSave({ ...s, status: 'running' })).toBe(false);
  });

  it('a changed year extracts again, keeping the decisions and edits made on the rows', () => {
    const a = report(1);
    let s = confirmAll(queueOf(a));
    const rows = s.reports[a.key]!.rows;
    s = setAccepted(s, a.key, rows[0]!.key, false);
    s = editRow(s, a.key, rows[1]!.key, { kind: 'patch', patch: { value: 513 } });
    s = editRow(s, a.key, rows[2]!.key, { kind: 'name', name: { zh: '复议申请' } });
    s = setYear(s, a.key, 2022);
    const job = toReextract(s)[0]!;
    expect(job.year).toBe(2022);
    // a result of an older revision is dropped
    const stale = applyReextracted(s, job.revision - 1, extracted(a, WUJIN, 2021));
    expect(stale.reports[a.key]!.extraction!.draft.year).toBe(2023);
    s = applyReextracted(launched(s, a.key, job.revision), job.revision, extracted(a, WUJIN, 2022));
    const after = s.reports[a.key]!.rows;
    expect(s.reports[a.key]!.extraction!.draft.year).toBe(2022);
    // the figures the text dates (2023年,…) keep their year, the others take the report's
    expect(after.map((r) => r.period)).toEqual([2023, 2023, 2022, 2022]);
    expect(after[0]!.accepted).toBe(false);
    expect(after[1]!.value).toBe(513);
    expect(after[2]!.specific).toEqual({ zh: '复议申请', en: '复议申请' });
    expect(after[3]!.accepted).toBe(true);
    // the same year again: nothing to extract
    expect(toReextract(setYear(s, a.key, 2022))).toEqual([]);
    // a year that is not one blocks, and is not extracted for
    const bad = setYear(s, a.key, 20);
    expect(blockers(bad, a.key)).toContain('year');
    expect(toReextract(bad)).toEqual([]);
  });

  it('a failed re-extraction says so and stops waiting', () => {
    const a = report(1);
    let s = setYear(queueOf(a), a.key, 2021);
    const job = toReextract(s)[0]!;
    s = reextractFailed(s, a.key, job.revision, 'boom');
    expect(s.reports[a.key]!.failure).toBe('boom');
    expect(s.reports[a.key]!.extracting).toBe(false);
  });

  it('sets the year of every report not skipped, without confirming their places', () => {
    const a = report(1);
    const b = report(2, { place: LVLIANG });
    const c = report(3, { place: OTHER });
    let s = skip(queueOf(a, b, c), c.key);
    s = setYearAll(s, 2022);
    expect(s.order.map((k) => s.reports[k]!.year)).toEqual([2022, 2022, 2023]);
    expect(toReextract(s).map((j) => j.key)).toEqual([a.key, b.key]);
    expect(s.reports[a.key]!.confirmed).toBe(false);
  });

  it('a paste takes the place, year and title typed for it, confirmed', () => {
    const a = report(1);
    let s = addReport(started(), a);
    s = override(s, a.key, { jurisdiction: OTHER, year: 2023, title: '某某县报告' });
    expect(s.reports[a.key]!.confirmed).toBe(true);
    expect(s.reports[a.key]!.revision).toBe(1);
    // the engine's figures for the proposed place are dropped, the re-extraction's kept
    s = appendExtracted(s, extracted(a), false);
    expect(s.reports[a.key]!.rows).toEqual([]);
    s = applyReextracted(launched(s, a.key, 1), 1, extracted(a, OTHER, 2023));
    s = finished(s, 'done');
    expect(blockers(s, a.key)).toEqual([]);
    expect(reportsToSave(s)[0]!.extraction.draft.title).toBe('某某县报告');
    // typed values equal to the proposal: the engine's figures stand
    let t = override(addReport(started(), a), a.key, { jurisdiction: WUJIN, year: 2023 });
    expect(t.reports[a.key]!.revision).toBe(0);
    t = appendExtracted(t, extracted(a), false);
    expect(t.reports[a.key]!.rows).toHaveLength(4);
    // the engine extracts the paste for the typed values itself: its figures stand, nothing is extracted again
    let u = override(addReport(started(), a), a.key, { jurisdiction: OTHER, year: 2022 }, true);
    expect(u.reports[a.key]!.confirmed).toBe(true);
    u = appendExtracted(u, extracted(a, OTHER, 2022), false);
    expect(u.reports[a.key]!.rows).toHaveLength(4);
    expect(toReextract(u)).toEqual([]);
  });

  it('accepts every row of one report, and counts what would be saved', () => {
    const a = report(1);
    const b = report(2, { place: LVLIANG });
    let s = confirmAll(queueOf(a, b));
    for (const r of s.reports[a.key]!.rows) s = setAccepted(s, a.key, r.key, false);
    for (const r of s.reports[b.key]!.rows) s = setAccepted(s, b.key, r.key, false);
    expect(blockers(s, a.key)).toEqual(['nothing']);
    s = acceptAll(s, a.key);
    expect(s.reports[a.key]!.rows.every((r) => r.accepted)).toBe(true);
    expect(s.reports[b.key]!.rows.every((r) => !r.accepted)).toBe(true);
    expect(totals(s)).toEqual({ reports: 2, rows: 8, accepted: 4 });
    expect(acceptAll(s, a.key)).toBe(s);
    s = skip(s, b.key);
    expect(readiness(s)).toMatchObject({ ready: [a.key], skipped: [b.key], figures: 4 });
  });

  it('edits rows through the review helpers: area, indicator, name', () => {
    const a = report(1);
    let s = queueOf(a);
    const key = s.reports[a.key]!.rows[0]!.key;
    s = editRow(s, a.key, key, { kind: 'area', category: 'litigation' });
    expect(s.reports[a.key]!.rows[0]!.indicator).toBe('litigation.unclassified');
    s = editRow(s, a.key, key, { kind: 'choose', indicator: null });
    expect(s.reports[a.key]!.rows[0]!.source).toBe('person');
  });

  it('a second file with the same bytes is marked and skipped unless kept', () => {
    const a = report(1, { sha: 'f'.repeat(64) });
    const b = report(2, { sha: 'f'.repeat(64) });
    let s = confirmAll(queueOf(a, b));
    expect(s.reports[b.key]!.sameAs).toBe(a.key);
    expect(s.reports[b.key]!.skipped).toBe(true);
    expect(readiness(s).ready).toEqual([a.key]);
    expect(duplicateQuery(s).map((q) => q.key)).toEqual([a.key]);
    s = keep(s, b.key);
    expect(s.reports[b.key]!.answer).toBe('keep');
    // kept, it is the same place and year as the first: one of them must change
    expect(blockers(s, b.key)).toEqual(['clash']);
    expect(blockers(s, a.key)).toEqual(['clash']);
    s = setYear(s, b.key, 2022);
    expect(blockers(s, b.key)).toEqual(['extracting']);
  });

  it('a report that duplicates a stored one waits for an answer: replace or skip', () => {
    const a = report(1);
    const b = report(2, { place: LVLIANG });
    let s = confirmAll(queueOf(a, b));
    const q = duplicateQuery(s);
    expect(q).toEqual([
      { key: a.key, text: TEXT, jurisdiction: WUJIN.id, year: 2023 },
      { key: b.key, text: TEXT, jurisdiction: LVLIANG.id, year: 2023 },
    ]);
    const dup = { kind: 'text' as const, dataset: 'extract.x', report: 'x.2023', title: '旧报告' };
    s = setDuplicates(s, q.map((x) => x.key), new Map([[a.key, dup]]));
    expect(blockers(s, a.key)).toEqual(['duplicate']);
    expect(canSave(s)).toBe(false);
    s = replaceStored(s, a.key);
    expect(blockers(s, a.key)).toEqual([]);
    expect(reportsToSave(s).map((x) => x.replace)).toEqual([true, false]);
    // the same duplicate found again keeps the answer; another one asks again
    expect(setDuplicates(s, [a.key], new Map([[a.key, dup]])).reports[a.key]!.answer).toBe('replace');
    expect(setDuplicates(s, [a.key], new Map([[a.key, { ...dup, dataset: 'extract.y' }]])).reports[a.key]!.answer).toBe(null);
    // cleared when the check finds none
    expect(setDuplicates(s, [a.key], new Map()).reports[a.key]!.duplicate).toBe(null);
    s = skip(s, a.key);
    expect(reportsToSave(s).map((x) => x.extraction.jurisdiction.id)).toEqual([LVLIANG.id]);
  });

  it('marks reports to replace by the dataset ids a save found stored', () => {
    const a = report(1);
    const b = report(2, { place: LVLIANG });
    let s = confirmAll(queueOf(a, b));
    s = replaceIds(s, [datasetIdOf(s.reports[b.key]!.extraction!)]);
    expect(reportsToSave(s).map((x) => x.replace)).toEqual([false, true]);
  });

  it('saves each ready report\'s accepted rows under its place and year', () => {
    const a = report(1);
    const b = report(2, { place: LVLIANG });
    let s = confirmAll(queueOf(a, b));
    const first = s.reports[a.key]!.rows[0]!.key;
    s = setAccepted(s, a.key, first, false);
    const out = reportsToSave(s);
    expect(out.map((x) => x.rows.length)).toEqual([3, 4]);
    expect(out.every((x) => x.rows.every((r) => r.accepted))).toBe(true);
    expect(out.map((x) => [x.extraction.jurisdiction.id, x.extraction.draft.year])).toEqual([
      [WUJIN.id, 2023],
      [LVLIANG.id, 2023],
    ]);
    expect(savedPlaces(s)).toEqual([WUJIN.id, LVLIANG.id]);
  });

  it('lays the queue out as one list: a header per report, then its rows; a skipped report shows its header only', () => {
    const a = report(1);
    const b = report(2, { place: LVLIANG });
    const c = report(3, { place: OTHER });
    let s = queueOf(a, b, c);
    let l = layout(s);
    expect(l.count).toBe(15);
    expect(l.starts).toEqual([0, 5, 10]);
    expect(itemAt(l, 0)).toEqual({ kind: 'report', report: a.key });
    expect(itemAt(l, 4)).toEqual({ kind: 'row', report: a.key, row: 3 });
    expect(itemAt(l, 5)).toEqual({ kind: 'report', report: b.key });
    expect(itemAt(l, 14)).toEqual({ kind: 'row', report: c.key, row: 3 });
    expect(itemAt(l, 15)).toBeUndefined();
    expect(itemAt(l, -1)).toBeUndefined();
    s = skip(s, b.key);
    l = layout(s);
    expect(l.count).toBe(11);
    expect(itemAt(l, 6)).toEqual({ kind: 'report', report: c.key });
  });

  it('keys every item as itemAt reads it, headers marked, a skipped report by its header alone', () => {
    const a = report(1);
    const b = report(2, { place: LVLIANG });
    const c = report(3, { place: OTHER });
    let s = queueOf(a, b, c);
    const check = () => {
      const l = layout(s);
      const { keys, header } = itemKeys(l, s.reports);
      expect(keys).toHaveLength(l.count);
      for (let i = 0; i < l.count; i++) {
        const it = itemAt(l, i)!;
        expect(header[i]).toBe(it.kind === 'report' ? 1 : 0);
        expect(keys[i]).toBe(it.kind === 'report' ? it.report : `${it.report}/${s.reports[it.report]!.rows[it.row]!.key}`);
      }
      expect(new Set(keys).size).toBe(l.count);
    };
    check();
    s = skip(s, b.key);
    check();
  });

  it('moves the focus through headers and rows, stopping at the ends', () => {
    const a = report(1);
    const b = report(2, { place: LVLIANG });
    let s = queueOf(a, b);
    expect(s.focus).toEqual({ report: a.key, row: null });
    expect(moveFocus(s, -1).focus).toEqual(s.focus);
    s = moveFocus(s, 1);
    expect(focusedRow(s)!.row.key).toBe(s.reports[a.key]!.rows[0]!.key);
    s = moveFocus(s, 4);
    expect(s.focus).toEqual({ report: b.key, row: null });
    expect(focusedRow(s)).toBeUndefined();
    s = moveFocus(s, 100);
    expect(indexOfFocus(s, layout(s))).toBe(9);
    s = moveFocus(s, -4);
    expect(s.focus).toEqual({ report: b.key, row: null });
    // the focus on a row of a report skipped falls to its header
    s = setFocus(s, { report: b.key, row: s.reports[b.key]!.rows[2]!.key });
    expect(indexOfFocus(skip(s, b.key), layout(skip(s, b.key)))).toBe(5);
    expect(moveFocus(emptyQueue(), 1)).toEqual(emptyQueue());
  });

  it('lists problems, and a cancel leaves an empty queue', () => {
    let s = addReport(started(), report(1));
    s = addProblem(s, { file: 'scan.pdf', code: 'pdf_scanned', message: 'no text layer' });
    expect(s.problems.map((p) => p.file)).toEqual(['scan.pdf']);
    expect(finished(s, 'cancelled')).toEqual(emptyQueue());
    expect(finished(s, { error: 'x' }).status).toEqual({ error: 'x' });
  });

  it('handles 28,000 rows in one report quickly (layout, focus, accept)', () => {
    const a = report(1);
    const one = extracted(a);
    const rows = Array.from({ length: 28_000 }, (_, i) => ({ ...one.rows[i % 4]!, key: `r${i}` }));
    let s = appendExtracted(addReport(started(), a), { ...one, rows }, false);
    const t0 = performance.now();
    for (let i = 0; i < 50; i++) {
      s = moveFocus(s, 1);
      s = setAccepted(s, a.key, s.focus!.row!, false);
    }
    expect(layout(s).count).toBe(28_001);
    expect(performance.now() - t0).toBeLessThan(2000);
  });
});
