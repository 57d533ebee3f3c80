/**
 * Validation of a `rol-compare/dataset` document: the schema (shape) first, then the rules a schema
 * cannot state (unique ids, references, quotes that really stand in the text at their offset).
 * Pure: no I/O. Returns every problem found, up to a cap, each with a JSON path.
 */
import { datasetSchema, type Dataset } from './schema';

export type Result<T, E> = { ok: true; value: T } | { ok: false; errors: E };

export interface DatasetIssue {
  /** JSON path, e.g. ["observations", 12, "quote"] */
  path: (string | number)[];
  /** stable code for translation: zod's issue code or one of ours */
  code: string;
  /** English message (the UI translates by code where it can) */
  message: string;
  params?: Record<string, string | number>;
}

export const MAX_ISSUES = 200;

export function formatPath(path: readonly (string | number)[]): string {
  let out = '';
  for (const p of path) out += typeof p === 'number' ? `[${p}]` : out ? `.${p}` : p;
  return out || '(root)';
}

/** Validates and returns a dataset; never throws for any JSON value. */
export function validateDataset(raw: unknown, maxIssues = MAX_ISSUES): Result<Dataset, DatasetIssue[]> {
  const parsed = datasetSchema.safeParse(raw);
  if (!parsed.success) {
    const errors = parsed.error.issues.slice(0, maxIssues).map((i) => ({
      path: i.path.map((p) => (typeof p === 'symbol' ? String(p) : p)),
      code: i.code,
      message: i.message,
    }));
    return { ok: false, errors };
  }
  const errors = checkIntegrity(parsed.data, maxIssues);
  return errors.length ? { ok: false, errors } : { ok: true, value: normaliseZeros(parsed.data) };
}

function normaliseZeros(ds: Dataset): Dataset {
  for (const o of ds.observations) {
    if (Object.is(o.value, -0)) o.value = 0;
    if (o.valueMax !== undefined && Object.is(o.valueMax, -0)) o.valueMax = 0;
  }
  return ds;
}

/** Rules beyond the schema. */
export function checkIntegrity(ds: Dataset, maxIssues = MAX_ISSUES): DatasetIssue[] {
  const errors: DatasetIssue[] = [];
  const push = (e: DatasetIssue) => {
    if (errors.length < maxIssues) errors.push(e);
  };
  const ids = (key: 'jurisdictions' | 'reports' | 'metrics' | 'observations' | 'practices' | 'mentions') => {
    const seen = new Map<string, number>();
    ds[key].forEach((item, i) => {
      const first = seen.get(item.id);
      if (first !== undefined)
        push({
          path: [key, i, 'id'],
          code: 'duplicate_id',
          message: `duplicate id "${item.id}" (first at ${key}[${first}])`,
          params: { id: item.id, first },
        });
      else seen.set(item.id, i);
    });
    return seen;
  };
  const jurs = ids('jurisdictions');
  const reports = ids('reports');
  const metrics = ids('metrics');
  const obs = ids('observations');
  const practices = ids('practices');
  ids('mentions');

  const ref = (path: (string | number)[], id: string, table: Map<string, number>, kind: string) => {
    if (!table.has(id))
      push({ path, code: 'unknown_reference', message: `unknown ${kind} "${id}"`, params: { id, kind } });
  };
  const quoteAt = (path: (string | number)[], reportId: string, quote: string, offset: number) => {
    const ri = reports.get(reportId);
    if (ri === undefined) return;
    const text = ds.reports[ri]!.text;
    if (text.slice(offset, offset + quote.length) !== quote)
      push({
        path: [...path, 'quote'],
        code: 'quote_mismatch',
        message: `quote does not stand in report "${reportId}" at offset ${offset}`,
        params: { report: reportId, offset },
      });
  };

  ds.reports.forEach((r, i) => {
    ref(['reports', i, 'jurisdiction'], r.jurisdiction, jurs, 'jurisdiction');
    if (r.textSimplified !== undefined && r.textSimplified.length !== r.text.length)
      push({
        path: ['reports', i, 'textSimplified'],
        code: 'length_mismatch',
        message: 'textSimplified must have the same length as text',
      });
    r.notes?.forEach((n, j) => {
      if (n.offset + n.length > r.text.length)
        push({ path: ['reports', i, 'notes', j, 'offset'], code: 'out_of_range', message: 'note lies outside the text' });
    });
  });
  ds.observations.forEach((o, i) => {
    const path = ['observations', i];
    ref([...path, 'report'], o.report, reports, 'report');
    ref([...path, 'metric'], o.metric, metrics, 'metric');
    quoteAt(path, o.report, o.quote, o.offset);
    if (o.qualifier === 'range' && o.valueMax === undefined)
      push({ path: [...path, 'valueMax'], code: 'range_without_max', message: 'a range needs valueMax' });
    if (o.qualifier !== 'range' && o.valueMax !== undefined)
      push({ path: [...path, 'valueMax'], code: 'max_without_range', message: 'valueMax is only for ranges' });
    if (o.valueMax !== undefined && o.valueMax < o.value)
      push({ path: [...path, 'valueMax'], code: 'range_inverted', message: 'valueMax is below value' });
    if (o.figure !== undefined && !o.quote.includes(o.figure))
      push({ path: [...path, 'figure'], code: 'figure_not_in_quote', message: 'figure does not stand in the quote' });
    o.derived?.inputs.forEach((id, j) => ref([...path, 'derived', 'inputs', j], id, obs, 'observation'));
  });
  ds.mentions.forEach((m, i) => {
    ref(['mentions', i, 'report'], m.report, reports, 'report');
    ref(['mentions', i, 'practice'], m.practice, practices, 'practice');
    quoteAt(['mentions', i], m.report, m.quote, m.offset);
  });
  return errors;
}
