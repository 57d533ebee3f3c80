/**
 * The fixed vocabularies of the dataset format, without zod, so that the main bundle can use them
 * without loading the schema library (the schema in schema.ts is built from these).
 */
export const FORMAT = 'rol-compare/dataset' as const;
export const FORMAT_VERSION = 1 as const;

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
export const DERIVED_FORMULAS = ['ratio_pct', 'difference', 'sum'] as const;


export type Category = (typeof CATEGORIES)[number];
export type Level = (typeof LEVELS)[number];
export type MetricKind = (typeof KINDS)[number];
export type Better = (typeof BETTER)[number];
export type Qualifier = (typeof QUALIFIERS)[number];
export type Script = (typeof SCRIPTS)[number];

/** How the composite makes metrics of different units comparable, and what it does with a missing figure. */
export const NORMALISATIONS = ['minmax', 'rank', 'zscore'] as const;
export type Normalisation = (typeof NORMALISATIONS)[number];
export const MISSING_POLICIES = ['exclude', 'partial'] as const;
export type MissingPolicy = (typeof MISSING_POLICIES)[number];
