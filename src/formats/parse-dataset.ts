/**
 * Import pipeline, pure part: bytes/text → JSON → validated dataset (excalidraw-style: parse → validate → restore).
 * Never throws for any input; every problem is returned with the file and JSON path.
 */
import type { Dataset } from '../model/schema';
import { FORMAT_VERSION } from '../model/constants';
import { migrateV1Document } from './migrate';
import { MAX_ISSUES, validateDataset, type DatasetIssue, type Result, type ValidateOptions } from './validate';

export const RESERVED_DATASET_IDS = ['bundled'];

export interface ImportIssue extends DatasetIssue {
  file: string;
}

function issue(file: string, code: string, message: string, params?: Record<string, string | number>): ImportIssue {
  const i: ImportIssue = { file, path: [], code, message };
  if (params) i.params = params;
  return i;
}

/** Parses JSON text (a BOM is skipped); an empty file or a syntax error comes back as an issue. */
export function parseJsonText(text: string, file: string): Result<unknown, ImportIssue[]> {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') return { ok: false, errors: [issue(file, 'empty_file', 'the file is empty')] };
  try {
    return { ok: true, value: JSON.parse(body) as unknown };
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    return { ok: false, errors: [issue(file, 'invalid_json', `not valid JSON: ${msg}`, { detail: msg })] };
  }
}

/**
 * Parses JSON text; a syntax error is reported with its position. The parsed value is private to this call, so
 * valid elements are kept rather than copied (`reuseInput`); `onProgress` follows the validation.
 */
export function parseDatasetJson(
  text: string,
  file: string,
  opts: { onProgress?: ValidateOptions['onProgress']; onParsed?: () => void } = {},
): Result<Dataset, ImportIssue[]> {
  const json = parseJsonText(text, file);
  if (!json.ok) return json;
  opts.onParsed?.();
  const v: ValidateOptions = { reuseInput: true };
  if (opts.onProgress) v.onProgress = opts.onProgress;
  return validateParsed(json.value, file, v);
}

export function validateParsed(raw: unknown, file: string, opts: ValidateOptions = {}): Result<Dataset, ImportIssue[]> {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    return { ok: false, errors: [issue(file, 'not_a_dataset', 'the file is not a rol-compare/dataset document')] };
  let r = raw as Record<string, unknown>;
  if (r.format !== 'rol-compare/dataset')
    return { ok: false, errors: [issue(file, 'not_a_dataset', 'the file is not a rol-compare/dataset document')] };
  // version 1 (before the indicator catalogue) is migrated, then validated as version 2
  if (r.version === 1) r = migrateV1Document(r);
  if (r.version !== FORMAT_VERSION)
    return {
      ok: false,
      errors: [issue(file, 'unsupported_version', `unsupported version ${String(r.version)}`, { version: String(r.version) })],
    };
  const warnings: DatasetIssue[] = [];
  const result = validateDataset(r, MAX_ISSUES, { ...opts, warnings });
  opts.warnings?.push(...warnings.map((w) => ({ ...w, file })));
  if (!result.ok) return { ok: false, errors: result.errors.map((e) => ({ ...e, file })) };
  return result;
}
