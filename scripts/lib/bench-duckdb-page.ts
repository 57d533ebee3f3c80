/**
 * The database peer's page (bundled by scripts/lib/bench-duckdb.ts into the benchmark's pages directory; runs in
 * the browser, never in the app): DuckDB-WASM (eh bundle, in its own worker) with a database persisted in OPFS,
 * and ECharts (the page's global, dist/echarts.min.js) drawing the same ranking option the app builds
 * (src/charts/rank-option.ts). It exposes:
 *  - peerLoad(files): the CSV files (observations, reports, jurisdictions, metrics) into tables of the OPFS
 *    database, then CHECKPOINT; timed from reading the files to the checkpoint's end;
 *  - peerFirst: on load with `?first=<metric>&w=<width>`: open the database, query that metric's ranking (each
 *    jurisdiction's latest year), draw it, until ECharts' `finished` (in the page's clock, from navigation start);
 *  - peerPick(metrics, pause): after `pause` ms, each metric's ranking queried and set in place on that chart.
 */
import * as duckdb from '@duckdb/duckdb-wasm';
import { buildRankOption } from '../../src/charts/rank-option';
import { formatFigure } from '../../src/model/format';
import type { RankedEntry } from '../../src/model/rank';
import type { Better, MetricKind, Qualifier } from '../../src/model/schema';

interface EChart {
  setOption(o: unknown, opts?: unknown): void;
  on(e: string, f: () => void): void;
  off(e: string, f: () => void): void;
}
declare const echarts: { init(el: HTMLElement, theme: null, o: { renderer: string }): EChart };

const DB_PATH = 'opfs://peer.duckdb';
const HEIGHT = 380;

async function openDb(): Promise<{ db: duckdb.AsyncDuckDB; conn: duckdb.AsyncDuckDBConnection }> {
  const worker = new Worker(new URL('duckdb-browser-eh.worker.js', location.href).href);
  const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
  await db.instantiate(new URL('duckdb-eh.wasm', location.href).href);
  await db.open({ path: DB_PATH, accessMode: duckdb.DuckDBAccessMode.READ_WRITE });
  return { db, conn: await db.connect() };
}

const sqlText = (s: string) => `'${s.replace(/'/g, "''")}'`;

const TABLES: Record<string, Record<string, string>> = {
  obs: { id: 'VARCHAR', report: 'VARCHAR', jurisdiction: 'VARCHAR', metric: 'VARCHAR', period: 'INTEGER', value: 'DOUBLE', qualifier: 'VARCHAR', derived: 'BOOLEAN', figure: 'VARCHAR', quote: 'VARCHAR' },
  reports: { id: 'VARCHAR', jurisdiction: 'VARCHAR', period: 'INTEGER', title: 'VARCHAR', text: 'VARCHAR' },
  jurisdictions: { id: 'VARCHAR', short_zh: 'VARCHAR', name_zh: 'VARCHAR' },
  metrics: { id: 'VARCHAR', name_zh: 'VARCHAR', unit_zh: 'VARCHAR', kind: 'VARCHAR', better: 'VARCHAR' },
};

/** The CSV files into the OPFS database (tables replaced), then a checkpoint; `ms` from the first read to its end. */
async function peerLoad(files: File[]): Promise<{ ms: number; rows: number; opfsBytes: number }> {
  const { db, conn } = await openDb();
  const t0 = performance.now();
  for (const f of files) {
    const table = f.name.replace(/\.csv$/, '');
    const cols = TABLES[table];
    if (!cols) throw new Error(`no table for ${f.name}`);
    await db.registerFileHandle(f.name, f, duckdb.DuckDBDataProtocol.BROWSER_FILEREADER, true);
    const columns = `{${Object.entries(cols).map(([k, v]) => `${sqlText(k)}: ${sqlText(v)}`).join(', ')}}`;
    await conn.query(`CREATE OR REPLACE TABLE ${table} AS SELECT * FROM read_csv(${sqlText(f.name)}, header = true, columns = ${columns})`);
  }
  await conn.query('CHECKPOINT');
  const ms = performance.now() - t0;
  const rows = Number((await conn.query('SELECT count(*)::INTEGER AS n FROM obs')).getChild('n')!.get(0));
  await conn.close();
  for (const f of files) await db.dropFile(f.name);
  await db.terminate();
  let opfsBytes = 0;
  const root = await navigator.storage.getDirectory();
  for await (const h of (root as unknown as { values(): AsyncIterable<FileSystemHandle> }).values())
    if (h.kind === 'file') opfsBytes += (await (h as FileSystemFileHandle).getFile()).size;
  return { ms, rows, opfsBytes };
}

interface Column {
  get(i: number): unknown;
}

interface MetricMeta {
  name: string;
  unit: string;
  kind: MetricKind;
  better: Better;
}

/**
 * One metric's ranking as the app's ranking view shows it: each jurisdiction's latest year (within a year a figure
 * from the text before a derived one), competition ranks in the metric's direction (neutral: largest first), ties
 * by jurisdiction id; the option built by the app's own builder.
 */
async function rankingOption(conn: duckdb.AsyncDuckDBConnection, metric: string): Promise<{ option: unknown; bars: number }> {
  const meta = (await conn.query(`SELECT name_zh, unit_zh, kind, better FROM metrics WHERE id = ${sqlText(metric)}`)).toArray()[0] as
    | { name_zh: string; unit_zh: string; kind: MetricKind; better: Better }
    | undefined;
  if (!meta) throw new Error(`no metric ${metric}`);
  const m: MetricMeta = { name: meta.name_zh, unit: meta.unit_zh, kind: meta.kind, better: meta.better };
  const dir = m.better === 'lower' ? 'ASC' : 'DESC';
  const t = await conn.query(`
    WITH latest AS (
      SELECT id, jurisdiction, value, qualifier, period, derived,
             row_number() OVER (PARTITION BY jurisdiction ORDER BY period DESC, derived ASC) AS k
      FROM obs WHERE metric = ${sqlText(metric)}
    )
    SELECT l.id, l.jurisdiction, l.value, l.qualifier, l.period, l.derived, j.short_zh,
           rank() OVER (ORDER BY l.value ${dir}) AS rank
    FROM latest l LEFT JOIN jurisdictions j ON j.id = l.jurisdiction
    WHERE k = 1
    ORDER BY rank, l.jurisdiction`);
  const n = t.numRows;
  const col = (name: string): Column => t.getChild(name)!;
  const [id, jur, value, qual, period, derived, short, rank] = ['id', 'jurisdiction', 'value', 'qualifier', 'period', 'derived', 'short_zh', 'rank'].map(col) as [Column, Column, Column, Column, Column, Column, Column, Column];
  const rows: RankedEntry[] = new Array<RankedEntry>(n);
  const names = new Map<string, string>();
  const periods = new Set<number>();
  const ranks = new Float64Array(n);
  for (let i = 0; i < n; i++) ranks[i] = Number(rank.get(i));
  for (let i = 0; i < n; i++) {
    const j = String(jur.get(i));
    const p = Number(period.get(i));
    periods.add(p);
    names.set(j, String(short.get(i) ?? j));
    rows[i] = {
      jurisdiction: j,
      value: Number(value.get(i)),
      qualifier: String(qual.get(i)) as Qualifier,
      period: p,
      observation: String(id.get(i)),
      derived: Boolean(derived.get(i)),
      rank: ranks[i]!,
      tied: ranks[i - 1] === ranks[i] || ranks[i + 1] === ranks[i],
    };
  }
  const ps = [...periods].sort((a, b) => a - b);
  const option = buildRankOption(rows, {
    title: `${m.name}排名`,
    subtitle: `${m.unit} · ${ps.join('–')}`,
    name: (j) => names.get(j) ?? j,
    value: (e) => formatFigure(e, { unit: { zh: m.unit, en: m.unit }, kind: m.kind }, 'zh'),
    period: (y) => `${y}年`,
    caveat: (c) => c.note.zh,
  });
  return { option, bars: n };
}

const draw = (chart: EChart, option: unknown, opts: unknown) =>
  new Promise<void>((ok) => {
    chart.on('finished', function done() {
      chart.off('finished', done);
      ok();
    });
    chart.setOption(option, opts);
  });

interface PeerState {
  first: { at: number; bars: number; wasmReadyAt: number } | null;
  error: string | null;
  conn: duckdb.AsyncDuckDBConnection | null;
  chart: EChart | null;
}
const state: PeerState = { first: null, error: null, conn: null, chart: null };

async function peerFirst(metric: string, width: number): Promise<void> {
  const { conn } = await openDb();
  const wasmReadyAt = performance.now();
  const { option, bars } = await rankingOption(conn, metric);
  const el = document.createElement('div');
  el.style.width = `${width}px`;
  el.style.height = `${HEIGHT}px`;
  document.body.append(el);
  const chart = echarts.init(el, null, { renderer: 'canvas' });
  await draw(chart, option, { notMerge: true });
  state.first = { at: performance.now(), bars, wasmReadyAt };
  state.conn = conn;
  state.chart = chart;
}

/** Each metric picked after the first chart: query + option + setOption in place → finished, ms each. */
async function peerPick(metrics: string[], pause: number): Promise<number[]> {
  const { conn, chart } = state;
  if (!conn || !chart) throw new Error('no first chart');
  await new Promise((ok) => setTimeout(ok, pause));
  const out: number[] = [];
  for (const m of metrics) {
    const t0 = performance.now();
    const { option } = await rankingOption(conn, m);
    await draw(chart, option, { notMerge: false });
    out.push(performance.now() - t0);
    await new Promise((ok) => setTimeout(ok, 300));
  }
  return out;
}

const w = window as unknown as { peerLoad: typeof peerLoad; peerPick: typeof peerPick; peer: PeerState };
w.peerLoad = peerLoad;
w.peerPick = peerPick;
w.peer = state;
const q = new URLSearchParams(location.search);
const first = q.get('first');
if (first)
  peerFirst(first, Number(q.get('w') ?? 1200)).catch((e: unknown) => {
    state.error = e instanceof Error ? e.message : String(e);
  });
