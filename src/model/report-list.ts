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

/** Each report with its indicator count, its peers' median and its timeliness. */
export function reportRows(summaries: readonly ReportSummary[], catalog: ListCatalog): ReportRow[] {
  const counted = summaries.map((s) => ({
    s,
    indicators: indicatorCount(s.metrics, catalog.metricById),
    level: catalog.jurisdictionById.get(s.report.jurisdiction)?.level ?? null,
  }));
  const byLevel = new Map<Level, { jurisdiction: string; indicators: number }[]>();
  for (const c of counted) {
    if (!c.level) continue;
    let list = byLevel.get(c.level);
    if (!list) byLevel.set(c.level, (list = []));
    list.push({ jurisdiction: c.s.report.jurisdiction, indicators: c.indicators });
  }
  return counted.map(({ s, indicators, level }) => {
    const others = level ? byLevel.get(level)!.filter((x) => x.jurisdiction !== s.report.jurisdiction).map((x) => x.indicators) : [];
    const m = median(others);
    return { ...s, indicators, level, peers: m === null ? null : { median: m, n: others.length }, timeliness: timeliness(s.report) };
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
