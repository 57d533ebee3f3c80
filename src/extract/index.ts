/**
 * extractReport: proposes the figures of a report's text as candidate observations, each with its area, its
 * indicator from the indicator catalogue (or `<area>.unclassified`), its unit and kind, and the app metric the
 * lexicon recognises; and finds the practices the text names.
 * It reads the document, not just the sentence: headings set the area of what follows (outline.ts), a subject
 * carries into 其中…/分别为… (relations.ts), a rate pairs with the count it comes from, a comparison base (较2022年558件)
 * is that year's value of the measure just stated, a change is the change of its measure (`<id>.change`), and a
 * flattened table is read row by row under its header (tables.ts). Figures that are not the place's own work in the
 * period (higher levels, plans and targets, ranks, dates, numbers in names) are skipped.
 * Pure: works on strings only. Matching runs on the simplified, half-width rendering; quotes, figures and
 * offsets refer to the text as written. Every step is a pass over the text or bounded work per figure.
 */
import { unclassifiedIndicatorId } from '../model/indicators';
import type { Metric } from '../model/schema';
import { toHalfWidth } from '../model/numbers';
import { findMentions } from '../model/practices';
import { mapBack, stripAnnotations } from './annotations';
import { candidateOf, type Info, type Relations, type TextFacts } from './candidate';
import { pairedCategories } from './coordination';
import { figureContext, stopsOf, type FigureContext, type TextStops } from './context';
import { adjacent, groupNames, phraseStartOf } from './document';
import { termHits, vocabularyOf } from './vocabulary';
import { keywordHits } from './keywords';
import { outlineOf, type Outline } from './outline';
import { chromeLines, inSpans, isPlanSentence, planStart, quotedSpans, spanAt } from './regions';
import { carryMarker, comparisonBase, sharedNames } from './relations';
import { scanFigures } from './scan';
import { higherLevelClause, ownRank } from './scope';
import { skipReason, targetClause } from './skip';
import { reportingDepartment } from './department';
import { tableFigures } from './tables';
import { textWarnings } from './quote';
import { unclassifiedId, type Candidate, type ExtractInput, type ExtractResult, type RawFigure, type Span } from './types';

export type { Candidate, ExtractInput, ExtractResult } from './types';

/** The text prepared once: the matching rendering and every region and word list the figures are read against. */
interface Prepared extends TextFacts {
  chrome: Span[];
  plan: number;
  outline: Outline;
  stops: TextStops;
  own: ReturnType<typeof ownRank>;
  /** scanned figures and table cells, by position */
  raws: RawFigure[];
}

function prepare(input: ExtractInput, matching: string): Prepared {
  const hay = toHalfWidth(matching);
  const quoted = quotedSpans(hay);
  const vocab = input.indicators?.length ? vocabularyOf(input.indicators) : null;
  const tables = tableFigures(hay);
  return {
    input,
    hay,
    quoted,
    kwHits: keywordHits(hay),
    vocab,
    // words inside the title of a document (《关于……的通知》) name the document, not a figure
    tHits: vocab ? termHits(vocab, hay).filter((h) => !insideTitle(hay, quoted, h)) : [],
    catalogue: new Map<string, Metric>(input.metrics.map((m) => [m.id, m])),
    department: reportingDepartment(hay),
    chrome: chromeLines(hay),
    plan: planStart(hay, input.period),
    outline: outlineOf(hay),
    stops: stopsOf(hay),
    own: ownRank(hay, input.level),
    raws: [...scanFigures(hay).filter((r) => !inSpans(tables.spans, r.numStart, 100_000)), ...tables.figures].sort((a, b) => a.start - b.start),
  };
}

function insideTitle(hay: string, quoted: readonly Span[], h: Span): boolean {
  const q = spanAt(quoted, h.start);
  return q !== null && h.end <= q.end && (hay[q.start] === '《' || hay[q.start] === '〈');
}

/** Why a raw figure is left out before its context is read: web-page chrome, a name or title, a rank, the plans part. */
function outright(p: Prepared, raw: RawFigure): 'skip' | 'plan' | null {
  if (inSpans(p.chrome, raw.numStart)) return 'skip';
  // a number inside a name or title is part of the name; a quote that holds just the figure (“双百”) is emphasis
  const q = spanAt(p.quoted, raw.numStart);
  if (q && !(q.start + 1 === raw.start && q.end - 1 === raw.end)) return 'skip';
  if (p.plan >= 0 && raw.numStart >= p.plan) return 'plan';
  // ranks and positions (排名第二, 位列全省第一) are not figures of the place's work
  return raw.special === 'rank' ? 'skip' : null;
}

/** Why a figure is left out by its sentence and clause: a plan or target, not a figure, a higher level's figure. */
function byContext(p: Prepared, raw: RawFigure, ctx: FigureContext, sentence: string): 'skip' | 'plan' | null {
  if (isPlanSentence(sentence, p.input.period) || targetClause(p.hay, ctx.clause.start, raw.start, raw.end)) return 'plan';
  if (skipReason(p.hay, raw, ctx.clause.start)) return 'skip';
  return higherLevelClause(p.hay, ctx.sentence.start, ctx.clause.start, raw.start, p.own) ? 'skip' : null;
}

export function extractReport(input: ExtractInput): ExtractResult {
  const { text } = input;
  const warnings: string[] = [];
  let matching = input.textSimplified ?? text;
  if (matching.length !== text.length) {
    warnings.push('textSimplified differs in length from text: matched on the text as written');
    matching = text;
  }
  // pinyin written after characters (建設(shè)) is read past: figures are found without it and mapped back
  const stripped = stripAnnotations(text, matching);
  const p = prepare(stripped ? { ...input, text: stripped.text } : input, stripped ? stripped.matching : matching);
  const read = readFigures(p);
  const observations = stripped ? read.observations.map((c) => mapBack(c, stripped, text)) : read.observations;
  if (stripped) warnings.push(`read past ${text.length - stripped.text.length} character(s) of pinyin written after characters`);
  if (p.chrome.length) warnings.push(`skipped ${p.chrome.length} web-page line(s) (navigation, share/print buttons, page dates)`);
  if (p.plan >= 0) warnings.push(`the text turns to plans at offset ${stripped ? stripped.at[p.plan] : p.plan}: figures from there on were not extracted`);
  else if (read.planSkipped) warnings.push(`${read.planSkipped} figure(s) in plan or target sentences were not extracted`);
  warnings.push(...textWarnings(toHalfWidth(matching)));
  if (!observations.length) warnings.push('no figures found in the text');
  const simplified = matching === text ? undefined : matching;
  const mentions = findMentions([{ id: input.reportId, text, textSimplified: simplified }], input.practices);
  return { observations, mentions, warnings };
}

/** The figures in text order, each read with what the document says about it. */
function readFigures(p: Prepared): { observations: Candidate[]; planSkipped: number } {
  const { hay, raws } = p;
  const names = groupNames(hay, raws);
  const observations: Candidate[] = [];
  let planSkipped = 0;
  // a group: a figure and the ones joined to it (34.01%和30.06%); the areas named before it may pair with them
  let group: Info[] = [];
  let groupClause = '';
  let groupPhrase = -1;
  const closeGroup = () => {
    pairedCategories(groupClause, group.length)?.forEach((c, i) => group[i]!.recategorise(c));
    group = [];
  };
  let prev: Info | undefined;
  let parent: Info | undefined;
  for (const [k, raw] of raws.entries()) {
    let why = outright(p, raw);
    const ctx = why ? null : figureContext(hay, p.outline, p.stops, raw.start, raw.end);
    const sentence = ctx ? hay.slice(ctx.sentence.start, ctx.sentence.end) : '';
    if (ctx) why = byContext(p, raw, ctx, sentence);
    if (why === 'plan') planSkipped++;
    if (why || !ctx) continue;
    // figures joined by 和/、 share the phrase before the first of them (发案量同比下降34.01%和30.06%)
    const phraseStart = raw.joined && groupPhrase >= 0 ? groupPhrase : phraseStartOf(hay, raw.start, k > 0 ? raws[k - 1]!.end : -1);
    if (!raw.joined) groupPhrase = phraseStart;
    const rel = relationsOf(p, raw, ctx, { phraseStart, name: names.get(k), prev, parent });
    if (k > 0 && phraseStart === raws[k - 1]!.end) rel.afterFigure = true;
    const info = candidateOf(p, raw, ctx, sentence, rel);
    if (!info) continue;
    if (!raw.joined) {
      closeGroup();
      groupClause = ctx.clauseBefore;
    }
    group.push(info);
    observations.push(info.c, ...sharedCopies(p, raw, ctx, sentence, rel, info));
    prev = info;
    if (!rel.parent && rel.basePeriod === undefined) parent = info;
  }
  closeGroup();
  return { observations, planSkipped };
}

function relationsOf(
  p: Prepared,
  raw: RawFigure,
  ctx: FigureContext,
  at: { phraseStart: number; name: Span | undefined; prev: Info | undefined; parent: Info | undefined },
): Relations {
  const rel: Relations = { phraseStart: at.phraseStart };
  if (at.name) rel.name = at.name;
  if (raw.cell) rel.cell = raw.cell;
  const { prev, parent } = at;
  if (prev && (prev.sentence.start === ctx.sentence.start || adjacent(p.hay, prev.sentence, ctx.sentence))) rel.prev = prev;
  if (parent && carryMarker(p.hay, parent.end, raw.start) >= 0) rel.parent = parent;
  const base = comparisonBase(p.hay, raw.start, p.input.period);
  if (base !== null && rel.prev) rel.basePeriod = base;
  // "比上年的12件增加3件": a count right after a comparison base, with a change verb between, is the change
  const verb = /(增加|增长|减少|下降)了?$/.exec(p.hay.slice(Math.max(0, raw.start - 3), raw.start));
  if (verb && !raw.change && prev?.based && prev.end <= raw.start && raw.start - prev.end <= verb[0].length) {
    raw.start -= verb[0].length;
    raw.change = /减少|下降/.test(verb[1]!) ? 'decrease' : 'increase';
  }
  return rel;
}

/** "A率和B率均达到100%", "参考率、合格率“双百”": one figure, two measures — one candidate each, with its own name. */
function sharedCopies(p: Prepared, raw: RawFigure, ctx: FigureContext, sentence: string, rel: Relations, info: Info): Candidate[] {
  const shared = sharedNames(p.hay, ctx.sentence.start, raw.start);
  if (!shared) {
    if (raw.special !== 'both_full') return [];
    return [{ ...info.c, metric: unclassifiedId(info.c.category), indicator: unclassifiedIndicatorId(info.c.category) }];
  }
  const first = candidateOf(p, raw, ctx, sentence, { ...rel, name: shared[0]! });
  if (first) Object.assign(info.c, { indicator: first.c.indicator, category: first.c.category, metric: first.c.metric });
  const out: Candidate[] = [];
  for (const n of shared.slice(1)) {
    const copy = candidateOf(p, raw, ctx, sentence, { ...rel, name: n });
    if (copy) out.push({ ...copy.c, metric: unclassifiedId(copy.c.category) });
  }
  return out;
}
