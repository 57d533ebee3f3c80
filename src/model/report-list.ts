/**
 * The list of stored reports with their check: the five contents (./report-check.ts), whether the report was
 * published by 1 April of the following year (where its date is known), and how many catalogue indicators it
 * reports against the reports of other places of the same level. Pure.
 */
import type { ContentCheck } from './report-check';
import type { Jurisdiction, Level, Metric, Observation, Report } from './schema';

/** What the check keeps of a report: everything but its text. */
export type ReportMeta = Pick<Report, 'id' | 'jurisdiction' | 'period' | 'title' | 'source' | 'script'> & Partial<Pick<Report, 'published' | 'publisher'>>;

export interface ReportSummary {
  report: ReportMeta;
  /** every figure of the report, derived ones included (what the reader lists) */
  figures: number;
  /** the distinct metric ids of the figures the report itself gives (derived figures left out) */
  metrics: string[];
  contents: ContentCheck;
}

export type Timeliness =
  | { kind: 'unknown' }
  /** `unclear`: the date is only a month or a year that contains 1 April */
  | { kind: 'on_time' | 'late' | 'unclear'; published: string; deadline: string };

/** Published by 1 April of the year after the report's year (the date the 2019 规定 sets for making the report public). */
export function timeliness(r: Pick<Report, 'period'> & Partial<Pick<Report, 'published'>>): Timeliness {
  const p = r.published;
  if (!p) return { kind: 'unknown' };
  const deadline = `${r.period + 1}-04-01`;
  const cut = deadline.slice(0, p.length);
  const kind = p < cut ? 'on_time' : p > cut ? 'late' : p.length === deadline.length ? 'on_time' : 'unclear';
  return { kind, published: p, deadline };
}

/** The catalogue indicators among the metric ids: known to the catalogue and not specific to one report. */
export const indicatorCount = (metrics: readonly string[], metricById: ReadonlyMap<string, Pick<Metric, 'specific'>>): number =>
  metrics.filter((m) => {
    const metric = metricById.get(m);
    return metric !== undefined && metric.specific !== true;
  }).length;

/** The distinct metric ids a report's own figures give. */
export const reportedMetrics = (observations: readonly Pick<Observation, 'report' | 'metric' | 'derived'>[], report: string): string[] => [
  ...new Set(observations.filter((o) => o.report === report && !o.derived).map((o) => o.metric)),
];

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

export interface ReportRow extends ReportSummary {
  indicators: number;
  level: Level | null;
  /** the median indicator count of the reports of other places of the same level, and how many there are */
  peers: { median: number; n: number } | null;
  timeliness: Timeliness;
}

export interface ListCatalog {
  metricById: ReadonlyMap<string, Pick<Metric, 'specific'>>;
  jurisdictionById: ReadonlyMap<string, Pick<Jurisdiction, 'level'>>;
}

/**
 * The median of a multiset of whole counts given as `value → how many`, less another such multiset (a subset of it),
 * and how many values remain: one walk over the distinct values, however many reports there are.
 */
function medianLess(all: ReadonlyMap<number, number>, values: readonly number[], less: ReadonlyMap<number, number>): { median: number; n: number } | null {
  let n = 0;
  for (const v of values) n += all.get(v)! - (less.get(v) ?? 0);
  if (n === 0) return null;
  // 0-based positions of the middle value(s) in the sorted remaining values
  const lo = (n - 1) >> 1;
  const hi = n >> 1;
  let seen = 0;
  let atLo: number | null = null;
  for (const v of values) {
    seen += all.get(v)! - (less.get(v) ?? 0);
    if (atLo === null && seen > lo) atLo = v;
    if (seen > hi) return { median: (atLo! + v) / 2, n };
  }
  return null; // not reached: seen ends at n > hi
}

const tally = (m: Map<number, number>, v: number) => m.set(v, (m.get(v) ?? 0) + 1);

/**
 * Each report with its indicator count, its peers' median and its timeliness. The peers of a report are the reports
 * of other places of the same level; their median comes from each level's tally of counts less the place's own, so
 * the list of a whole country (tens of thousands of reports) takes as long as a sort, not a sort per report.
 */
export function reportRows(summaries: readonly ReportSummary[], catalog: ListCatalog): ReportRow[] {
  const counted = summaries.map((s) => ({
    s,
    indicators: indicatorCount(s.metrics, catalog.metricById),
    level: catalog.jurisdictionById.get(s.report.jurisdiction)?.level ?? null,
  }));
  const byLevel = new Map<Level, { all: Map<number, number>; own: Map<string, Map<number, number>> }>();
  for (const c of counted) {
    if (!c.level) continue;
    let t = byLevel.get(c.level);
    if (!t) byLevel.set(c.level, (t = { all: new Map(), own: new Map() }));
    tally(t.all, c.indicators);
    let own = t.own.get(c.s.report.jurisdiction);
    if (!own) t.own.set(c.s.report.jurisdiction, (own = new Map()));
    tally(own, c.indicators);
  }
  const sortedValues = new Map([...byLevel].map(([level, t]) => [level, [...t.all.keys()].sort((a, b) => a - b)]));
  const peersOf = new Map<string, { median: number; n: number } | null>();
  return counted.map(({ s, indicators, level }) => {
    let peers: { median: number; n: number } | null = null;
    if (level) {
      const key = `${level}\u0000${s.report.jurisdiction}`;
      if (!peersOf.has(key)) {
        const t = byLevel.get(level)!;
        peersOf.set(key, medianLess(t.all, sortedValues.get(level)!, t.own.get(s.report.jurisdiction)!));
      }
      peers = peersOf.get(key)!;
    }
    return { ...s, indicators, level, peers, timeliness: timeliness(s.report) };
  });
}

export type SortKey = 'place' | 'period' | 'figures' | 'indicators' | 'contents';

/** Rows in order: by the key (numbers largest first), then place and year (latest first). */
export function sortRows<R extends ReportRow>(rows: readonly R[], key: SortKey, placeName: (id: string) => string): R[] {
  const name = new Map(rows.map((r) => [r.report.jurisdiction, placeName(r.report.jurisdiction)]));
  const collator = new Intl.Collator('zh-CN');
  const found = (r: ReportRow) => Object.values(r.contents).filter(Boolean).length;
  const byPlace = (a: R, b: R) =>
    collator.compare(name.get(a.report.jurisdiction)!, name.get(b.report.jurisdiction)!) || b.report.period - a.report.period || a.report.id.localeCompare(b.report.id);
  const primary: Record<SortKey, (a: R, b: R) => number> = {
    place: () => 0,
    period: (a, b) => b.report.period - a.report.period,
    figures: (a, b) => b.figures - a.figures,
    indicators: (a, b) => b.indicators - a.indicators,
    contents: (a, b) => found(b) - found(a),
  };
  return [...rows].sort((a, b) => primary[key](a, b) || byPlace(a, b));
}

/** Rows whose place name (any of the names given) or title contains the words. */
export function filterRows<R extends ReportRow>(rows: readonly R[], words: string, names: (id: string) => readonly string[]): R[] {
  const w = words.trim().toLowerCase();
  if (!w) return [...rows];
  return rows.filter((r) => r.report.title.toLowerCase().includes(w) || names(r.report.jurisdiction).some((n) => n.toLowerCase().includes(w)));
}
