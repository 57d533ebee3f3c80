/**
 * npm run dataset:build — validates the curated sources in data/ and writes the bundle the app loads:
 *   public/data/bundled.json   the rol-compare/dataset document (deterministic: same input, same bytes)
 *   public/data/manifest.json  { id, file, sha256, bytes, counts } — the app compares sha256 to skip re-imports
 *   docs/dataset-coverage.md   statements per report and how many were encoded
 *   public/data/indicators.json  the indicator catalogue of data/indicators/, for the app
 *   src/model/indicator-kinds.ts the catalogue's ids and kinds, for the validator
 *   public/data/gazetteer.json the places of data/gazetteer/ (codes, parents, census population), for the app
 * --check: write nothing, exit 1 when the committed bundle differs from what the sources give.
 */
import { writeFileSync, readFileSync, mkdirSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildBundle, catalogueFiles } from './lib/bundle';
import { CurationError } from './lib/assemble';
import { gazetteerFile } from './lib/gazetteer';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const check = process.argv.includes('--check');
try {
  const { json, manifest, counts, coverage } = buildBundle(join(root, 'data'));
  const coveragePath = join(root, 'docs', 'dataset-coverage.md');
  const outDir = join(root, 'public', 'data');
  const bundlePath = join(outDir, 'bundled.json');
  const manifestPath = join(outDir, 'manifest.json');
  const manifestJson = JSON.stringify(manifest, null, 2) + '\n';
  const cat = catalogueFiles(join(root, 'data'));
  const extra: [string, string][] = [
    [join(outDir, 'indicators.json'), cat.json],
    [join(root, 'src', 'model', 'indicator-kinds.ts'), cat.kindsModule],
    [join(outDir, 'gazetteer.json'), gazetteerFile(join(root, 'data', 'gazetteer')).json],
  ];
  if (check) {
    const same =
      existsSync(bundlePath) &&
      readFileSync(bundlePath, 'utf8') === json &&
      readFileSync(manifestPath, 'utf8') === manifestJson &&
      existsSync(coveragePath) &&
      readFileSync(coveragePath, 'utf8') === coverage &&
      extra.every(([p, text]) => existsSync(p) && readFileSync(p, 'utf8') === text);
    if (!same) {
      console.error('public/data/bundled.json is out of date: run npm run dataset:build');
      process.exit(1);
    }
    console.log('public/data/bundled.json is up to date');
  } else {
    mkdirSync(outDir, { recursive: true });
    writeFileSync(bundlePath, json);
    writeFileSync(manifestPath, manifestJson);
    writeFileSync(coveragePath, coverage);
    for (const [p, text] of extra) writeFileSync(p, text);
    console.log(`wrote public/data/bundled.json (${json.length} chars, sha256 ${manifest.sha256.slice(0, 12)}…)`);
  }
  console.log(JSON.stringify(counts));
} catch (e) {
  if (e instanceof CurationError) {
    console.error(e.message);
    process.exit(1);
  }
  throw e;
}
