/** The database peer's side-by-side figures: limits from the app's baselines, the ratios, and results without a peer. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { peerComparison, peerMarkdown, resultsSchema, stat, type BenchResults } from '../../../../scripts/lib/bench-results';

const s = (x: number) => stat([x]);

/** The fields the comparison reads; the rest of a results file does not matter to it. */
function results(peer: boolean): BenchResults {
  return {
    sizes: [
      { target: 600, dataset: { observations: 677 }, import: { ms: s(150) }, firstChartAfterReloadMs: s(345), rankingInteractionMs: s(20) },
      { target: 1_160_000, dataset: { observations: 1_000_000 }, import: { ms: s(8000) }, firstChartAfterReloadMs: s(400), rankingInteractionMs: s(40) },
    ],
    baselines: {
      rowPerRecord: { sampleRows: 20_000, ms: s(2500), rowsPerSecond: s(8000) },
      firstChart5ReportsMs: s(420),
      bareSetOption: [{ target: 1_160_000, bars: 2900, ms: s(22), freshMs: s(26), warmMs: s(14) }],
    },
    peer: peer
      ? {
          engine: 'duckdb-wasm',
          version: '1.32.0',
          bundle: 'eh',
          input: 'csv',
          wasmBytes: 34_000_000,
          wasmGzipBytes: 7_700_000,
          workerBytes: 770_000,
          pageBytes: 250_000,
          sizes: [
            {
              target: 1_160_000,
              observations: 1_000_000,
              csvBytes: 220e6,
              loadMs: s(4000),
              opfsMB: s(113),
              firstChartAfterReloadMs: s(1600),
              openMs: s(1200),
              rankingPickMs: s(120),
              bars: 2900,
              errors: [],
            },
          ],
        }
      : undefined,
  } as unknown as BenchResults;
}

describe('peerComparison', () => {
  it('puts the app, the peer and the target as a time side by side, with the ratios', () => {
    const groups = peerComparison(results(true));
    // only the size the peer ran at
    expect(groups.map((g) => g.target)).toEqual([1_160_000]);
    const [load, first, pick] = groups[0]!.rows;
    // one record per observation: 1,000,000 rows at 8,000 rows/s = 125 s; the target is 20× faster
    expect(load).toMatchObject({ app: 8000, peer: 4000, limit: 6250, peerOverApp: 0.5, appOverLimit: 1.28, peerOverLimit: 0.64 });
    // 1.5× the five bundled reports
    expect(first).toMatchObject({ app: 400, peer: 1600, limit: 630, peerOverApp: 4, appOverLimit: 0.63, peerOverLimit: 2.54 });
    // 2× bare ECharts in place at that size
    expect(pick).toMatchObject({ app: 40, peer: 120, limit: 44, peerOverApp: 3, appOverLimit: 0.91, peerOverLimit: 2.73 });
  });

  it('leaves a limit and its ratios out when the bench has no baseline for it', () => {
    const r = results(true);
    r.baselines.bareSetOption = [];
    const pick = peerComparison(r)[0]!.rows[2]!;
    expect(pick).toMatchObject({ limit: null, appOverLimit: null, peerOverLimit: null, peerOverApp: 3 });
  });

  it('renders one table per size, and nothing without a peer', () => {
    const md = peerMarkdown(results(true));
    expect(md).toContain('| measure | app | DuckDB-WASM | limit | DuckDB-WASM ÷ app | app ÷ limit | DuckDB-WASM ÷ limit |');
    expect(md).toContain('| 8.0 s | 4.0 s | 6.3 s (one IndexedDB record per observation (125.0 s, extrapolated) ÷ 20) | 0.5× | 1.28× | 0.64× |');
    expect(peerComparison(results(false))).toEqual([]);
    expect(peerMarkdown(results(false))).toBe('');
  });

  it('results written before the peer was measured still parse', () => {
    const committed = JSON.parse(readFileSync(new URL('../../../../bench/results.json', import.meta.url), 'utf8')) as { peer?: unknown };
    expect(resultsSchema.safeParse(committed).success).toBe(true);
    // the same results as a run before the peer existed wrote them
    const { peer: _peer, ...old } = committed;
    expect(resultsSchema.safeParse(old).success).toBe(true);
  });
});
