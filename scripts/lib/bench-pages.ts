/**
 * The baseline pages, served from their own directory (never from the app's build):
 *  - idb.html: raw IndexedDB, one record per observation, four indexes (report, metric, period, [metric+period]),
 *    all rows in one read-write transaction — the layout the block store replaces;
 *  - bare.html: a page that only loads ECharts (dist/echarts.min.js) and draws given options: on a fresh chart each
 *    (benchBare), or one after another on one chart, in place, as the app does (benchInPlace).
 */
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './bench-dataset';

const IDB_JS = `
window.benchRows = async (url, dbName) => {
  const rows = await (await fetch(url)).json();
  await new Promise((ok) => { const d = indexedDB.deleteDatabase(dbName); d.onsuccess = d.onerror = d.onblocked = () => ok(); });
  const db = await new Promise((ok, fail) => {
    const o = indexedDB.open(dbName, 1);
    o.onupgradeneeded = () => {
      const s = o.result.createObjectStore('observations', { keyPath: 'id' });
      s.createIndex('report', 'report');
      s.createIndex('metric', 'metric');
      s.createIndex('period', 'period');
      s.createIndex('metric_period', ['metric', 'period']);
    };
    o.onsuccess = () => ok(o.result);
    o.onerror = () => fail(o.error);
  });
  const t0 = performance.now();
  await new Promise((ok, fail) => {
    const tx = db.transaction('observations', 'readwrite');
    const store = tx.objectStore('observations');
    for (const r of rows) store.put(r);
    tx.oncomplete = () => ok();
    tx.onerror = () => fail(tx.error);
    tx.onabort = () => fail(tx.error);
  });
  const ms = performance.now() - t0;
  db.close();
  await new Promise((ok) => { const d = indexedDB.deleteDatabase(dbName); d.onsuccess = d.onerror = d.onblocked = () => ok(); });
  return { ms, rows: rows.length };
};
`;

const BARE_JS = `
window.benchBare = async (option, width, height, reps) => {
  const out = [];
  for (let i = 0; i < reps; i++) {
    const el = document.createElement('div');
    el.style.width = width + 'px';
    el.style.height = height + 'px';
    document.body.append(el);
    await new Promise((ok) => requestAnimationFrame(() => ok()));
    const t0 = performance.now();
    const chart = echarts.init(el, null, { renderer: 'canvas' });
    await new Promise((ok) => {
      chart.on('finished', ok);
      chart.setOption(option, { notMerge: true });
    });
    out.push(performance.now() - t0);
    chart.dispose();
    el.remove();
    await new Promise((ok) => setTimeout(ok, 30));
  }
  return out;
};

// The app's way: one chart that drew \`first\`, then each option set on it in place (merge), as the ranking view
// updates its chart when another metric is picked; \`pause\` ms after the first chart, as a person reads it.
window.benchInPlace = async (first, options, width, height, pause) => {
  const el = document.createElement('div');
  el.style.width = width + 'px';
  el.style.height = height + 'px';
  document.body.append(el);
  const chart = echarts.init(el, null, { renderer: 'canvas' });
  const draw = (option, opts) => new Promise((ok) => {
    const t0 = performance.now();
    chart.on('finished', function done() {
      chart.off('finished', done);
      ok(performance.now() - t0);
    });
    chart.setOption(option, opts);
  });
  await draw(first, { notMerge: true });
  await new Promise((ok) => setTimeout(ok, pause));
  const out = [];
  for (const o of options) {
    out.push(await draw(o, { notMerge: false }));
    await new Promise((ok) => setTimeout(ok, 300));
  }
  chart.dispose();
  el.remove();
  return out;
};
`;

const page = (title: string, scripts: string[]) =>
  `<!doctype html><html><head><meta charset="utf-8"><title>${title}</title>${scripts.map((s) => `<script src="${s}"></script>`).join('')}</head><body style="margin:0"></body></html>\n`;

export function writeBaselinePages(dir: string): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'idb.js'), IDB_JS);
  writeFileSync(join(dir, 'idb.html'), page('row-per-record baseline', ['idb.js']));
  copyFileSync(join(ROOT, 'node_modules', 'echarts', 'dist', 'echarts.min.js'), join(dir, 'echarts.min.js'));
  writeFileSync(join(dir, 'bare.js'), BARE_JS);
  writeFileSync(join(dir, 'bare.html'), page('bare ECharts baseline', ['echarts.min.js', 'bare.js']));
}
