/** Generating and writing national-scale datasets for `npm run generate` and `npm run bench`. */
import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateDataset, type GenerateOptions, type GenerateStats } from './synth/generate';
import { validateDataset, formatPath } from '../../src/formats/validate';
import type { Dataset } from '../../src/model/schema';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const BENCH_TMP = join(ROOT, 'bench', 'tmp');

/** Bumped whenever the generator's output changes, so that a cached file of an earlier generator is not reused. */
const GENERATOR_EDITION = 'g2';
export const defaultOut = (o: GenerateOptions) =>
  join(BENCH_TMP, `national-${o.jurisdictions}x${o.years}x${o.metrics}-s${o.seed}-${GENERATOR_EDITION}.json`);

/**
 * Writes `JSON.stringify(ds)` to a file without building the whole string (a national dataset is ~250 MB):
 * the same bytes, streamed array element by array element. Returns bytes written and their sha256.
 */
export function writeDatasetJson(ds: Dataset, path: string): { bytes: number; sha256: string } {
  mkdirSync(dirname(path), { recursive: true });
  const fd = openSync(path, 'w');
  const hash = createHash('sha256');
  let bytes = 0;
  let buf: string[] = [];
  let pending = 0;
  const flush = () => {
    if (!buf.length) return;
    const b = Buffer.from(buf.join(''), 'utf8');
    writeSync(fd, b);
    hash.update(b);
    bytes += b.length;
    buf = [];
    pending = 0;
  };
  const put = (s: string) => {
    buf.push(s);
    pending += s.length;
    if (pending > 4_000_000) flush();
  };
  try {
    put('{');
    let first = true;
    for (const [key, value] of Object.entries(ds)) {
      if (value === undefined) continue;
      put(`${first ? '' : ','}${JSON.stringify(key)}:`);
      first = false;
      if (Array.isArray(value)) {
        put('[');
        value.forEach((item: unknown, i) => put((i ? ',' : '') + JSON.stringify(item)));
        put(']');
      } else put(JSON.stringify(value));
    }
    put('}');
    flush();
  } finally {
    closeSync(fd);
  }
  return { bytes, sha256: hash.digest('hex') };
}

export interface Generated {
  path: string;
  bytes: number;
  sha256: string;
  stats: GenerateStats;
  ms: { generate: number; validate: number; write: number };
}

/** Generates, validates (nothing invalid is ever written) and writes a dataset. */
export function generateToFile(o: GenerateOptions, out = defaultOut(o), log: (s: string) => void = () => {}): Generated {
  let t = performance.now();
  const { dataset, stats } = generateDataset(o);
  const generate = performance.now() - t;
  log(`generated ${stats.observations} observations in ${stats.reports} reports (${Math.round(generate)} ms); validating…`);
  t = performance.now();
  const v = validateDataset(dataset);
  const validate = performance.now() - t;
  if (!v.ok) {
    const first = v.errors.slice(0, 10).map((e) => `  ${formatPath(e.path)}: ${e.code} ${e.message}`);
    throw new Error(`the generated dataset is invalid (a generator bug):\n${first.join('\n')}`);
  }
  log(`valid (${Math.round(validate)} ms); writing ${out}…`);
  t = performance.now();
  const { bytes, sha256 } = writeDatasetJson(dataset, out);
  const write = performance.now() - t;
  return { path: out, bytes, sha256, stats, ms: { generate, validate, write } };
}
