/** What the add-report steps hand each other: the text a person gave, and what was extracted from it. */
import { extractReport, type ExtractResult } from '../../extract';
import { jurisdictionFor } from '../../extract/to-dataset';
import type { Catalog } from '../../model/catalog';
import type { Indicator } from '../../model/indicators';
import type { Jurisdiction, Report, Script } from '../../model/schema';
import { initialRows, type ReviewRow } from './review';
import { applyRemembered, type LearnedWording } from './wording-match';

/** The report as typed or dropped, before extraction. */
export interface Draft {
  name: string;
  year: number;
  title: string;
  text: string;
  source: string;
  encoding: string;
  /** the jurisdiction the place field settled on (else one is found or made for `name`) */
  jurisdiction?: Jurisdiction;
  /** the file the text was read from (name, format, size, sha-256) */
  file?: Report['file'];
  /** the publication date the file states */
  published?: string;
}

/** A draft with its jurisdiction, script and the extractor's candidates: what the review step shows. */
export interface Extraction {
  draft: Draft;
  jurisdiction: Jurisdiction;
  script: Script;
  textSimplified?: string | undefined;
  result: ExtractResult;
  reportId: string;
  /** the indicator catalogue the figures were mapped to (empty when it could not be loaded) */
  indicators: readonly Indicator[];
}

/** What extraction needs of the store's catalogue (a worker receives just this). */
export type ExtractCatalog = Pick<Catalog, 'metrics' | 'metricById' | 'practices' | 'jurisdictions'>;

/** The text wordings are read in: the simplified rendering of a traditional text, else the text. */
export const matchTextOf = (x: Extraction): string => x.textSimplified ?? x.draft.text;

/**
 * Extracts a draft's figures against the indicator catalogue, then applies the remembered wordings (before the
 * extractor's own guess). A report-specific figure remembered keeps the name it was saved with in the store.
 */
export function extractDraft(
  draft: Draft,
  script: Script,
  textSimplified: string | undefined,
  ctx: { catalog: ExtractCatalog; indicators: readonly Indicator[]; remembered: readonly LearnedWording[] },
): { extraction: Extraction; rows: ReviewRow[] } {
  const jurisdiction = draft.jurisdiction ?? jurisdictionFor(draft.name, ctx.catalog.jurisdictions);
  const reportId = `${jurisdiction.id}.${draft.year}`.replace(/[^A-Za-z0-9_.:-]/g, '_');
  const input = {
    text: draft.text,
    reportId,
    period: draft.year,
    metrics: ctx.catalog.metrics,
    practices: ctx.catalog.practices,
    indicators: ctx.indicators,
    level: jurisdiction.level,
  };
  const result = extractReport(textSimplified ? { ...input, textSimplified } : input);
  const extraction: Extraction = { draft, jurisdiction, script, textSimplified, result, reportId, indicators: ctx.indicators };
  const rows = applyRemembered(initialRows(result.observations), ctx.remembered, matchTextOf(extraction), {
    indicators: ctx.indicators,
    nameOf: (id) => ctx.catalog.metricById.get(id)?.name,
  });
  return { extraction, rows };
}
