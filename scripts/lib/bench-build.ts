/** Builds the app for the benchmark (never into dist/) and measures its JavaScript. */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import type { BundleSizes } from './bench-results';
import { ROOT } from './bench-dataset';

/** One script of a benchmark page (`scripts/lib/<entry>`) bundled with Vite, minified, as `dir/<fileName>`. */
export async function bundlePageScript(dir: string, entry: string, fileName: string): Promise<void> {
  await build({
    configFile: false,
    root: ROOT,
    logLevel: 'warn',
    publicDir: false,
    define: { 'process.env.NODE_ENV': '"production"' },
    build: {
      outDir: dir,
      emptyOutDir: false,
      copyPublicDir: false,
      minify: true,
      sourcemap: false,
      lib: { entry: join(ROOT, 'scripts', 'lib', entry), formats: ['es'], fileName: () => fileName },
    },
  });
}

export function buildApp(outDir: string): void {
  const r = spawnSync('npx', ['vite', 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'], {
    cwd: ROOT,
    stdio: 'inherit',
    env: process.env,
  });
  if (r.status !== 0) throw new Error(`vite build failed (exit ${r.status ?? r.signal})`);
}

const walk = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));

const gz = (buf: Buffer) => gzipSync(buf, { level: 9 }).length;

/**
 * Initial JS: the entry script of index.html and every `modulepreload`. Total: every .js of the build except the
 * service worker and Workbox (sw.js, workbox-*.js), i.e. the app, its lazy views and the import worker.
 */
/**
 * The chunks of the Word and PDF readers: pdf.js (its chunks are named after it: pdf.worker, pdfjs-browser, pdf) and
 * mammoth (the chunk that carries its name).
 */
const isReader = (file: string, bytes: Buffer): boolean => /[/\\](pdf[.-]|pdfjs-|docx-)[^/\\]*\.js$/.test(file) || bytes.includes('mammoth');

export function bundleSizes(dist: string): BundleSizes {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const eager = new Set<string>();
  for (const m of html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g)) eager.add(m[1]!);
  for (const m of html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)) eager.add(m[1]!);
  const initialFiles = [...eager].map((u) => join(dist, u.replace(/^\//, '')));
  let ib = 0;
  let ig = 0;
  for (const f of initialFiles) {
    const b = readFileSync(f);
    ib += b.length;
    ig += gz(b);
  }
  const js = walk(dist).filter((f) => f.endsWith('.js') && !/(^|[/\\])(sw|workbox-[^/\\]*)\.js$/.test(f));
  let tb = 0;
  let tg = 0;
  let worker: BundleSizes['worker'] = { file: null, bytes: 0, gzip: 0 };
  const readers = { files: 0, bytes: 0, gzip: 0 };
  for (const f of js) {
    const b = readFileSync(f);
    const g = gz(b);
    tb += b.length;
    tg += g;
    if (/import-worker/.test(f)) worker = { file: relative(dist, f), bytes: statSync(f).size, gzip: g };
    if (isReader(f, b)) {
      readers.files++;
      readers.bytes += b.length;
      readers.gzip += g;
    }
  }
  return {
    initial: { files: initialFiles.map((f) => relative(dist, f)), bytes: ib, gzip: ig },
    total: { files: js.length, bytes: tb, gzip: tg },
    worker,
    readers,
  };
}
