/**
 * A long report's extraction crosses from the worker to the page in pages: receiving one message (its structured
 * clone is read on the main thread, in one task) costs in proportion to its size, so the rows, candidates and
 * mentions of a long text go ahead in pages of at most PAGE_ITEMS, and the extraction follows without them. The page
 * puts them back, in order, before it hands the extraction on. Pure.
 */
import type { ExtractedReport } from './engine-types';

/** Items (rows, candidates or mentions) in one page. */
export const PAGE_ITEMS = 2_000;

/** The arrays of an extraction that are sent in pages. */
export type PagedField = 'rows' | 'observations' | 'mentions';

/** One page of a report's extraction: items of one of its arrays, to go before those the extraction itself carries. */
export interface ExtractionPage {
  key: string;
  field: PagedField;
  items: unknown[];
}

function pagesOf(key: string, field: PagedField, items: readonly unknown[], size: number): ExtractionPage[] {
  const pages: ExtractionPage[] = [];
  for (let i = 0; i < items.length; i += size) pages.push({ key, field, items: items.slice(i, i + size) });
  return pages;
}

/**
 * The pages an extraction is sent in, and what is left of it (sent last): unchanged when it has at most `size` items
 * in all; else every row, candidate and mention goes in pages and the rest carries none.
 */
export function splitExtracted(x: ExtractedReport, size = PAGE_ITEMS): { pages: ExtractionPage[]; rest: ExtractedReport } {
  const { result } = x.extraction;
  if (x.rows.length + result.observations.length + result.mentions.length <= size) return { pages: [], rest: x };
  const pages = [
    ...pagesOf(x.key, 'rows', x.rows, size),
    ...pagesOf(x.key, 'observations', result.observations, size),
    ...pagesOf(x.key, 'mentions', result.mentions, size),
  ];
  return { pages, rest: { ...x, rows: [], extraction: { ...x.extraction, result: { ...result, observations: [], mentions: [] } } } };
}

/** Collects the pages as they arrive and gives each extraction back whole (the pages' items, then its own). */
export function pageAssembly() {
  const held = new Map<string, Record<PagedField, unknown[][]>>();
  return {
    add(p: ExtractionPage): void {
      let h = held.get(p.key);
      if (!h) held.set(p.key, (h = { rows: [], observations: [], mentions: [] }));
      h[p.field].push(p.items);
    },
    complete(x: ExtractedReport): ExtractedReport {
      const h = held.get(x.key);
      if (!h) return x;
      held.delete(x.key);
      const join = <T>(pages: unknown[][], own: readonly T[]): T[] => (pages as T[][]).concat([own as T[]]).flat();
      const { result } = x.extraction;
      return {
        ...x,
        rows: join(h.rows, x.rows),
        extraction: { ...x.extraction, result: { ...result, observations: join(h.observations, result.observations), mentions: join(h.mentions, result.mentions) } },
      };
    },
  };
}
