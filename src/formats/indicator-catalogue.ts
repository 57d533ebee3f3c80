/**
 * The files of the indicator catalogue (data/indicators/, README.md there is the contract): tasks.json, one
 * `<task id>.json` per task, and coverage.json. Checks each file's shape (strict objects: an unknown key is a typo)
 * and what holds across files: ids unique, the id's first part is the area and a category, rates in %, every
 * `pairs` and `replaced_by` id exists, every task has its file. Messages name the file, the indicator and the field.
 */
import { z } from 'zod';
import { BETTER, CATEGORIES, KINDS } from '../model/schema';
import {
  INDICATOR_PERIODS,
  INDICATOR_SCOPES,
  splitIndicatorId,
  type Indicator,
  type IndicatorCatalogue,
  type IndicatorTask,
} from '../model/indicators';
import { MAX_ISSUES, type Result } from './issue';

const text = z.string().min(1).max(2000);
const bilingual = z.strictObject({ zh: text, en: text });
const taskId = z.string().regex(/^[a-z][a-z_]*$/, 'a task id: lowercase letters and _');
const indicatorId = z.string().max(200).regex(/^[a-z_]+\.[a-z0-9_]+$/, 'an indicator id: <area>.<snake_case>');

const indicatorSchema = z.strictObject({
  id: indicatorId,
  area: z.enum(CATEGORIES),
  name: bilingual,
  definition: bilingual,
  unit: z.strictObject({ zh: z.string().min(1).max(40), en: z.string().min(1).max(80) }),
  kind: z.enum(KINDS),
  better: z.enum(BETTER),
  comparability: z.strictObject({
    scope: z.enum(INDICATOR_SCOPES),
    period: z.enum(INDICATOR_PERIODS),
    basis: z.string().regex(/^[a-z_]+$/, 'one lowercase word (received, accepted …)').nullable(),
  }),
  pairs: z.strictObject({ numerator: indicatorId, denominator: indicatorId }).optional(),
  aliases: z.array(z.string().min(1).max(100)).max(200),
  deprecated: z.boolean().optional(),
  replaced_by: indicatorId.optional(),
});

/** A task file; its indicators are parsed one by one, so that one bad indicator does not hide the others. */
const taskFileSchema = z.strictObject({ task: taskId, indicators: z.array(z.unknown()).max(5000) });

const tasksSchema = z.strictObject({
  tasks: z.array(z.strictObject({ id: taskId, name: bilingual, description: bilingual })).min(1).max(100),
});

const coverageSchema = z.strictObject({
  note: z.string().optional(),
  metrics_note: z.string().optional(),
  reports: z.array(
    z.strictObject({
      report: z.string().min(1),
      file: z.string().min(1),
      label: z.string(),
      figures: z.array(
        z.strictObject({
          indicator: z.string().min(1),
          figure: z.string().min(1),
          metric: z.string().min(1),
          period: z.number().int().optional(),
          note: z.string().optional(),
        }),
      ),
      words: z.array(z.strictObject({ indicator: z.string().min(1), value: z.string().optional(), quote: z.string(), note: z.string().optional() })),
    }),
  ),
  metrics: z.record(z.string(), z.string().min(1)),
});

export interface CatalogueIssue {
  /** the file the problem is in (tasks.json, rules.json …) */
  file: string;
  /** the indicator it concerns, when there is one */
  indicator?: string;
  /** the field inside the indicator (or file), e.g. "unit.zh" */
  field: string;
  /** "rules.json: rulemaking.filing_rate: unit.zh: a rate is in %" */
  message: string;
}

/** The coverage of the five source reports: app metric → indicator, and each report's figures with their indicator. */
export interface IndicatorCoverage {
  metrics: ReadonlyMap<string, string>;
  reports: readonly { report: string; file: string; figures: readonly { indicator: string; figure: string; metric: string }[] }[];
}

type Issues = CatalogueIssue[];

function push(out: Issues, file: string, indicator: string | undefined, field: string, problem: string): void {
  if (out.length >= MAX_ISSUES) return;
  const message = [file, indicator, field, problem].filter((p) => p !== undefined && p !== '').join(': ');
  out.push(indicator === undefined ? { file, field, message } : { file, indicator, field, message });
}

const fieldOf = (path: readonly PropertyKey[]): string =>
  path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i ? '.' : ''}${String(p)}`)).join('');

/** zod's issues, each named by the field it concerns (inside the indicator, when `indicator` is given). */
function zodIssues(out: Issues, file: string, error: z.ZodError, indicator?: string): void {
  for (const issue of error.issues) push(out, file, indicator, fieldOf(issue.path), issue.message);
}

/** An indicator's name in messages: its id when it has one, else its place in the file. */
function nameOf(raw: unknown, k: number): string {
  const id = typeof raw === 'object' && raw !== null ? (raw as { id?: unknown }).id : undefined;
  return typeof id === 'string' && id !== '' ? id : `indicators[${k}]`;
}

/** The rules that hold across an indicator's fields and across files. */
function crossChecks(out: Issues, all: readonly { file: string; indicator: Indicator }[]): void {
  const seen = new Map<string, string>();
  for (const { file, indicator: i } of all) {
    const first = seen.get(i.id);
    if (first !== undefined) push(out, file, i.id, 'id', `listed twice (also in ${first}); ids are unique across files`);
    else seen.set(i.id, file);
    if (i.id.split('.')[0] !== i.area) push(out, file, i.id, 'area', `"${i.area}" is not the id's first part`);
    if (splitIndicatorId(i.id).change || i.id.endsWith('.unclassified'))
      push(out, file, i.id, 'id', 'ends with a reserved suffix (.change, .change_pp, .unclassified)');
    if (i.kind === 'rate' && i.unit.zh !== '%') push(out, file, i.id, 'unit.zh', `a rate is in %, not "${i.unit.zh}"`);
    if (i.kind === 'amount' && i.unit.zh !== '万元') push(out, file, i.id, 'unit.zh', `amounts are in 万元, not "${i.unit.zh}"`);
    if (i.pairs && i.kind !== 'rate') push(out, file, i.id, 'pairs', 'only a rate has pairs');
    if (i.replaced_by !== undefined && !i.deprecated) push(out, file, i.id, 'replaced_by', 'given without "deprecated": true');
  }
  for (const { file, indicator: i } of all) {
    for (const side of ['numerator', 'denominator'] as const) {
      const p = i.pairs?.[side];
      if (p !== undefined && !seen.has(p)) push(out, file, i.id, `pairs.${side}`, `"${p}" is not in the catalogue`);
      if (p === i.id) push(out, file, i.id, `pairs.${side}`, 'is the rate itself');
    }
    if (i.replaced_by !== undefined && !seen.has(i.replaced_by)) push(out, file, i.id, 'replaced_by', `"${i.replaced_by}" is not in the catalogue`);
  }
}

/**
 * Parses the catalogue from its files' JSON, keyed by file name: `tasks.json` and a `<task id>.json` for every task
 * it lists (other files, e.g. coverage.json, are left alone). Returns the tasks and all indicators (each with its
 * task), or every problem found (up to MAX_ISSUES).
 */
export function parseIndicatorCatalogue(files: Readonly<Record<string, unknown>>): Result<IndicatorCatalogue, CatalogueIssue[]> {
  const issues: Issues = [];
  if (!Object.hasOwn(files, 'tasks.json')) {
    push(issues, 'tasks.json', undefined, '', 'missing');
    return { ok: false, errors: issues };
  }
  const t = tasksSchema.safeParse(files['tasks.json']);
  if (!t.success) {
    zodIssues(issues, 'tasks.json', t.error);
    return { ok: false, errors: issues };
  }
  const tasks: IndicatorTask[] = t.data.tasks;
  const all: { file: string; indicator: Indicator }[] = [];
  const taskIds = new Set<string>();
  tasks.forEach((task, k) => {
    if (taskIds.has(task.id)) push(issues, 'tasks.json', undefined, `tasks[${k}].id`, `task "${task.id}" listed twice`);
    taskIds.add(task.id);
    const file = `${task.id}.json`;
    if (!Object.hasOwn(files, file)) {
      push(issues, file, undefined, '', `missing (task "${task.id}" of tasks.json)`);
      return;
    }
    const f = taskFileSchema.safeParse(files[file]);
    if (!f.success) {
      zodIssues(issues, file, f.error);
      return;
    }
    if (f.data.task !== task.id) push(issues, file, undefined, 'task', `"${f.data.task}", but the file is task "${task.id}"`);
    f.data.indicators.forEach((raw, k) => {
      const i = indicatorSchema.safeParse(raw);
      if (!i.success) zodIssues(issues, file, i.error, nameOf(raw, k));
      else all.push({ file, indicator: { ...i.data, task: task.id } });
    });
  });
  for (const [file, raw] of Object.entries(files)) {
    const looksLikeTask = typeof raw === 'object' && raw !== null && 'task' in raw && 'indicators' in raw;
    if (looksLikeTask && !taskIds.has(file.replace(/\.json$/, ''))) push(issues, file, undefined, 'task', 'a task file for a task tasks.json does not list');
  }
  crossChecks(issues, all);
  if (issues.length) return { ok: false, errors: issues };
  return { ok: true, value: { tasks, indicators: all.map((a) => a.indicator) } };
}

/**
 * Parses coverage.json against a parsed catalogue: every indicator it names must exist (a `.change` / `.change_pp`
 * id counts as its base indicator, per the change rule).
 */
export function parseIndicatorCoverage(raw: unknown, catalogue: IndicatorCatalogue): Result<IndicatorCoverage, CatalogueIssue[]> {
  const issues: Issues = [];
  const c = coverageSchema.safeParse(raw);
  if (!c.success) {
    zodIssues(issues, 'coverage.json', c.error);
    return { ok: false, errors: issues };
  }
  const ids = new Set(catalogue.indicators.map((i) => i.id));
  const known = (id: string) => ids.has(splitIndicatorId(id).base);
  for (const [metric, id] of Object.entries(c.data.metrics))
    if (!known(id)) push(issues, 'coverage.json', id, `metrics.${metric}`, 'not in the catalogue');
  c.data.reports.forEach((r, k) => {
    r.figures.forEach((f, j) => {
      if (!known(f.indicator)) push(issues, 'coverage.json', f.indicator, `reports[${k}].figures[${j}]`, 'not in the catalogue');
    });
    r.words.forEach((w, j) => {
      if (!known(w.indicator)) push(issues, 'coverage.json', w.indicator, `reports[${k}].words[${j}]`, 'not in the catalogue');
    });
  });
  if (issues.length) return { ok: false, errors: issues };
  return {
    ok: true,
    value: {
      metrics: new Map(Object.entries(c.data.metrics)),
      reports: c.data.reports.map((r) => ({ report: r.report, file: r.file, figures: r.figures.map((f) => ({ indicator: f.indicator, figure: f.figure, metric: f.metric })) })),
    },
  };
}
