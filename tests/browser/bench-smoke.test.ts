/**
 * The benchmark runs end to end on a tiny dataset (npm run bench -- --quick) and writes well-formed results.
 * It checks the shape only: no timing is asserted (the machine decides those).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { markdown, resultsSchema } from '../../scripts/lib/bench-results';
import { chromiumPath } from './browser';

const root = fileURLToPath(new URL('../..', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'rol-bench-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function run(cmd: string, args: string[]): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve) => {
    const p = spawn(cmd, args, { cwd: root, env: { ...process.env, CHROMIUM_PATH: chromiumPath() } });
    let out = '';
    p.stdout.on('data', (d: Buffer) => (out += d.toString()));
    p.stderr.on('data', (d: Buffer) => (out += d.toString()));
    p.on('close', (code) => resolve({ code, out }));
  });
}

describe('npm run bench -- --quick', () => {
  it('measures a tiny dataset in Chromium and writes results of the documented shape', { timeout: 300_000 }, async () => {
    const dist = process.env.ROL_DIST ?? join(root, 'dist');
    const results = join(work, 'results.json');
    const r = await run('npx', ['tsx', 'scripts/bench.ts', '--quick', '--no-build', '--dist', dist, '--work', work, '--results', results]);
    expect(r.code, r.out.slice(-3000)).toBe(0);
    const parsed = resultsSchema.safeParse(JSON.parse(readFileSync(results, 'utf8')));
    expect(parsed.success ? [] : parsed.error.issues.slice(0, 5)).toEqual([]);
    if (!parsed.success) return;
    const res = parsed.data;
    expect(res.quick).toBe(true);
    expect(res.sizes).toHaveLength(1);
    const size = res.sizes[0]!;
    expect(size.dataset.observations).toBeGreaterThan(0);
    // every figure was measured (a value, not null), and the import went through a worker
    expect(size.errors).toEqual([]);
    for (const s of [size.import.ms, size.firstChartAfterReloadMs, size.firstChartRightAfterImportMs, size.rankingColdMs, size.rankingInteractionMs, size.profileMs, size.compositeComputeMs, size.heapMB])
      expect(s).not.toBeNull();
    expect(size.import.inWorker).toBe(true);
    expect(size.workerSteps).not.toBeNull();
    expect(res.baselines.rowPerRecord.rowsPerSecond).not.toBeNull();
    expect(res.baselines.bareSetOption[0]?.ms).not.toBeNull();
    expect(res.baselines.bareSetOption[0]?.freshMs).not.toBeNull();
    expect(res.baselines.bareSetOption[0]?.warmMs).not.toBeNull();
    expect(res.bundle.initial.gzip).toBeGreaterThan(0);
    expect(res.bundle.readers?.gzip).toBeGreaterThan(0);
    // one verdict per target, and the README table renders
    expect(res.targets.map((t) => t.id)).toEqual([
      'import-vs-row-per-record',
      'import-main-thread',
      'first-chart-after-reload',
      'ranking-vs-bare-echarts',
      'composite-compute',
      'place-picker-search',
      'view-switch',
      'js-heap',
      'view-switch-5-reports',
      'initial-js',
      'total-js',
      'batch-files',
      'batch-paste',
      'per-capita-rank-open',
      'per-capita-rank-pick',
      'peer-rank-open',
      'peer-compare-open',
      'framework-open',
      'review-queue-scroll',
      'first-visit',
      'offline-reload',
      'import-vs-browser-limit',
      'arrow-import',
    ]);
    // the import against the browser's limit and the Arrow import were measured
    const byId = new Map(res.targets.map((t) => [t.id, t]));
    expect(byId.get('import-vs-browser-limit')?.baseline).not.toBeNull();
    expect(byId.get('import-vs-browser-limit')?.ratio).not.toBeNull();
    expect(byId.get('arrow-import')?.value).not.toBeNull();
    // the new work and the first visit were measured: each figure a value, the first visit stored the five reports
    const nw = res.newWork!;
    for (const s of [nw.perCapitaRankOpenMs, nw.perCapitaRankPickMs, nw.peerRankOpenMs, nw.peerCompareOpenMs, nw.frameworkOpenMs, nw.queue?.scrollLongestTaskMs, nw.queue?.keyLongestTaskMs])
      expect(s).not.toBeNull();
    expect(nw.queue!.domRows).toBeLessThan(nw.queue!.candidates);
    expect(res.firstVisit?.bundled).toEqual(['imported']);
    expect(res.firstVisit?.ms).not.toBeNull();
    expect(res.firstVisit?.offlineMs).not.toBeNull();
    // the batch import was measured: report files and a paste reached the queue
    // every view was switched to, with the five reports and with the dataset
    const views = ['compare', 'rank', 'composite', 'profile', 'framework', 'reader', 'practices'];
    for (const v of [res.baselines.viewSwitch5ReportsMs, size.viewSwitchMs]) expect(views.filter((n) => !v?.[n])).toEqual([]);
    expect(res.batch?.files.ms).not.toBeNull();
    expect(res.batch?.files.candidates).toBeGreaterThan(0);
    expect(res.batch?.paste.firstCandidatesMs).not.toBeNull();
    expect(res.batch!.paste.domRows).toBeLessThan(res.batch!.paste.candidates);
    for (const t of res.targets) expect(typeof t.pass === 'boolean' || t.pass === null).toBe(true);
    // the database peer ran on the same data: every row stored, each figure measured, and the side-by-side table
    expect(res.peer?.engine).toBe('duckdb-wasm');
    const peer = res.peer!.sizes[0]!;
    expect(peer.errors).toEqual([]);
    expect(peer.observations).toBe(size.dataset.observations);
    for (const s of [peer.loadMs, peer.firstChartAfterReloadMs, peer.openMs, peer.rankingPickMs]) expect(s).not.toBeNull();
    expect(peer.rankingPickMs!.runs).toHaveLength(size.rankingInteractionMs!.runs.length);
    expect(peer.bars).toBeGreaterThan(0);
    expect(peer.bars).toBeLessThanOrEqual(size.dataset.jurisdictions);
    expect(markdown(res)).toContain('| measure | app | DuckDB-WASM | limit | DuckDB-WASM ÷ app | app ÷ limit | DuckDB-WASM ÷ limit |');
    expect(markdown(res)).toContain('| target | value | limit | result |');
  });
});
