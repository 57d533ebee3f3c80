/**
 * The report-check worker's messages (./report-check-worker.ts ↔ ./report-check-client.ts), and the parts it posts
 * the summaries in. A national store holds tens of thousands of reports with some forty metric ids each: posted as
 * one list of objects, the page would spend one long task taking a million strings out of a single message. So the
 * summaries come a thousand or so at a time (each part is a short task on the page), and the metric ids as codes
 * into a list that grows part by part (each id crosses once; the page's lists share its strings).
 */
import type { ContentCheck } from '../model/report-check';
import type { ReportMeta, ReportSummary } from '../model/report-list';

/** `db`: the name of the database to scan (the page's own, src/store/db.ts getDb) */
export type ChecksRequest = { type: 'scan'; id: number; db: string };

export type ChecksEvent =
  | { type: 'part'; id: number; part: ChecksPart }
  | { type: 'done'; id: number; reports: number }
  | { type: 'error'; id: number; message: string };

export interface ChecksPart {
  reports: ReportMeta[];
  figures: Uint32Array;
  /** the metric codes of every report of the part, one after the other; report k's end at `ends[k]` */
  metrics: Uint32Array;
  ends: Uint32Array;
  /** the metric ids first seen in this part, in code order after those of the parts before */
  newMetrics: string[];
  contents: ContentCheck[];
}

/** The reports a part holds at most (a part goes when a block takes it to this many or more). */
export const PART_REPORTS = 1000;

/** Gathers summaries into parts (worker side): one packer per scan. */
export class ChecksPacker {
  private readonly codes = new Map<string, number>();
  private newMetrics: string[] = [];
  private summaries: ReportSummary[] = [];

  get size(): number {
    return this.summaries.length;
  }

  add(s: ReportSummary): void {
    this.summaries.push(s);
  }

  /** The summaries added since the last part, as a part (its typed arrays are the part's own: transferable). */
  take(): ChecksPart {
    const list = this.summaries;
    this.summaries = [];
    let total = 0;
    for (const s of list) total += s.metrics.length;
    const metrics = new Uint32Array(total);
    const ends = new Uint32Array(list.length);
    const figures = new Uint32Array(list.length);
    let at = 0;
    list.forEach((s, k) => {
      figures[k] = s.figures;
      for (const m of s.metrics) {
        let code = this.codes.get(m);
        if (code === undefined) {
          code = this.codes.size;
          this.codes.set(m, code);
          this.newMetrics.push(m);
        }
        metrics[at++] = code;
      }
      ends[k] = at;
    });
    const newMetrics = this.newMetrics;
    this.newMetrics = [];
    return { reports: list.map((s) => s.report), figures, metrics, ends, newMetrics, contents: list.map((s) => s.contents) };
  }
}

/** The typed arrays of a part, to transfer instead of copying. */
export const partBuffers = (p: ChecksPart): ArrayBuffer[] => [p.figures.buffer, p.metrics.buffer, p.ends.buffer] as ArrayBuffer[];

/** Makes summaries of parts again (page side), in the order the parts were taken: one unpacker per scan. */
export class ChecksUnpacker {
  private readonly ids: string[] = [];

  add(p: ChecksPart): ReportSummary[] {
    for (const m of p.newMetrics) this.ids.push(m);
    const ids = this.ids;
    const out = new Array<ReportSummary>(p.reports.length);
    let start = 0;
    for (let k = 0; k < p.reports.length; k++) {
      const end = p.ends[k]!;
      const metrics = new Array<string>(end - start);
      for (let i = start; i < end; i++) metrics[i - start] = ids[p.metrics[i]!]!;
      start = end;
      out[k] = { report: p.reports[k]!, figures: p.figures[k]!, metrics, contents: p.contents[k]! };
    }
    return out;
  }
}
