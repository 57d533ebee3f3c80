/**
 * The batch worker: reads each file (text in any encoding, web pages, Word, PDF, archives), proposes the report's
 * place and year from its opening against the gazetteer, and extracts its figures against the indicator catalogue,
 * posting each step as it is done, so that the page stays responsive however large the batch. A long text posts the
 * figures of its opening first. Stopped by the page (terminate) to cancel: it writes nothing anywhere.
 */
/// <reference lib="webworker" />
import { htmlToReport, readDocuments } from '../../../formats/documents';
import type { DocumentProblem, ReadDocument } from '../../../formats/documents/types';
import { MAX_TEXT_CHARS } from '../../../formats/report-text';
import type { Gazetteer } from '../../../model/gazetteer';
import type { Jurisdiction, Metric } from '../../../model/schema';
import { jurisdictionForPlace } from '../../../extract/to-dataset';
import { fetchPlaces } from '../../../reads/fetch-places';
import { extractDraft, type Draft, type ExtractCatalog } from '../extraction';
import { proposeFrom, titleOf } from '../place-field';
import { loadToSimplified } from '../../../model/to-simplified';
import { sampledScript, simplifiedRendering } from '../to-simplified';
import type { BatchEvent, BatchRequest, PasteInput, ReportText, WorkerContext } from './batch-protocol';
import type { BatchProposal, BatchReport, ExtractedReport } from './engine-types';
import { splitExtracted } from './message-pages';
import { splitOpening } from './opening';

declare const self: DedicatedWorkerGlobalScope;

const post = (e: BatchEvent) => self.postMessage(e);

/** Posts an extraction, a long one in pages ahead of it (no single message takes the page long to receive). */
function postExtracted(x: ExtractedReport, e: (x: ExtractedReport) => BatchEvent): void {
  const { pages, rest } = splitExtracted(x);
  for (const page of pages) post({ type: 'page', page });
  post(e(rest));
}

let places: Promise<Gazetteer | null> | null = null;
/** The gazetteer, once per worker; without it (a failed fetch) nothing is proposed. */
const gazetteerOf = (baseUrl: string) => (places ??= fetchPlaces(baseUrl).catch(() => null));

const catalogs = new WeakMap<WorkerContext, ExtractCatalog>();
function catalogOf(ctx: WorkerContext): ExtractCatalog {
  let c = catalogs.get(ctx);
  if (!c) catalogs.set(ctx, (c = { metrics: ctx.metrics, practices: ctx.practices, jurisdictions: ctx.jurisdictions, metricById: new Map<string, Metric>(ctx.metrics.map((m) => [m.id, m])) }));
  return c;
}

async function sha256Text(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

async function propose(text: string, ctx: WorkerContext, title: string | undefined): Promise<BatchProposal> {
  const g = await gazetteerOf(ctx.baseUrl);
  const t = title ?? titleOf(text);
  const base = t ? { title: t } : {};
  if (!g) return { kind: 'none', places: [], ...base };
  const toSimplified = await loadToSimplified().catch(() => undefined);
  // the file's title first (a web page's <title>, a document's first paragraph), then the text's opening
  const p = proposeFrom(g, title ? `${title}\n${text.slice(0, 400)}` : text, toSimplified);
  const extra = { ...base, ...(p.year !== undefined ? { year: p.year } : {}), ...(p.match ? { match: p.match } : {}) };
  if (p.place.kind === 'found') {
    const { pick } = p.place;
    return { kind: 'found', places: [pick.place], jurisdiction: jurisdictionForPlace(pick, g, ctx.jurisdictions), ...(pick.department ? { department: pick.department } : {}), ...extra };
  }
  if (p.place.kind === 'ambiguous') return { kind: 'ambiguous', places: p.place.candidates, ...(p.place.department ? { department: p.place.department } : {}), ...extra };
  return { kind: 'none', places: [], ...extra };
}

const problem = (file: string, code: DocumentProblem['code'], message: string, params?: DocumentProblem['params']): DocumentProblem => ({ file, code, message, ...(params ? { params } : {}) });

const yearNow = () => new Date().getFullYear() - 1;

/** The draft a report is extracted as: the place and year proposed (or given), else placeholders a person must settle. */
function draftOf(r: ReportText, jurisdiction: Jurisdiction | undefined, year: number, title: string): Draft {
  return {
    name: jurisdiction?.name.zh ?? '未确定地区',
    ...(jurisdiction ? { jurisdiction } : {}),
    year,
    title,
    text: r.text,
    source: r.file,
    encoding: r.encoding ?? (r.kind === 'paste' ? 'pasted' : r.kind),
    ...(r.kind !== 'paste' || r.bytes ? { file: { name: r.file, kind: r.kind, bytes: r.bytes, sha256: r.sha256 } } : {}),
    ...(r.published ? { published: r.published } : {}),
  };
}

/** What is posted: the extraction without its text and catalogue (the page has both); `withSimplified` keeps the simplified rendering (made here after the report was posted). */
function posted(key: string, x: ReturnType<typeof extractDraft>, rows = x.rows, withSimplified = false): ExtractedReport {
  const { textSimplified, ...extraction } = x.extraction;
  const draft = { ...extraction.draft, text: '' };
  return { key, extraction: { ...extraction, draft, indicators: [], ...(withSimplified && textSimplified ? { textSimplified } : {}) }, rows };
}

/**
 * Extracts one report, posting the figures of its opening first when the text is long (its whole text is read
 * next, and only the figures after the opening are posted then). A long traditional text without its simplified
 * rendering gets it here: the opening's first, then the whole text's, posted with the last part.
 */
async function extract(r: ReportText, draft: Draft, ctx: WorkerContext, onPart: (x: ExtractedReport, partial: boolean) => void, stream = true) {
  const catalog = catalogOf(ctx);
  const run = (d: Draft, simplified: string | undefined) => extractDraft(d, r.script, simplified, { catalog, indicators: ctx.indicators, remembered: ctx.remembered });
  const convert = r.script === 'traditional' && !r.textSimplified ? await loadToSimplified() : null;
  const opening = stream ? splitOpening(r.text) : r.text.length;
  if (opening < r.text.length) {
    const head = r.text.slice(0, opening);
    const headSimplified = convert ? convert(head) : r.textSimplified?.slice(0, opening);
    onPart(posted(r.key, run({ ...draft, text: head }, headSimplified)), true);
    const simplified = convert ? convert(r.text) : r.textSimplified;
    const all = run(draft, simplified);
    onPart(posted(r.key, all, all.rows.filter((row) => row.candidate.offset >= opening), convert !== null), false);
  } else {
    const simplified = convert ? convert(r.text) : r.textSimplified;
    onPart(posted(r.key, run(draft, simplified), undefined, convert !== null), false);
  }
}

async function reportOf(doc: Pick<ReadDocument, 'name' | 'sha256' | 'bytes' | 'text' | 'warnings' | 'title' | 'encoding' | 'published'> & { kind: BatchReport['kind'] }, n: number, ctx: WorkerContext, given?: PasteInput): Promise<{ report: BatchReport; title: string; published?: string } | DocumentProblem> {
  if (doc.text.trim() === '') return problem(doc.name, 'empty', 'the file has no text');
  if (doc.text.length > MAX_TEXT_CHARS) return problem(doc.name, 'too_large', `the text has ${doc.text.length} characters; the limit is ${MAX_TEXT_CHARS}`, { chars: doc.text.length, limit: MAX_TEXT_CHARS });
  // a long text's script is judged on slices of it; a traditional one is converted while its opening is extracted
  const long = splitOpening(doc.text) < doc.text.length;
  const { script, textSimplified } = long ? { script: await sampledScript(doc.text), textSimplified: undefined } : await simplifiedRendering(doc.text);
  const proposal = await propose(doc.text, ctx, doc.title);
  if (given?.jurisdiction) Object.assign(proposal, { kind: 'found', places: [], jurisdiction: given.jurisdiction });
  if (given?.year) proposal.year = given.year;
  if (given?.title) proposal.title = given.title;
  const textSha256 = doc.kind === 'paste' ? doc.sha256 : await sha256Text(doc.text);
  const report: BatchReport = {
    key: `${n}:${doc.sha256.slice(0, 12)}`,
    textSha256,
    file: doc.name,
    kind: doc.kind,
    sha256: doc.sha256,
    bytes: doc.bytes,
    ...(doc.encoding ? { encoding: doc.encoding } : {}),
    warnings: doc.warnings,
    text: doc.text,
    script,
    ...(textSimplified ? { textSimplified } : {}),
    proposal,
  };
  return { report, title: proposal.title ?? '', ...(doc.published ? { published: doc.published } : {}) };
}

async function handle(doc: Parameters<typeof reportOf>[0], n: number, ctx: WorkerContext, given?: PasteInput) {
  const r = await reportOf(doc, n, ctx, given);
  if ('code' in r) return post({ type: 'problem', problem: r });
  post({ type: 'report', report: r.report });
  const { report, title } = r;
  const year = report.proposal.year ?? yearNow();
  const text: ReportText = { ...report, ...(r.published ? { published: r.published } : {}) };
  await extract(text, draftOf(text, report.proposal.jurisdiction, year, title), ctx, (x, partial) => postExtracted(x, (rest) => ({ type: 'extracted', x: rest, partial })));
}

async function pasteDoc(paste: PasteInput) {
  let text = paste.text;
  let title: string | undefined;
  const warnings: ReadDocument['warnings'] = [];
  if (paste.html) {
    const h = await htmlToReport(paste.html, 'pasted.html');
    if (h.ok && h.doc.text.trim()) {
      text = h.doc.text;
      title = h.doc.title;
      warnings.push(...h.doc.warnings);
    }
  }
  const sha256 = await sha256Text(text);
  return { name: 'pasted.txt', kind: 'paste' as const, sha256, bytes: 0, text, warnings, ...(title ? { title } : {}) };
}

async function start(req: Extract<BatchRequest, { type: 'start' }>) {
  const { ctx } = req;
  void gazetteerOf(ctx.baseUrl);
  let n = 0;
  if (req.paste) {
    post({ type: 'progress', progress: { phase: 'extract', done: 0, total: 1, current: 'pasted.txt' } });
    await handle(await pasteDoc(req.paste), n, ctx, req.paste);
    post({ type: 'progress', progress: { phase: 'done', done: 1, total: 1 } });
    return;
  }
  const files = req.files;
  for (let i = 0; i < files.length; i++) {
    const file = files[i]!;
    post({ type: 'progress', progress: { phase: 'read', done: i, total: files.length, current: file.name } });
    const bytes = new Uint8Array(await file.arrayBuffer());
    const outcomes = await readDocuments({ name: file.name, bytes });
    for (const o of outcomes) {
      if (!o.ok) post({ type: 'problem', problem: o.problem });
      else {
        post({ type: 'progress', progress: { phase: 'extract', done: i, total: files.length, current: o.doc.name } });
        await handle(o.doc, n++, ctx);
      }
    }
  }
  post({ type: 'progress', progress: { phase: 'done', done: files.length, total: files.length } });
}

self.onmessage = (ev: MessageEvent<BatchRequest>) => {
  const req = ev.data;
  const run = async () => {
    if (req.type === 'start') {
      await start(req);
      post({ type: 'finished', outcome: 'done' });
    } else {
      const draft = draftOf(req.report, req.jurisdiction, req.year, req.title);
      await extract(req.report, draft, req.ctx, (x) => postExtracted(x, (rest) => ({ type: 'reextracted', x: rest })), false);
    }
  };
  run().catch((e: unknown) => {
    const error = e instanceof Error ? e.message : String(e);
    post(req.type === 'start' ? { type: 'finished', outcome: { error } } : { type: 'failed', error });
  });
};
