/**
 * The `rol-compare/dataset` format, version 2 — defined once, here (version 1 files are migrated on import:
 * src/formats/migrate.ts).
 * TypeScript types are inferred from this schema; docs/dataset-format.md documents it.
 * Objects are strict: unknown keys (including `__proto__`, `constructor`) are rejected.
 */
import { z } from 'zod';

// Runs under a Content-Security-Policy without 'unsafe-eval' (zod's JIT probes `new Function`).
z.config({ jitless: true });

export {
  FORMAT,
  FORMAT_VERSION,
  CATEGORIES,
  LEVELS,
  KINDS,
  BETTER,
  QUALIFIERS,
  SCRIPTS,
  REPORT_FILE_KINDS,
  DERIVED_FORMULAS,
  CAVEAT_KINDS,
} from './constants';
import {
  CATEGORIES,
  LEVELS,
  KINDS,
  BETTER,
  QUALIFIERS,
  SCRIPTS,
  REPORT_FILE_KINDS,
  DERIVED_FORMULAS,
  FORMAT,
  FORMAT_VERSION,
  CAVEAT_KINDS,
  COMPARABILITY_SCOPES,
  COMPARABILITY_PERIODS,
} from './constants';

const id = z
  .string()
  .min(1)
  .max(200)
  .regex(/^[A-Za-z0-9_.:-]+$/, 'id: letters, digits, _ . : - only');
const text = (max: number) => z.string().min(1).max(max);
export const bilingual = z.strictObject({ zh: text(500), en: text(500) });
const year = z.number().int().min(1949).max(2100);
const finite = z.number().refine(Number.isFinite, 'must be a finite number');

export const jurisdictionSchema = z.strictObject({
  id,
  name: bilingual,
  short: bilingual,
  level: z.enum(LEVELS),
  province: bilingual,
  parent: id.optional(),
  /**
   * The place's GB/T 2260 code (as of the 2020 census, data/gazetteer/), or for a department the code of the area
   * it serves: what ties the jurisdiction to its population and peers.
   */
  code: z.string().regex(/^\d{6}$/, 'six digits (GB/T 2260)').optional(),
  /**
   * The resident population the dataset gives for the place, with its year and where it comes from: per-head
   * figures divide by it rather than by the gazetteer's census figure.
   */
  population: z
    .strictObject({
      value: z.number().refine((v) => Number.isSafeInteger(v) && v > 0, {
        message: 'a whole number above 0',
        params: { code: 'not_positive_integer' },
      }),
      year,
      source: bilingual,
    })
    .optional(),
  /** e.g. 江干区, abolished in the 2021 redistricting of Hangzhou */
  abolished: z.strictObject({ year, note: bilingual }).optional(),
  note: bilingual.optional(),
});

export const qualityNoteSchema = z.strictObject({
  kind: z.enum(['encoding_damage', 'missing_text', 'site_chrome', 'typo', 'other']),
  offset: z.number().int().min(0),
  length: z.number().int().min(0),
  note: bilingual,
});

export const reportSchema = z.strictObject({
  id,
  jurisdiction: id,
  period: year,
  title: text(500),
  published: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'YYYY, YYYY-MM or YYYY-MM-DD').optional(),
  publisher: text(200).optional(),
  source: text(300),
  script: z.enum(SCRIPTS),
  text: z.string().min(1).max(5_000_000),
  /** Simplified rendering of a traditional text, same length, for search and matching only. */
  textSimplified: z.string().max(5_000_000).optional(),
  notes: z.array(qualityNoteSchema).max(1000).optional(),
  /** the file the text was read from: its name, format, size and sha-256 (reports added from files) */
  file: z
    .strictObject({
      name: text(300),
      kind: z.enum(REPORT_FILE_KINDS),
      bytes: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
      sha256: z.string().regex(/^[0-9a-f]{64}$/, '64 lower-case hex digits'),
    })
    .optional(),
});

export const metricSchema = z.strictObject({
  id,
  category: z.enum(CATEGORIES),
  name: bilingual,
  unit: bilingual,
  kind: z.enum(KINDS),
  better: z.enum(BETTER),
  /** What the figure counts, and what it is and is not comparable with. */
  description: bilingual.optional(),
  /**
   * A figure of one report that is not an indicator of the catalogue (data/indicators/): shown apart from the
   * comparisons. Without it, the id must be a catalogue indicator (or its `.change` / `.change_pp`).
   */
  specific: z.literal(true).optional(),
  /** What makes two figures of this metric comparable (from the catalogue): scope, period, basis. */
  comparability: z
    .strictObject({
      scope: z.enum(COMPARABILITY_SCOPES),
      period: z.enum(COMPARABILITY_PERIODS),
      basis: z.string().regex(/^[a-z_]+$/, 'one lowercase word').max(40).nullable(),
    })
    .optional(),
});

/** Why one figure is not like-for-like with its metric's definition; travels with the figure into every view. */
export const caveatSchema = z.strictObject({
  kind: z.enum(CAVEAT_KINDS),
  /** for `cumulative`: the year counting started, when the text says */
  since: year.optional(),
  note: bilingual,
});

export const derivedSchema = z.strictObject({
  formula: z.enum(DERIVED_FORMULAS),
  /** Observation ids of the operands, in formula order (a, b, …). */
  inputs: z.array(id).min(1).max(20),
});

export const observationSchema = z.strictObject({
  id,
  report: id,
  metric: id,
  period: year,
  value: finite,
  qualifier: z.enum(QUALIFIERS),
  valueMax: finite.optional(),
  quote: z.string().min(1).max(5000),
  offset: z.number().int().min(0),
  /** The figure exactly as written inside the quote, e.g. "超1.5万件". Absent for derived figures. */
  figure: z.string().min(1).max(200).optional(),
  derived: derivedSchema.optional(),
  note: bilingual.optional(),
  caveats: z.array(caveatSchema).min(1).max(10).optional(),
});

export const practiceSchema = z.strictObject({
  id,
  category: z.enum(CATEGORIES),
  name: bilingual,
  keywords: z.array(text(100)).min(1).max(50),
  description: bilingual.optional(),
});

export const mentionSchema = z.strictObject({
  id,
  report: id,
  practice: id,
  quote: z.string().min(1).max(5000),
  offset: z.number().int().min(0),
});

export const datasetSchema = z.strictObject({
  format: z.literal(FORMAT),
  version: z.literal(FORMAT_VERSION),
  id,
  title: bilingual,
  description: bilingual.optional(),
  created: z.string().max(40).optional(),
  jurisdictions: z.array(jurisdictionSchema),
  reports: z.array(reportSchema),
  metrics: z.array(metricSchema),
  observations: z.array(observationSchema),
  practices: z.array(practiceSchema).default([]),
  mentions: z.array(mentionSchema).default([]),
});

export type { Category, Level, MetricKind, Better, Qualifier, Script, CaveatKind } from './constants';
export type Bilingual = z.infer<typeof bilingual>;
export type Jurisdiction = z.infer<typeof jurisdictionSchema>;
export type QualityNote = z.infer<typeof qualityNoteSchema>;
export type Report = z.infer<typeof reportSchema>;
export type Metric = z.infer<typeof metricSchema>;
export type Observation = z.infer<typeof observationSchema>;
export type Derived = z.infer<typeof derivedSchema>;
export type Caveat = z.infer<typeof caveatSchema>;
export type Practice = z.infer<typeof practiceSchema>;
export type Mention = z.infer<typeof mentionSchema>;
export type Dataset = z.infer<typeof datasetSchema>;
/** What a file must contain before defaults are applied (practices/mentions may be omitted). */
export type DatasetInput = z.input<typeof datasetSchema>;
