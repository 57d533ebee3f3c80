/**
 * npm run extract -- report.txt --jurisdiction "某某区" --year 2023 [--out file.json] [--title "…"]
 *
 * Reads a report's text (UTF-8, UTF-8 with BOM, GB18030 or Big5 — detected), extracts its figures and practice
 * mentions, and writes a validated `rol-compare/dataset` document: to --out, or to stdout (summary on stderr).
 * Exit 1 with a message for: bad arguments, missing file, file over 50 MB, binary file, empty text.
 * A text with no figures is not an error: exit 0, a warning, and an empty observation list.
 */
import { closeSync, existsSync, openSync, readFileSync, readSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as OpenCC from 'opencc-js';
import { decodeText, looksBinary } from '../src/formats/decode-text';
import { extractReport } from '../src/extract/index';
import { jurisdictionFor, toDataset } from '../src/extract/to-dataset';
import { formatPath, validateDataset } from '../src/formats/validate';
import type { Jurisdiction, Metric, Practice } from '../src/model/schema';
import type { Indicator } from '../src/model/indicators';
import { loadIndicatorCatalogue } from './lib/indicators';

const MAX_BYTES = 50 * 1024 * 1024;
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const USAGE = 'usage: npm run extract -- <report.txt> --jurisdiction <name> --year <YYYY> [--out <file.json>] [--title <title>]';

function fail(message: string): never {
  console.error(`extract: ${message}`);
  process.exit(1);
}

function parseArgs(argv: string[]): { file: string; jurisdiction: string; year: number; out?: string; title?: string } {
  const opts: Record<string, string> = {};
  const positional: string[] = [];
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
    else positional.push(a);
  }
  if (positional.length !== 1) fail(`give exactly one report file\n${USAGE}`);
  if (!opts.jurisdiction?.trim()) fail(`--jurisdiction is required\n${USAGE}`);
  const year = Number(opts.year);
  if (!opts.year || !Number.isInteger(year) || year < 1949 || year > 2100) fail(`--year must be a year between 1949 and 2100\n${USAGE}`);
  return { file: positional[0]!, jurisdiction: opts.jurisdiction.trim(), year, out: opts.out, title: opts.title };
}

/** Reads the file, refusing directories, files over 50 MB (before reading them) and binary files. */
function readReport(file: string): Uint8Array {
  if (!existsSync(file)) fail(`file not found: ${file}`);
  const st = statSync(file);
  if (!st.isFile()) fail(`not a regular file: ${file}`);
  if (st.size > MAX_BYTES) fail(`file is ${(st.size / 1024 / 1024).toFixed(1)} MB; the limit is 50 MB: ${file}`);
  const bytes = new Uint8Array(st.size);
  const fd = openSync(file, 'r');
  try {
    let off = 0;
    while (off < st.size) {
      const n = readSync(fd, bytes, off, st.size - off, off);
      if (n === 0) break;
      off += n;
    }
  } finally {
    closeSync(fd);
  }
  if (looksBinary(bytes)) fail(`not a text file (NUL bytes or control characters): ${file}`);
  return bytes;
}

function readJson<T>(path: string, fallback: T, warnings: string[]): T {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as T;
  } catch (e) {
    warnings.push(`could not read ${path.replace(root + '/', '')}: ${(e as Error).message}`);
    return fallback;
  }
}

function catalogue(warnings: string[]): Metric[] {
  const dir = join(root, 'data', 'metrics');
  const out = new Map<string, Metric>();
  for (const f of existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.json')).sort() : [])
    for (const m of readJson<Metric[]>(join(dir, f), [], warnings)) if (!out.has(m.id)) out.set(m.id, m);
  return [...out.values()];
}

const args = parseArgs(process.argv.slice(2));
const bytes = readReport(args.file);
const decoded = decodeText(bytes);
const text = decoded.text;
if (!text.trim()) fail(`the file holds no text: ${args.file}`);

const warnings: string[] = [];
const t2s = OpenCC.Converter({ from: 't', to: 'cn' });
const simplified = t2s(text);
let changed = 0;
if (simplified.length === text.length) {
  for (let i = 0; i < text.length; i++) if (text[i] !== simplified[i]) changed++;
} else {
  warnings.push('the simplified rendering changed the length of the text: matching on the text as written');
}
const cjk = (text.match(/[\u4e00-\u9fff]/g) ?? []).length;
const script = simplified.length === text.length && changed > Math.max(3, cjk * 0.02) ? 'traditional' : 'simplified';

const metrics = catalogue(warnings);
let indicators: readonly Indicator[] = [];
try {
  indicators = loadIndicatorCatalogue(join(root, 'data', 'indicators')).indicators;
} catch (e) {
  warnings.push(`indicator catalogue not used: ${(e as Error).message.split('\n')[0]}`);
}
const practices = readJson<Practice[]>(join(root, 'data', 'practices.json'), [], warnings);
const known = readJson<Jurisdiction[]>(join(root, 'data', 'jurisdictions.json'), [], warnings);
const jurisdiction = jurisdictionFor(args.jurisdiction, known);
const reportId = `${jurisdiction.id}-${args.year}`;
const firstLine = text.split('\n').map((l) => l.trim()).find((l) => /报告|報告/.test(l) && l.length <= 80 && !/[。;;]$/.test(l));
const title = args.title ?? firstLine ?? `${args.jurisdiction}${args.year}年法治政府建设报告`;

const input = { text, reportId, period: args.year, metrics, practices, indicators, level: jurisdiction.level };
const result = extractReport(script === 'traditional' ? { ...input, textSimplified: simplified } : input);
const doc = toDataset({
  jurisdiction, period: args.year, title, source: basename(args.file).slice(0, 300), script, text, indicators, practices, result, reportId,
  ...(script === 'traditional' ? { textSimplified: simplified } : {}),
});
const valid = validateDataset(doc);
if (!valid.ok) fail(`the extracted dataset is invalid (a bug):\n- ${valid.errors.slice(0, 20).map((e) => `${formatPath(e.path)}: ${e.message}`).join('\n- ')}`);

const json = JSON.stringify(doc, null, 2) + '\n';
const how = decoded.encoding === 'utf-8' ? (decoded.bom ? 'UTF-8 with BOM' : 'UTF-8') : decoded.encoding.toUpperCase();
const byCategory = new Map<string, number>();
for (const o of result.observations) byCategory.set(o.category, (byCategory.get(o.category) ?? 0) + 1);
const summary = [
  `encoding: ${how} (detected${decoded.scores ? `; scores gb18030 ${decoded.scores.gb18030?.toFixed(2)}, big5 ${decoded.scores.big5?.toFixed(2)}` : ''})${decoded.replaced ? `, ${decoded.replaced} undecodable byte sequence(s) replaced` : ''}`,
  `script: ${script}; ${text.length} characters`,
  `jurisdiction: ${jurisdiction.name.zh} (${jurisdiction.id}); report ${reportId}`,
  `observations: ${result.observations.length}${byCategory.size ? ` (${[...byCategory].map(([c, n]) => `${c} ${n}`).join(', ')})` : ''}`,
  `with a catalogue indicator: ${result.observations.filter((o) => !o.indicator.endsWith('.unclassified')).length} of ${result.observations.length}`,
  `practice mentions: ${result.mentions.length}`,
  ...[...warnings, ...result.warnings].map((w) => `warning: ${w}`),
];
if (args.out) {
  try {
    writeFileSync(args.out, json);
  } catch (e) {
    fail(`cannot write ${args.out}: ${(e as Error).message}`);
  }
  console.log([...summary, `wrote ${args.out}`].join('\n'));
} else {
  // a closed pipe (| head) is not an error of ours
  process.stdout.on('error', (e: NodeJS.ErrnoException) => process.exit(e.code === 'EPIPE' ? 0 : 1));
  process.stdout.write(json);
  console.error(summary.join('\n'));
}
