/** Phrase search across reports, script-blind: texts and needle are compared in simplified, half-width form. Pure. */
import { toHalfWidth } from './numbers';
import { matchingText } from './text';
import type { Report } from './schema';

export interface SearchHit {
  report: string;
  jurisdiction: string;
  offset: number;
  length: number;
  before: string;
  match: string;
  after: string;
}

/** `needle` must already be in simplified script (the caller converts with opencc). */
export function searchReports(
  reports: readonly Pick<Report, 'id' | 'jurisdiction' | 'text' | 'textSimplified'>[],
  needle: string,
  opts: { context?: number; perReport?: number; total?: number } = {},
): SearchHit[] {
  const n = toHalfWidth(needle).trim();
  if (!n) return [];
  const context = opts.context ?? 30;
  const perReport = opts.perReport ?? 20;
  const total = opts.total ?? 500;
  const hits: SearchHit[] = [];
  for (const r of reports) {
    const hay = toHalfWidth(matchingText(r));
    let count = 0;
    for (let at = hay.indexOf(n); at >= 0 && count < perReport; at = hay.indexOf(n, at + n.length)) {
      hits.push({
        report: r.id,
        jurisdiction: r.jurisdiction,
        offset: at,
        length: n.length,
        before: r.text.slice(Math.max(0, at - context), at),
        match: r.text.slice(at, at + n.length),
        after: r.text.slice(at + n.length, at + n.length + context),
      });
      count++;
      if (hits.length >= total) return hits;
    }
  }
  return hits;
}

export interface Segment {
  text: string;
  /** 'quote' for the highlighted passage, 'figure' for the figure inside it, 'note' for a data-quality span */
  kind: 'plain' | 'quote' | 'figure' | 'note';
  offset: number;
}

/** Splits a text into segments for highlighting; ranges may nest (figure inside quote) but not cross. */
export function segmentText(text: string, ranges: readonly { start: number; end: number; kind: Segment['kind'] }[]): Segment[] {
  const cuts = new Set<number>([0, text.length]);
  for (const r of ranges) {
    cuts.add(Math.max(0, Math.min(text.length, r.start)));
    cuts.add(Math.max(0, Math.min(text.length, r.end)));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const priority: Record<Segment['kind'], number> = { plain: 0, note: 1, quote: 2, figure: 3 };
  const out: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const s = points[i]!;
    const e = points[i + 1]!;
    let kind: Segment['kind'] = 'plain';
    for (const r of ranges) if (r.start <= s && r.end >= e && priority[r.kind] > priority[kind]) kind = r.kind;
    const prev = out[out.length - 1];
    if (prev && prev.kind === kind) prev.text += text.slice(s, e);
    else out.push({ text: text.slice(s, e), kind, offset: s });
  }
  return out;
}
