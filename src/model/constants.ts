/**
 * The fixed vocabularies of the dataset format, without zod, so that the main bundle can use them
 * without loading the schema library (the schema in schema.ts is built from these).
 */
export const FORMAT = 'rol-compare/dataset' as const;
export const FORMAT_VERSION = 2 as const;
/** Earlier versions that still import: migrated on import (src/formats/migrate.ts, docs/dataset-format.md). */
export const OLDER_FORMAT_VERSIONS = [1] as const;

export const CATEGORIES = [
  'reconsideration',
  'litigation',
  'mediation',
  'licensing',
  'regulation',
  'enforcement',
  'legal_services',
  'publicity',
  'rulemaking',
  'oversight',
  'hotline',
  'credit',
  'capacity',
  'digital_government',
] as const;
export const LEVELS = ['province', 'city', 'district', 'county', 'zone'] as const;
export const KINDS = ['count', 'rate', 'change', 'amount', 'duration', 'index'] as const;
export const BETTER = ['higher', 'lower', 'neutral'] as const;
export const QUALIFIERS = ['exact', 'at_least', 'at_most', 'approx', 'range'] as const;
export const SCRIPTS = ['simplified', 'traditional'] as const;
/** The formats a report's text was read from (a paste is text typed or pasted). */
export const REPORT_FILE_KINDS = ['text', 'html', 'docx', 'pdf', 'paste'] as const;
export const DERIVED_FORMULAS = ['ratio_pct', 'difference', 'sum'] as const;
/**
 * Why a figure is not like-for-like with its indicator's definition (an observation's `caveats`):
 * cumulative — accumulated since a start (累计) where the indicator counts a year; as_of — a count up to a date
 * inside the year (截至9月底); own_level — the government's own level only (本级) where the indicator counts the
 * whole area, or whole_area the other way round; partial — a part of what the indicator counts (成功调处 only,
 * 特殊群体 only); basis — counted on another basis or over an unstated denominator; year_assumed — the text gives no
 * year, the report's year is assumed; other.
 */
export const CAVEAT_KINDS = ['cumulative', 'as_of', 'own_level', 'whole_area', 'partial', 'basis', 'year_assumed', 'other'] as const;
export const COMPARABILITY_SCOPES = ['whole_area', 'own_level'] as const;
export const COMPARABILITY_PERIODS = ['annual', 'cumulative', 'point'] as const;


export type Category = (typeof CATEGORIES)[number];
export type Level = (typeof LEVELS)[number];
export type MetricKind = (typeof KINDS)[number];
export type Better = (typeof BETTER)[number];
export type Qualifier = (typeof QUALIFIERS)[number];
export type Script = (typeof SCRIPTS)[number];
export type CaveatKind = (typeof CAVEAT_KINDS)[number];

/** How the composite makes metrics of different units comparable, and what it does with a missing figure. */
export const NORMALISATIONS = ['minmax', 'rank', 'zscore'] as const;
export type Normalisation = (typeof NORMALISATIONS)[number];
export const MISSING_POLICIES = ['exclude', 'partial'] as const;
export type MissingPolicy = (typeof MISSING_POLICIES)[number];
