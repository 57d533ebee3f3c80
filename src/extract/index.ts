/**
 * extractReport: proposes the figures of a report's text as candidate observations, with the metric the
 * lexicon recognises (or `<category>.unclassified`), and finds the practices the text names.
 * Pure: works on strings only. Matching runs on the simplified, half-width rendering; quotes, figures and
 * offsets refer to the text as written.
 */
import type { Metric } from '../model/schema';
import { parseFigure, toHalfWidth } from '../model/numbers';
import { findMentions } from '../model/practices';
import { classify } from './classify';
import { pairedCategories, sharedCount } from './coordination';
import { figureContext, lines } from './context';
import { matchRule } from './lexicon';
import { periodOf } from './period';
import { chromeLines, inSpans, isPlanSentence, planStart, quotedSpans, spanAt } from './regions';
import { scanFigures } from './scan';
import { skipReason } from './skip';
import { quoteFor, textWarnings } from './quote';
import { unclassifiedId, type Candidate, type ExtractInput, type ExtractResult, type RawFigure, type Span } from './types';

export type { Candidate, ExtractInput, ExtractResult } from './types';

const round2 = (x: number): number => Math.round(x * 100) / 100;

function recategorise(c: Candidate, category: Candidate['category'], catalogue: ReadonlyMap<string, Metric>): void {
  if (c.category === category) return;
  c.category = category;
  if (catalogue.get(c.metric)?.category !== category) c.metric = unclassifiedId(category);
}

export function extractReport(input: ExtractInput): ExtractResult {
  const { text, period } = input;
  const warnings: string[] = [];
  let matching = input.textSimplified ?? text;
  if (matching.length !== text.length) {
    warnings.push('textSimplified differs in length from text: matched on the text as written');
    matching = text;
  }
  const hay = toHalfWidth(matching);
  const chrome = chromeLines(hay);
  const quoted = quotedSpans(hay);
  const plan = planStart(hay, period);
  const allLines = lines(hay);
  const catalogue = new Map<string, Metric>(input.metrics.map((m) => [m.id, m]));
  const observations: Candidate[] = [];
  let planSkipped = 0;

  // a group: a figure and the ones joined to it (34.01%和30.06%); the areas named before it may pair with them
  let group: Candidate[] = [];
  let groupClause = '';
  const closeGroup = () => {
    const cats = pairedCategories(groupClause, group.length);
    cats?.forEach((c, i) => recategorise(group[i]!, c, catalogue));
    group = [];
  };
  for (const raw of scanFigures(hay)) {
    if (inSpans(chrome, raw.numStart)) continue;
    // a number inside a name or title is part of the name; a quote that holds just the figure (“双百”) is emphasis
    const q = spanAt(quoted, raw.numStart);
    if (q && !(q.start + 1 === raw.start && q.end - 1 === raw.end)) continue;
    if (plan >= 0 && raw.numStart >= plan) {
      planSkipped++;
      continue;
    }
    const ctx = figureContext(hay, allLines, raw.start, raw.end);
    const sentence = hay.slice(ctx.sentence.start, ctx.sentence.end);
    if (isPlanSentence(sentence, period)) {
      planSkipped++;
      continue;
    }
    if (skipReason(hay, raw, ctx.clause.start)) continue;
    const c = candidateOf(input, hay, raw, ctx, sentence, catalogue, quoted);
    if (!c) continue;
    if (!raw.joined) {
      closeGroup();
      groupClause = ctx.clauseBefore;
    }
    group.push(c);
    observations.push(c);
    // "A率和B率均达到100%": one figure, two measures
    const shared = raw.special === 'both_full' ? 2 : sharedCount(ctx.sentenceBefore + ctx.clauseBefore);
    for (let k = shared; k > 1; k--) observations.push({ ...c, metric: unclassifiedId(c.category) });
  }
  closeGroup();

  if (chrome.length) warnings.push(`skipped ${chrome.length} web-page line(s) (navigation, share/print buttons, page dates)`);
  if (plan >= 0) warnings.push(`the text turns to plans at offset ${plan}: figures from there on were not extracted`);
  else if (planSkipped) warnings.push(`${planSkipped} figure(s) in plan or target sentences were not extracted`);
  warnings.push(...textWarnings(hay));
  if (!observations.length) warnings.push('no figures found in the text');
  const simplified = matching === text ? undefined : matching;
  const mentions = findMentions([{ id: input.reportId, text, textSimplified: simplified }], input.practices);
  return { observations, mentions, warnings };
}

function candidateOf(
  input: ExtractInput,
  hay: string,
  raw: RawFigure,
  ctx: ReturnType<typeof figureContext>,
  sentence: string,
  catalogue: ReadonlyMap<string, Metric>,
  quoted: readonly Span[],
): Candidate | null {
  const figure = input.text.slice(raw.start, raw.end);
  const parsed = parseFigure(figure);
  if (!parsed) return null;
  let { value, valueMax, qualifier } = parsed;
  // 同比下降34.01%和30.06%: the second figure is a decrease although its own words do not say so
  if (raw.changeCarried && raw.change === 'decrease' && value > 0) {
    value = -value;
    if (valueMax !== undefined) [value, valueMax] = [-valueMax, value];
    if (qualifier === 'at_least') qualifier = 'at_most';
    else if (qualifier === 'at_most') qualifier = 'at_least';
  }
  const cls = classify(ctx);
  const rule = matchRule({
    near: ctx.clauseBefore,
    before: ctx.sentenceBefore + ctx.clauseBefore,
    change: raw.change !== null,
    clause: ctx.clauseBefore + hay.slice(raw.start, raw.end) + ctx.clauseAfter,
    sentence,
    unit: raw.unit,
    percent: parsed.percent,
    money: parsed.money,
  });
  const category = rule?.category ?? cls.category;
  const found = rule ? catalogue.get(rule.metric) : undefined;
  const known = found && found.category === category ? found : undefined;
  const metric = known ? known.id : unclassifiedId(category);

  let confidence = 0.45 + 0.2 * cls.margin + (cls.local ? 0.1 : 0);
  if (rule) confidence += known ? 0.2 : 0.1;
  if (raw.chinese) confidence -= 0.15;
  if (raw.changeCarried) confidence -= 0.1;
  if (raw.unit === '个' || raw.unit === '项') confidence -= 0.05;

  const q = quoteFor(input.text, raw.start, raw.end);
  const out: Candidate = {
    category,
    metric,
    value,
    qualifier,
    period: periodOf(hay, ctx.sentence.start, raw.start, input.period, quoted),
    quote: q.text,
    offset: q.offset,
    figure,
    confidence: round2(Math.max(0.05, Math.min(0.99, confidence))),
  };
  if (valueMax !== undefined) out.valueMax = valueMax;
  return out;
}
