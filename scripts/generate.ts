/**
 * npm run generate -- --jurisdictions 2900 --years 10 --metrics 40 --seed 1 [--out file] [--last-year 2024] [--format json|arrow]
 * Writes a valid, deterministic national-scale `rol-compare/dataset` (scripts/lib/synth/generate.ts) whose
 * jurisdictions are real places of the gazetteer (data/gazetteer/; at most every current place with a code,
 * county-level units first); default output: bench/tmp/national-<j>x<y>x<m>-s<seed>.json (.arrow with
 * `--format arrow`: the same dataset as an Arrow IPC file, docs/dataset-format.md).
 */
import { writeFileSync } from 'node:fs';
import { datasetToArrow } from '../src/formats/arrow-dataset/write';
import { validateDataset } from '../src/formats/validate';
import { generateDataset } from './lib/synth/generate';
import { parseArgs } from 'node:util';
import { relative } from 'node:path';
import { defaultOut, generateToFile, ROOT } from './lib/bench-dataset';
import { maxJurisdictions } from './lib/synth/generate';

const { values } = parseArgs({
  options: {
    jurisdictions: { type: 'string', default: '2900' },
    years: { type: 'string', default: '10' },
    metrics: { type: 'string', default: '40' },
    seed: { type: 'string', default: '1' },
    'last-year': { type: 'string', default: '2024' },
    out: { type: 'string' },
    format: { type: 'string', default: 'json' },
    help: { type: 'boolean', short: 'h' },
  },
});
if (values.help) {
  console.log('npm run generate -- --jurisdictions 2900 --years 10 --metrics 40 --seed 1 [--out file] [--last-year 2024] [--format json|arrow]');
  process.exit(0);
}
const int = (name: string, s: string, min: number, max: number) => {
  const n = Number(s);
  if (!Number.isInteger(n) || n < min || n > max) {
    console.error(`--${name} must be an integer from ${min} to ${max}`);
    process.exit(2);
  }
  return n;
};
const opts = {
  jurisdictions: int('jurisdictions', values.jurisdictions, 1, maxJurisdictions()),
  years: int('years', values.years, 1, 60),
  metrics: int('metrics', values.metrics, 1, 500),
  seed: int('seed', values.seed, 0, 2 ** 31 - 1),
  lastYear: int('last-year', values['last-year'], 1960, 2100),
};
if (values.format !== 'json' && values.format !== 'arrow') {
  console.error('--format must be json or arrow');
  process.exit(2);
}
const t0 = performance.now();
if (values.format === 'arrow') {
  const out = values.out ?? defaultOut(opts).replace(/\.json$/, '.arrow');
  const { dataset, stats } = generateDataset(opts);
  const v = validateDataset(dataset);
  if (!v.ok) throw new Error(`the generated dataset is invalid (a generator bug): ${v.errors[0]?.code} ${v.errors[0]?.message}`);
  const bytes = datasetToArrow(dataset);
  writeFileSync(out, bytes);
  console.log(`wrote ${relative(ROOT, out) || out}: ${(bytes.byteLength / 1e6).toFixed(1)} MB (Arrow IPC), ${stats.observations} observations, ${stats.reports} reports, ${Math.round(performance.now() - t0)} ms`);
  process.exit(0);
}
const out = values.out ?? defaultOut(opts);
const g = generateToFile(opts, out, (s) => console.log(s));
const q = g.stats.qualifiers;
console.log(
  [
    `wrote ${relative(ROOT, g.path) || g.path}: ${(g.bytes / 1e6).toFixed(1)} MB, sha256 ${g.sha256.slice(0, 16)}…`,
    `  ${g.stats.observations} observations (${opts.jurisdictions}×${opts.years}×${opts.metrics} = ${opts.jurisdictions * opts.years * opts.metrics} cells), ${g.stats.reports} reports`,
    `  gaps ${(g.stats.gapRate * 100).toFixed(1)}% of cells · previous-year figures ${g.stats.previousYear} · derived ${g.stats.derived}`,
    `  qualifiers: exact ${q.exact}, at_least ${q.at_least}, approx ${q.approx}, at_most ${q.at_most}, range ${q.range}`,
    `  ${Math.round(performance.now() - t0)} ms (generate ${Math.round(g.ms.generate)}, validate ${Math.round(g.ms.validate)}, write ${Math.round(g.ms.write)})`,
  ].join('\n'),
);
