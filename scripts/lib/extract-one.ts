/**
 * One read report → its dataset for `npm run extract`: the script (simplified or traditional), the place and year
 * proposed from its title and first lines against the gazetteer (or given on the command line), the figures and
 * practice mentions extracted, and `toDataset`. A report without a place or a year is left out, with the reason.
 */
import * as OpenCC from 'opencc-js';
import { extractReport } from '../../src/extract/index';
import { jurisdictionFor, jurisdictionForPlace, toDataset } from '../../src/extract/to-dataset';
import type { ReadDocument } from '../../src/formats/documents/types';
import type { Gazetteer } from '../../src/model/gazetteer';
import type { Indicator } from '../../src/model/indicators';
import { proposePlace } from '../../src/model/place-propose';
import type { DatasetInput, Jurisdiction, Metric, Practice } from '../../src/model/schema';

export interface ExtractContext {
  gazetteer: Gazetteer;
  known: readonly Jurisdiction[];
  metrics: readonly Metric[];
  indicators: readonly Indicator[];
  practices: readonly Practice[];
  /** given on the command line: they take the place of what the report's opening proposes */
  jurisdiction?: string;
  year?: number;
  title?: string;
}

export type ExtractedReport =
  | { ok: true; doc: DatasetInput; place: string; year: number; figures: number; mapped: number; warnings: string[]; script: string }
  | { ok: false; reason: string };

const t2s = OpenCC.Converter({ from: 't', to: 'cn' });

/** Simplified or traditional, and the simplified rendering when it keeps the text's length. */
function scriptOf(text: string, warnings: string[]): { script: 'simplified' | 'traditional'; simplified?: string } {
  const simplified = t2s(text);
  if (simplified.length !== text.length) {
    warnings.push('the simplified rendering changed the length of the text: matching on the text as written');
    return { script: 'simplified' };
  }
  let changed = 0;
  for (let i = 0; i < text.length; i++) if (text[i] !== simplified[i]) changed++;
  const cjk = (text.match(/[\u4e00-\u9fff]/g) ?? []).length;
  return changed > Math.max(3, cjk * 0.02) ? { script: 'traditional', simplified } : { script: 'simplified' };
}

/** The report's place and year: given, else proposed from its title and opening. */
function placeAndYear(d: ReadDocument, ctx: ExtractContext): { jurisdiction: Jurisdiction; year: number } | { reason: string } {
  const head = d.title && !d.text.startsWith(d.title) ? `${d.title}\n${d.text}` : d.text;
  const p = proposePlace(ctx.gazetteer, head, { toSimplified: t2s, ...(ctx.year ? { year: ctx.year } : {}) });
  const year = ctx.year ?? p.year;
  let jurisdiction: Jurisdiction | undefined;
  if (ctx.jurisdiction) jurisdiction = jurisdictionFor(ctx.jurisdiction, ctx.known);
  else if (p.kind === 'found') jurisdiction = jurisdictionForPlace({ place: p.place, ...(p.department ? { department: p.department } : {}) }, ctx.gazetteer, ctx.known);
  const missing: string[] = [];
  if (!jurisdiction)
    missing.push(p.kind === 'ambiguous'
      ? `its place "${p.match}" could be ${p.candidates.slice(0, 4).map((c) => `${c.fullName} (${c.code ?? c.id})`).join(', ')}${p.candidates.length > 4 ? '…' : ''}: give --jurisdiction`
      : 'no place found in its title or first lines: give --jurisdiction');
  if (year === undefined) missing.push('no year found in its title or first lines: give --year');
  return jurisdiction && year !== undefined ? { jurisdiction, year } : { reason: missing.join('; ') };
}

export function extractOne(d: ReadDocument, ctx: ExtractContext, reportId: (base: string) => string): ExtractedReport {
  const where = placeAndYear(d, ctx);
  if ('reason' in where) return { ok: false, reason: where.reason };
  const { jurisdiction, year } = where;
  const warnings: string[] = d.warnings.map((w) => w.message);
  const { script, simplified } = scriptOf(d.text, warnings);
  const id = reportId(`${jurisdiction.id}-${year}`);
  const title = ctx.title ?? d.title ?? `${jurisdiction.name.zh}${year}年法治政府建设报告`;
  const input = { text: d.text, reportId: id, period: year, metrics: [...ctx.metrics], practices: [...ctx.practices], indicators: ctx.indicators, level: jurisdiction.level };
  const result = extractReport(simplified ? { ...input, textSimplified: simplified } : input);
  const doc = toDataset({
    jurisdiction, period: year, title, source: d.name.slice(-300), script, text: d.text, indicators: ctx.indicators, practices: ctx.practices, result, reportId: id,
    ...(simplified ? { textSimplified: simplified } : {}),
  });
  const report = doc.reports[0]!;
  report.file = { name: d.name.slice(-300), kind: d.kind, bytes: d.bytes, sha256: d.sha256 };
  if (d.published) report.published = d.published;
  const mapped = result.observations.filter((o) => !o.indicator.endsWith('.unclassified')).length;
  return {
    ok: true, doc, place: `${jurisdiction.name.zh}${jurisdiction.code ? ` ${jurisdiction.code}` : ''}`, year, script,
    figures: result.observations.length, mapped, warnings: [...warnings, ...result.warnings],
  };
}
