/**
 * The scan behind the report checks (src/reads/report-checks.ts): every jurisdiction block of the store, each report
 * summarised — its metadata without the text, its figures, the metrics it reports and its contents check. Runs in
 * the report-check worker (./report-check-worker.ts), or on the main thread where there are no workers.
 *
 * The observations are not decoded: the figures and metrics of a report are counted straight from the block's
 * report, metric and derived columns (./codecs/columns.ts), so no quote is cut out of a text and no observation
 * object is made. The texts are read whole: the contents check reads them.
 */
import type { RolDb } from './db';
import type { StoredJurisdictionBlock } from './codecs/blocks';
import { checkContents } from '../model/report-check';
import type { ReportSummary } from '../model/report-list';

/** The summaries of one block's reports, in the block's order. */
export function blockSummaries(b: StoredJurisdictionBlock): ReportSummary[] {
  const c = b.observations;
  const reportCodes = c.report.codes;
  const metricCodes = c.metric.codes;
  const metricIds = c.metric.values;
  const nReports = c.report.values.length;
  const figures = new Uint32Array(nReports);
  // per report code, the metric codes of its own (not derived) figures in first-seen order
  const metrics: number[][] = Array.from({ length: nReports }, () => []);
  const seen = new Uint8Array(nReports * metricIds.length);
  const derivedRows = c.derived.rows;
  let nextDerived = 0;
  // derived.rows lists rows in ascending order (the encoder adds them row by row); sorted here all the same
  const derived = isAscending(derivedRows) ? derivedRows : Uint32Array.from(derivedRows).sort();
  for (let i = 0; i < c.n; i++) {
    const r = reportCodes[i]!;
    figures[r]!++;
    while (nextDerived < derived.length && derived[nextDerived]! < i) nextDerived++;
    if (nextDerived < derived.length && derived[nextDerived] === i) continue;
    const m = metricCodes[i]!;
    const k = r * metricIds.length + m;
    if (seen[k]) continue;
    seen[k] = 1;
    metrics[r]!.push(m);
  }
  const codeOf = new Map<string, number>();
  c.report.values.forEach((id, k) => {
    if (!codeOf.has(id)) codeOf.set(id, k);
  });
  return b.reports.map((r) => {
    const { text: _text, textSimplified: _simplified, notes: _notes, ...report } = r;
    const k = codeOf.get(r.id);
    return {
      report,
      figures: k === undefined ? 0 : figures[k]!,
      metrics: k === undefined ? [] : metrics[k]!.map((m) => metricIds[m]!),
      contents: checkContents(r),
    };
  });
}

function isAscending(xs: Uint32Array): boolean {
  for (let i = 1; i < xs.length; i++) if (xs[i]! < xs[i - 1]!) return false;
  return true;
}

/**
 * Every stored report's summary, block by block in the store's order (dataset, then jurisdiction): `onBlock` is
 * told each block's summaries as they are made.
 */
export async function eachReportCheck(db: RolDb, onBlock: (summaries: ReportSummary[]) => void): Promise<void> {
  await db.jurisdictionBlocks.each((stored) => onBlock(blockSummaries(stored)));
}

/** Every stored report's summary, in the store's block order. */
export async function scanReportChecks(db: RolDb): Promise<ReportSummary[]> {
  const out: ReportSummary[] = [];
  await eachReportCheck(db, (summaries) => {
    for (const s of summaries) out.push(s);
  });
  return out;
}
