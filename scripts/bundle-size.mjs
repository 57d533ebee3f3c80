// Initial and total JS of dist/ (gzip): initial = index.html's module script + its modulepreloads + their static imports.
import { readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';

export function bundleSizes(dist = 'dist') {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const gz = (f) => gzipSync(readFileSync(join(dist, f))).length;
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    const src = readFileSync(join(dist, file), 'utf8');
    for (const m of src.matchAll(/(?:^|[;\n}])\s*import\s*(?:[\w*{}\s,$]+from\s*)?["'](\.\/[^"']+\.js)["']/g)) visit(join('assets', m[1].slice(2)));
  };
  for (const m of html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.js)"/g)) visit(m[1]);
  const all = readdirSync(join(dist, 'assets')).filter((f) => f.endsWith('.js')).map((f) => join('assets', f));
  const initial = [...seen].reduce((s, f) => s + gz(f), 0);
  const total = all.reduce((s, f) => s + gz(f), 0);
  return { initialGzip: initial, totalGzip: total, initialFiles: [...seen].sort() };
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(JSON.stringify(bundleSizes(process.argv[2] ?? 'dist'), null, 1));
