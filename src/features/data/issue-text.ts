/** An import problem in the user's language: where (file, row and column, or JSON path) and what. Pure. */
import type { ImportIssue } from '../../formats/parse-dataset';
import { formatPath } from '../../formats/validate';
import type { Lang } from '../../model/format';
import { en, type MessageKey } from '../../i18n/messages';
import type { Translate } from '../../i18n';
import { encodingLabel, formatBytes } from './view-labels';

/** Codes whose English message carries details worth showing (key names, JSON syntax position, limits). */
const WITH_DETAIL = new Set([
  'invalid_type',
  'unrecognized_keys',
  'too_small',
  'too_big',
  'invalid_value',
  'invalid_format',
  'custom',
  'invalid_json',
  'csv_syntax',
  'not_arrow',
  'unreadable',
]);

/** The scripts a look-alike warning names (src/formats/name-clean.ts). */
const SCRIPTS = new Set(['Cyrillic', 'Greek', 'Han', 'Latin']);

const MAX_SHOWN = 300;
const clip = (s: string) => (s.length > MAX_SHOWN ? `${s.slice(0, MAX_SHOWN)}…` : s);

export function issueKey(code: string): MessageKey {
  const key = `data.issue.${code}`;
  return Object.prototype.hasOwnProperty.call(en, key) ? (key as MessageKey) : 'data.issue.other';
}

export interface IssueText {
  where: string;
  what: string;
  detail: string | null;
}

export function issueText(issue: ImportIssue, t: Translate, lang: Lang): IssueText {
  const p = issue.params ?? {};
  const file = clip(issue.file || '—');
  let where: string;
  if (p.row !== undefined && p.column !== undefined)
    where = t('data.loc.csv', { file, row: p.row, column: clip(String(p.column)) });
  else if (p.row !== undefined) where = t('data.loc.row', { file, row: p.row });
  else if (issue.path.length) where = t('data.loc.json', { file, path: clip(formatPath(issue.path)) });
  else where = t('data.loc.file', { file });
  const params: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(p)) params[k] = typeof v === 'string' ? clip(v) : v;
  if (typeof p.encoding === 'string') params.encoding = encodingLabel(p.encoding);
  // "Cyrillic+Latin" → 西里尔与拉丁 / Cyrillic and Latin
  if (issue.code === 'name_mixed_script' && typeof p.scripts === 'string')
    params.scripts = p.scripts
      .split('+')
      .map((s) => (SCRIPTS.has(s) ? t(`data.script.${s}` as MessageKey) : s))
      .join(t('data.script.joiner'));
  if (issue.code === 'too_large' || issue.code === 'backup_part_too_large') {
    params.size = formatBytes(Number(p.bytes), lang);
    params.limit = formatBytes(Number(p.limit), lang);
  }
  // a CSV names the row of the first of two same places
  const key = issue.code === 'duplicate_place' && p.firstRow !== undefined ? 'data.issue.duplicate_place_row' : issueKey(issue.code);
  const what = t(key, params);
  const detail =
    WITH_DETAIL.has(issue.code) || key === 'data.issue.other' ? clip(typeof p.detail === 'string' ? p.detail : issue.message) : null;
  return { where, what, detail };
}
