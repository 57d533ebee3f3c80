// Fails when the service worker's precache misses a file the app needs: Workbox skips, with only a warning, files
// above maximumFileSizeToCacheInBytes and files that no glob pattern matches, and the app then breaks offline.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const dist = fileURLToPath(new URL('../dist', import.meta.url));
const sw = readFileSync(join(dist, 'sw.js'), 'utf8');
const walk = (d) => readdirSync(d).flatMap((f) => (statSync(join(d, f)).isDirectory() ? walk(join(d, f)) : [join(d, f)]));
const needed = walk(dist)
  .map((f) => relative(dist, f).split('\\').join('/'))
  .filter((f) => !/^(sw\.js|workbox-[\w-]+\.js)$/.test(f) && !f.endsWith('.map'));
const missing = needed.filter((f) => !sw.includes(`"${f}"`) && !sw.includes(`url:"${f}"`));
if (missing.length) {
  console.error(`The service worker does not precache ${missing.length} file(s):\n  ${missing.join('\n  ')}`);
  process.exit(1);
}
console.log(`precache covers all ${needed.length} files of dist/`);
