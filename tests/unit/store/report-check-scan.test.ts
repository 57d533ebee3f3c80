/**
 * The report-check scan that runs in the worker (src/store/report-check-scan.ts) gives what the scan of fully
 * decoded blocks gave on the main thread, on stores of generated, bundled and hand-made datasets; its parts
 * (src/store/report-check-parts.ts) make the same summaries again on the page; and the page's read, without
 * workers (Node has none), scans on the main thread with the same result.
 */
import { freshDbs } from '../../fixtures/fresh-db';
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setDb, type RolDb } from '../../../src/store/db';
import { decodeJurisdictionBlock, toBlocks } from '../../../src/store/codecs/blocks';
import { writeDataset } from '../../../src/store/records';
import { blockSummaries, eachReportCheck, scanReportChecks } from '../../../src/store/report-check-scan';
import { ChecksPacker, ChecksUnpacker, partBuffers, type ChecksPart } from '../../../src/store/report-check-parts';
import { readReportChecks } from '../../../src/store/report-check-client';
import { fetchReportChecks } from '../../../src/reads/report-checks';
import { checkContents } from '../../../src/model/report-check';
import { reportedMetrics, type ReportSummary } from '../../../src/model/report-list';
import type { Dataset, Observation } from '../../../src/model/schema';
import { generateDataset } from '../../../scripts/lib/synth/generate';
import { tinyDataset } from '../../fixtures/factory';

const dbs = freshDbs('report-check-scan');
let db: RolDb;
beforeEach(async () => {
  db = await dbs.open();
});
afterEach(() => setDb(null));

/** The scan as it ran on the main thread before: every block decoded, observations and all. */
async function decodedScan(d: RolDb): Promise<ReportSummary[]> {
  const out: ReportSummary[] = [];
  await d.jurisdictionBlocks.each((stored) => {
    const b = decodeJurisdictionBlock(stored);
    for (const r of b.reports) {
      const { text: _text, textSimplified: _simplified, notes: _notes, ...report } = r;
      out.push({
        report,
        figures: b.observations.filter((o) => o.report === r.id).length,
        metrics: reportedMetrics(b.observations, r.id),
        contents: checkContents(r),
      });
    }
  });
  return out;
}

const META = { origin: 'user' as const, hash: 'a'.repeat(64), bytes: 1, importedAt: 1 };
const put = (ds: Dataset) => writeDataset(db, toBlocks(ds, { ...META, origin: ds.id === 'bundled' ? 'bundled' : 'user' }), { replace: false });

const bundled = JSON.parse(readFileSync(new URL('../../../public/data/bundled.json', import.meta.url), 'utf8')) as Dataset;

/** A generated dataset (derived figures, several reports per place) with some derived figures moved ahead of their report's figures. */
function generated(seed: number): Dataset {
  const ds = generateDataset({ jurisdictions: 25, years: 3, metrics: 12, seed }).dataset;
  ds.id = `gen-${seed}`;
  return ds;
}

/** Two reports of one place whose figures alternate in the dataset's order, a derived figure among them, and a report without figures. */
function interleaved(): Dataset {
  const ds = tinyDataset('mixed', { jurisdictions: 2, periods: [2021, 2022, 2023] });
  const [a, b] = ds.reports.filter((r) => r.jurisdiction === 't.j0');
  const more: Observation[] = [];
  const metrics = ['x.other', 'mediation.disputes_mediated', 'mediation.disputes_mediated', 'x.other', 'x.third'];
  for (const [k, r] of [a!, b!, a!, b!, a!].entries()) {
    const quote = r.text.slice(0, 12);
    more.push({ id: `${r.id}.x${k}`, report: r.id, metric: metrics[k]!, period: r.period, value: k, qualifier: 'exact', quote, offset: 0 });
  }
  more.push({ id: `${a!.id}.d`, report: a!.id, metric: 'x.derived_only', period: a!.period, value: 1, qualifier: 'exact', quote: a!.text.slice(0, 5), offset: 0, derived: { formula: 'sum', inputs: [`${a!.id}.x0`, `${a!.id}.x2`] } });
  const empty = ds.reports.find((r) => r.jurisdiction === 't.j1' && r.period === 2023)!;
  ds.observations = [...more, ...ds.observations.filter((o) => o.report !== empty.id)];
  return ds;
}

function roundTrip(summaries: readonly ReportSummary[], at: readonly number[]): ReportSummary[] {
  const packer = new ChecksPacker();
  const unpacker = new ChecksUnpacker();
  const out: ReportSummary[] = [];
  const parts: ChecksPart[] = [];
  summaries.forEach((s, i) => {
    packer.add(s);
    if (at.includes(i)) parts.push(packer.take());
  });
  if (packer.size > 0) parts.push(packer.take());
  for (const p of parts) {
    // through a structured clone with the typed arrays transferred, as a message is
    const copy = structuredClone(p, { transfer: partBuffers(p) });
    for (const s of unpacker.add(copy)) out.push(s);
  }
  // each metric id crosses once, in the part it is first seen
  const sent = parts.flatMap((p) => p.newMetrics);
  expect(new Set(sent).size).toBe(sent.length);
  return out;
}

describe('the report-check scan', () => {
  it('gives the decoded scan’s summaries on generated datasets (derived figures, several reports per place)', async () => {
    await put(generated(1));
    await put(generated(2));
    const want = await decodedScan(db);
    expect(want.length).toBeGreaterThan(100);
    expect(want.some((s) => s.figures > s.metrics.length)).toBe(true);
    expect(await scanReportChecks(db)).toEqual(want);
  });

  it('gives the decoded scan’s summaries on the bundled reports (a traditional text, dates, notes)', async () => {
    await put(bundled);
    const want = await decodedScan(db);
    expect(want).toHaveLength(5);
    const got = await scanReportChecks(db);
    expect(got).toEqual(want);
    expect(got.find((s) => s.report.id === 'wujin-2022')!.metrics).toHaveLength(34);
    for (const s of got) expect(s.report).not.toHaveProperty('text');
  });

  it('counts figures of reports interleaved in a block, leaves derived figures out of the metrics, and gives a report without figures none', async () => {
    await put(interleaved());
    const got = await scanReportChecks(db);
    expect(got).toEqual(await decodedScan(db));
    const a = got.find((s) => s.report.id === 'mixed.r0.2021')!;
    expect(a.figures).toBe(5);
    expect(a.metrics).toEqual(['x.other', 'mediation.disputes_mediated', 'x.third']);
    expect(got.find((s) => s.report.id === 'mixed.r0.2022')).toMatchObject({ figures: 3, metrics: ['mediation.disputes_mediated', 'x.other'] });
    expect(got.find((s) => s.report.id === 'mixed.r1.2023')).toMatchObject({ figures: 0, metrics: [] });
  });

  it('goes block by block in the store’s order', async () => {
    await put(generated(3));
    await put(bundled);
    const blocks = await db.jurisdictionBlocks.toArray();
    const seen: ReportSummary[][] = [];
    await eachReportCheck(db, (s) => seen.push(s));
    expect(seen).toEqual(blocks.map(blockSummaries));
    expect(seen.flat()).toEqual(await decodedScan(db));
  });

  it('an empty store has no summaries', async () => {
    expect(await scanReportChecks(db)).toEqual([]);
  });
});

describe('the parts the worker posts', () => {
  it('make the same summaries again, however the parts are cut', async () => {
    await put(generated(4));
    await put(bundled);
    const all = await scanReportChecks(db);
    expect(roundTrip(all, [])).toEqual(all);
    expect(roundTrip(all, [0, 1, 2, 40])).toEqual(all);
    expect(roundTrip(all, all.map((_, i) => i))).toEqual(all);
  });

  it('a part without reports is no summary', () => {
    const packer = new ChecksPacker();
    const p = packer.take();
    expect(new ChecksUnpacker().add(p)).toEqual([]);
  });
});

describe('the page’s read', () => {
  it('without workers, scans on the main thread: the same summaries', async () => {
    await put(generated(5));
    await put(bundled);
    setDb(db);
    expect(typeof Worker).toBe('undefined');
    const want = await decodedScan(db);
    expect(await readReportChecks()).toEqual(want);
    expect(await fetchReportChecks()).toEqual(want);
  });
});
