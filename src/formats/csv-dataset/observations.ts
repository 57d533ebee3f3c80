/**
 * Observation rows → observations. A quote's offset is given (with report_text), found in report_text, or, in the
 * quote-only form, where the quote stands in the text made of the report's distinct quotes.
 */
import { str, type Entity, type ObsRow } from './entities';
import type { CsvIssues } from './issues';
import type { NumberCells } from './numbers';
import { dropUndefined, optBilingual } from './shape';

/** Per report without report_text: its distinct quotes in order, each with its offset in the joined text. */
export type QuoteOnlyTexts = Map<string, Map<string, number>>;

/** The texts of the quote-only reports: the distinct quotes joined by "\n". */
export function quoteOnlyTexts(obs: readonly ObsRow[], reports: Map<string, Entity>): QuoteOnlyTexts {
  const quoteOnly: QuoteOnlyTexts = new Map();
  const textLength = new Map<string, number>();
  for (const o of obs) {
    const rid = o.cells.get('report_id')!;
    const r = reports.get(rid)!;
    if (str(r, 'report_text') !== undefined) continue;
    let quotes = quoteOnly.get(rid);
    if (!quotes) quoteOnly.set(rid, (quotes = new Map()));
    const q = o.cells.get('quote');
    if (q === undefined || quotes.has(q)) continue;
    const at = textLength.get(rid) ?? 0;
    quotes.set(q, at);
    textLength.set(rid, at + q.length + 1);
  }
  return quoteOnly;
}

/** What the observations are read against. */
export interface ObservationContext {
  reports: Map<string, Entity>;
  quoteOnly: QuoteOnlyTexts;
  numbers: NumberCells;
  issues: CsvIssues;
}

export function observationList(obs: readonly ObsRow[], ctx: ObservationContext) {
  const { numbers } = ctx;
  return obs.map(({ row, cells }) => {
    const rid = cells.get('report_id')!;
    const quote = cells.get('quote');
    const offset = quoteOffset(ctx, row, cells, rid, quote);
    return dropUndefined({
      id: cells.get('observation_id') ?? `row-${row}`,
      report: rid,
      metric: cells.get('metric_id'),
      period: numbers.read(cells.get('period'), row, 'period', true),
      value: numbers.read(cells.get('value'), row, 'value', false),
      qualifier: cells.get('qualifier') ?? 'exact',
      valueMax: numbers.read(cells.get('value_max'), row, 'value_max', false),
      quote,
      offset: offset ?? (numbers.bad.has(`${row}:quote`) ? 0 : undefined),
      figure: cells.get('figure'),
      note: optBilingual(cells.get('note_zh'), cells.get('note_en')),
    });
  });
}

/** Where the row's quote stands in its report's text; undefined when it cannot be told (the schema says so). */
function quoteOffset(
  { reports, quoteOnly, numbers, issues }: ObservationContext,
  row: number,
  cells: ObsRow['cells'],
  rid: string,
  quote: string | undefined,
): number | undefined {
  const reportText = str(reports.get(rid)!, 'report_text');
  const offsetCell = cells.get('offset');
  if (reportText === undefined) {
    if (offsetCell !== undefined)
      issues.push('offset_without_text', '"offset" needs "report_text"; leave it empty in the quote-only form', {
        row,
        column: 'offset',
      });
    return quote === undefined ? undefined : quoteOnly.get(rid)?.get(quote);
  }
  if (offsetCell !== undefined) return numbers.read(offsetCell, row, 'offset', true);
  if (quote === undefined) return undefined;
  const at = reportText.indexOf(quote);
  if (at >= 0) return at;
  numbers.bad.add(`${row}:quote`);
  issues.push('quote_not_in_text', `the quote does not stand in the text of report "${rid.slice(0, 80)}"`, {
    row,
    column: 'quote',
    report: rid.slice(0, 80),
  });
  return undefined;
}
