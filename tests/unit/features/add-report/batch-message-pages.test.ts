import { describe, expect, it } from 'vitest';
import type { ExtractedReport } from '../../../../src/features/add-report/batch/engine-types';
import { PAGE_ITEMS, pageAssembly, splitExtracted } from '../../../../src/features/add-report/batch/message-pages';

/** An extraction with `rows` rows, `obs` candidates and `mentions` mentions, each item naming its array and place. */
function extracted(key: string, rows: number, obs: number, mentions: number): ExtractedReport {
  const items = (tag: string, n: number) => Array.from({ length: n }, (_, i) => ({ tag, i }));
  return {
    key,
    rows: items('row', rows),
    extraction: {
      draft: { name: '武进区', year: 2023, title: 't', text: '' },
      reportId: 'r',
      script: 'simplified',
      indicators: [],
      result: { observations: items('obs', obs), mentions: items('mention', mentions), warnings: ['w'] },
    },
  } as unknown as ExtractedReport;
}

/** What a structured clone does to a message: the receiver gets copies. */
const clone = <T>(x: T): T => structuredClone(x);

describe('an extraction sent in pages', () => {
  it('is sent whole when it is small', () => {
    const x = extracted('0:a', 10, 10, 5);
    const { pages, rest } = splitExtracted(x, 100);
    expect(pages).toEqual([]);
    expect(rest).toBe(x);
  });

  it('goes in pages of at most the page size, and what is left carries no rows, candidates or mentions', () => {
    const x = extracted('0:a', 4_500, 5_001, 30);
    const { pages, rest } = splitExtracted(x);
    expect(pages.every((p) => p.items.length <= PAGE_ITEMS && p.key === '0:a')).toBe(true);
    expect(pages.map((p) => [p.field, p.items.length])).toEqual([
      ['rows', 2000],
      ['rows', 2000],
      ['rows', 500],
      ['observations', 2000],
      ['observations', 2000],
      ['observations', 1001],
      ['mentions', 30],
    ]);
    expect(rest.rows).toEqual([]);
    expect(rest.extraction.result.observations).toEqual([]);
    expect(rest.extraction.result.mentions).toEqual([]);
    expect(rest.extraction.result.warnings).toEqual(['w']);
    // the extraction given is left as it was
    expect(x.rows).toHaveLength(4_500);
  });

  it('is put back whole and in order on the other side, each report apart', () => {
    const a = extracted('0:a', 2_345, 3_000, 2_001);
    const b = extracted('1:b', 3, 4, 5);
    const sa = splitExtracted(a, 1_000);
    const sb = splitExtracted(b, 1_000);
    const assembly = pageAssembly();
    for (const p of sa.pages) assembly.add(clone(p));
    // a small report between the pages of a long one is not mixed with them
    expect(assembly.complete(clone(sb.rest))).toEqual(b);
    expect(assembly.complete(clone(sa.rest))).toEqual(a);
    // the pages are used once: a later extraction of the same report is its own
    const again = extracted('0:a', 1, 1, 1);
    expect(assembly.complete(again)).toBe(again);
  });
});
