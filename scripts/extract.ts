/**
 * npm run extract -- <files or folders…> [--out dataset.json] [--jurisdiction <name>] [--year <YYYY>] [--title <title>]
 *
 * Reads every report file given (.txt in UTF-8, GB18030 or Big5, saved web pages, .docx, PDF with a text layer,
 * .zip of these; folders are walked) through the document readers, proposes each report's place and year from its
 * title and first lines against the gazetteer (--jurisdiction and --year take their place when given), extracts
 * its figures and practice mentions, and writes ONE validated `rol-compare/dataset` document holding every report:
 * to --out, or to stdout. On stderr: a table of the reports, then one line per file that could not be read or
 * report that was left out, and why. Exit 0 when a dataset was written, 1 when none could be (with the reason).
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readDocuments } from '../src/formats/documents/index';
import type { ReadDocument } from '../src/formats/documents/types';
import { formatPath, validateDataset } from '../src/formats/validate';
import { createGazetteer } from '../src/model/gazetteer';
import { decodeGazetteer } from '../src/model/gazetteer-codec';
import type { DatasetInput, Jurisdiction, Metric, Practice } from '../src/model/schema';
import type { Indicator } from '../src/model/indicators';
import { collectInputs } from './lib/extract-inputs';
import { extractOne, type ExtractContext } from './lib/extract-one';
import { gazetteerFile } from './lib/gazetteer';
import { loadIndicatorCatalogue } from './lib/indicators';
import { mergeDatasets } from './lib/merge-datasets';
import { reportTable, type TableRow } from './lib/extract-table';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const USAGE = 'usage: npm run extract -- <files or folders…> [--out <file.json>] [--jurisdiction <name>] [--year <YYYY>] [--title <title>]';

function fail(message: string): never {
  console.error(`extract: ${message}`);
  process.exit(1);
}

interface Args { paths: string[]; jurisdiction?: string; year?: number; out?: string; title?: string }

function parseArgs(argv: string[]): Args {
  const opts: Record<string, string> = {};
  const paths: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--help' || a === '-h') {
      console.log(USAGE);
      process.exit(0);
    }
    const m = /^--(jurisdiction|year|out|title)(?:=(.*))?$/.exec(a);
    if (m) {
      const value = m[2] ?? argv[++i];
      if (value === undefined || value === '') fail(`--${m[1]} needs a value\n${USAGE}`);
      opts[m[1]!] = value;
    } else if (a.startsWith('--')) fail(`unknown option ${a}\n${USAGE}`);
    else paths.push(a);
  }
  if (paths.length === 0) fail(`give at least one report file or folder\n${USAGE}`);
  const year = opts.year === undefined ? undefined : Number(opts.year);
  if (year !== undefined && (!Number.isInteger(year) || year < 1949 || year > 2100)) fail(`--year must be a year between 1949 and 2100\n${USAGE}`);
  if (opts.jurisdiction !== undefined && !opts.jurisdiction.trim()) fail(`--jurisdiction needs a value\n${USAGE}`);
  return { paths, jurisdiction: opts.jurisdiction?.trim(), year, out: opts.out, title: opts.title };
}

function readJson<T>(path: string, fallback: T, warnings: string[]): T {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as T;
  } catch (e) {
    warnings.push(`could not read ${path.replace(root + '/', '')}: ${(e as Error).message}`);
    return fallback;
  }
}

function context(args: Args, warnings: string[]): ExtractContext {
  const metricsDir = join(root, 'data', 'metrics');
  const metrics = new Map<string, Metric>();
  for (const f of existsSync(metricsDir) ? readdirSync(metricsDir).filter((f) => f.endsWith('.json')).sort() : [])
    for (const m of readJson<Metric[]>(join(metricsDir, f), [], warnings)) if (!metrics.has(m.id)) metrics.set(m.id, m);
  let indicators: readonly Indicator[] = [];
  try {
    indicators = loadIndicatorCatalogue(join(root, 'data', 'indicators')).indicators;
  } catch (e) {
    warnings.push(`indicator catalogue not used: ${(e as Error).message.split('\n')[0]}`);
  }
  const gazetteer = createGazetteer(decodeGazetteer(JSON.parse(gazetteerFile(join(root, 'data', 'gazetteer')).json)));
  return {
    gazetteer, indicators, metrics: [...metrics.values()],
    practices: readJson<Practice[]>(join(root, 'data', 'practices.json'), [], warnings),
    known: readJson<Jurisdiction[]>(join(root, 'data', 'jurisdictions.json'), [], warnings),
    ...(args.jurisdiction ? { jurisdiction: args.jurisdiction } : {}),
    ...(args.year ? { year: args.year } : {}),
    ...(args.title ? { title: args.title } : {}),
  };
}

/** How the text was decoded, for a text or web page (a BOM is seen in the bytes of the file given). */
function encodingOf(d: ReadDocument, bytes: Map<string, Uint8Array>): string | undefined {
  if (!d.encoding) return undefined;
  const b = bytes.get(d.name);
  const bom = d.encoding === 'utf-8' && b?.[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf;
  return `${d.encoding === 'utf-8' ? 'UTF-8' : d.encoding.toUpperCase()}${bom ? ' with BOM' : ''} (detected)`;
}

const args = parseArgs(process.argv.slice(2));
const { files, problems: inputProblems } = collectInputs(args.paths);
const lines: string[] = inputProblems.map((p) => `cannot read ${p.file} (${p.code}): ${p.message}`);
const warnings: string[] = [];
const ctx = files.length ? context(args, warnings) : null;
const rows: TableRow[] = [];
const docs: DatasetInput[] = [];
const used = new Map<string, number>();
const reportId = (base: string) => {
  const n = (used.get(base) ?? 0) + 1;
  used.set(base, n);
  return n === 1 ? base : `${base}-${n}`;
};
const bytesOf = new Map(files.map((f) => [f.name, f.bytes]));
for (const file of files) {
  for (const outcome of await readDocuments(file)) {
    if (!outcome.ok) {
      const { file: name, code, message } = outcome.problem;
      lines.push(`cannot read ${name} (${code}): ${message.startsWith(`${name}: `) ? message.slice(name.length + 2) : message}`);
      continue;
    }
    const d = outcome.doc;
    const r = extractOne(d, ctx!, reportId);
    if (!r.ok) {
      lines.push(`left out ${d.name}: ${r.reason}`);
      continue;
    }
    docs.push(r.doc);
    const encoding = encodingOf(d, bytesOf);
    rows.push({
      file: d.name, kind: d.kind, place: r.place, year: r.year, figures: r.figures, mapped: r.mapped, warnings: r.warnings,
      details: [...(encoding ? [`encoding: ${encoding}`] : []), `script: ${r.script}; ${d.text.length} characters`, `report ${r.doc.reports[0]!.id}: ${r.doc.reports[0]!.title}`],
    });
  }
}

const out = [reportTable(rows), ...lines, ...warnings.map((w) => `warning: ${w}`)].filter(Boolean).join('\n');
if (out) console.error(out);
if (docs.length === 0) fail(`no dataset written: ${files.length ? 'no report could be read and placed' : 'no report files'}`);

const doc = mergeDatasets(docs);
const valid = validateDataset(doc);
if (!valid.ok) fail(`the extracted dataset is invalid (a bug):\n- ${valid.errors.slice(0, 20).map((e) => `${formatPath(e.path)}: ${e.message}`).join('\n- ')}`);
const json = JSON.stringify(doc, null, 2) + '\n';
if (args.out) {
  try {
    writeFileSync(args.out, json);
  } catch (e) {
    fail(`cannot write ${args.out}: ${(e as Error).message}`);
  }
  console.error(`wrote ${args.out}: ${docs.length} report(s), ${doc.observations.length} figure(s)`);
} else {
  // a closed pipe (| head) is not an error of ours
  process.stdout.on('error', (e: NodeJS.ErrnoException) => process.exit(e.code === 'EPIPE' ? 0 : 1));
  process.stdout.write(json);
}
