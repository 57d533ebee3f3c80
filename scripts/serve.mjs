// Serves the built app (dist/) on 127.0.0.1. Used by `npm start` and by the browser tests.
// index.html and sw.js are sent with no-cache, so a new deploy is seen (a cached index.html would keep asking for
// the old version's chunks).
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8', '.svg': 'image/svg+xml', '.png': 'image/png', '.webmanifest': 'application/manifest+json',
  '.woff2': 'font/woff2', '.txt': 'text/plain; charset=utf-8', '.ico': 'image/x-icon', '.wasm': 'application/wasm',
};

export function startServer({ root, port = 4173, host = '127.0.0.1' } = {}) {
  const base = resolve(root);
  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? '/', 'http://x');
      let path = normalize(decodeURIComponent(url.pathname)).replace(/^(\.\.[/\\])+/, '');
      let file = join(base, path);
      if (!file.startsWith(base)) { res.writeHead(403).end(); return; }
      let info = await stat(file).catch(() => null);
      if (info?.isDirectory()) { file = join(file, 'index.html'); info = await stat(file).catch(() => null); }
      if (!info) {
        if (extname(path)) { res.writeHead(404, { 'content-type': 'text/plain' }).end('not found'); return; }
        file = join(base, 'index.html'); // SPA fallback for deep links
      }
      const body = await readFile(file);
      const name = file.slice(base.length);
      const noCache = name === '/index.html' || name === '/sw.js' || name.endsWith('manifest.json') || name.endsWith('.webmanifest');
      res.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': noCache ? 'no-cache' : 'public, max-age=31536000, immutable',
        'x-content-type-options': 'nosniff',
      });
      res.end(body);
    } catch (e) {
      res.writeHead(500).end(String(e));
    }
  });
  return new Promise((ok) => server.listen(port, host, () => ok({ server, url: `http://${host}:${server.address().port}/` })));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const port = Number(process.env.PORT ?? 4173);
  const root = fileURLToPath(new URL('../dist', import.meta.url));
  const { url } = await startServer({ root, port });
  console.log(`rol-compare is served at ${url}  (Ctrl+C to stop)`);
}
