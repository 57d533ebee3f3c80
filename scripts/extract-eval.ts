/**
 * npm run extract:eval [-- --verbose] — runs the extractor over the curated reports and prints precision and
 * recall against the curated observations (derived ones excluded) and practice mentions, per report and
 * overall; writes the figures to bench/extract-eval.json.
 * The curated dataset is assembled from data/ (scripts/lib/assemble.ts); while the curated files have problems
 * it falls back to public/data/bundled.json.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { assembleDataset, CurationError } from './lib/assemble';
import { matchMentions, matchObservations, score, type Score, type Scored } from './lib/extract-score';
import { extractReport } from '../src/extract/index';
import { validateDataset, formatPath } from '../src/formats/validate';
import type { Dataset, Mention } from '../src/model/schema';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const verbose = process.argv.includes('--verbose') || process.argv.includes('-v');

function validated(raw: unknown, what: string): Dataset | string {
  const v = validateDataset(raw);
  if (v.ok) return v.value;
  return `${what} is invalid:\n- ${v.errors.slice(0, 10).map((e) => `${formatPath(e.path)}: ${e.message}`).join('\n- ')}`;
}

/** The curated dataset assembled from data/, or the committed bundle while the curated files have problems. */
function loadCurated(): { dataset: Dataset; source: string } {
  let problem: string;
  try {
    const ds = validated(assembleDataset(join(root, 'data')), 'the assembled dataset');
    if (typeof ds !== 'string') return { dataset: ds, source: 'data/ (assembled)' };
    problem = ds;
  } catch (e) {
    if (!(e instanceof CurationError)) throw e;
    problem = e.message;
  }
  console.error(`curated sources have problems, using public/data/bundled.json instead:\n${problem.split('\n').slice(0, 6).join('\n')}`);
  const bundle = validated(JSON.parse(readFileSync(join(root, 'public', 'data', 'bundled.json'), 'utf8')), 'public/data/bundled.json');
  if (typeof bundle === 'string') {
    console.error(bundle);
    process.exit(1);
  }
  return { dataset: bundle, source: 'public/data/bundled.json' };
}

const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;
const line = (label: string, s: Score): string =>
  `${label.padEnd(16)} curated ${String(s.curated).padStart(4)}  extracted ${String(s.extracted).padStart(4)}  matched ${String(s.matched).padStart(4)}  precision ${pct(s.precision).padStart(6)}  recall ${pct(s.recall).padStart(6)}`;
const show = (o: Scored): string => `${o.category} ${o.value} ${o.qualifier} "${o.figure ?? ''}" — ${o.quote.slice(0, 60)}`;

const { dataset, source } = loadCurated();
const categoryOf = new Map(dataset.metrics.map((m) => [m.id, m.category]));
const perReport: Record<string, Score> = {};
let curatedN = 0;
let extractedN = 0;
let matchedN = 0;
const extractedMentions: Mention[] = [];
const started = performance.now();

for (const report of dataset.reports) {
  const curated: Scored[] = dataset.observations
    .filter((o) => o.report === report.id && !o.derived)
    .map((o) => ({ category: categoryOf.get(o.metric)!, value: o.value, qualifier: o.qualifier, figure: o.figure, quote: o.quote }));
  const input = { text: report.text, reportId: report.id, period: report.period, metrics: dataset.metrics, practices: dataset.practices };
  const result = extractReport(report.textSimplified !== undefined ? { ...input, textSimplified: report.textSimplified } : input);
  extractedMentions.push(...result.mentions);
  const m = matchObservations(curated, result.observations);
  perReport[report.id] = { curated: m.curated, extracted: m.extracted, matched: m.matched, precision: m.precision, recall: m.recall };
  curatedN += m.curated;
  extractedN += m.extracted;
  matchedN += m.matched;
  console.log(line(report.id, m));
  if (verbose) {
    for (const o of m.missed) console.log(`    missed   ${show(o)}`);
    for (const o of m.spurious) console.log(`    spurious ${show(o)}`);
  }
}
const overall = score(curatedN, extractedN, matchedN);
const mentions = matchMentions(dataset.mentions, extractedMentions);
console.log(line('overall', overall));
console.log(line('mentions', mentions));
const floors = { recall: 0.9, precision: 0.85 };
const met = overall.recall >= floors.recall && overall.precision >= floors.precision;
console.log(`floors (recall ≥ 90%, precision ≥ 85%): ${met ? 'met' : 'not met'}  [curated data: ${source}]`);

const out = {
  generated: new Date().toISOString(),
  source,
  match: 'same report, category, value and qualifier; each curated observation at most once; derived excluded',
  overall,
  perReport,
  mentions,
  floors,
  floorsMet: met,
  ms: Math.round(performance.now() - started),
};
mkdirSync(join(root, 'bench'), { recursive: true });
writeFileSync(join(root, 'bench', 'extract-eval.json'), JSON.stringify(out, null, 2) + '\n');
console.log('wrote bench/extract-eval.json');
