/** Import limits and file kinds: tiny, so the page can check a file before handing it to the worker. */
import type { ImportIssue } from '../formats/parse-dataset';

/**
 * The largest file the app reads (docs/csv-format.md): 512 MB. A JSON document is parsed as one string, and the
 * largest JavaScript string is ≈536.8 M UTF-16 units; parsing needs several times the file size in memory.
 * A backup is read in parts and not capped by it; only one part of a backup (one value parsed whole) is.
 */
export const MAX_IMPORT_BYTES = 512_000_000;

export type ImportKind = 'json' | 'csv' | 'arrow';

/** The kind of a file by its name (.csv and .txt are read as CSV; .arrow, .arrows and .feather as Arrow IPC; anything else as JSON). */
export const importKindOf = (name: string): ImportKind =>
  /\.(csv|txt)$/i.test(name) ? 'csv' : /\.(arrow|arrows|feather)$/i.test(name) ? 'arrow' : 'json';

/** True when the first characters of a file are those of a backup's envelope (a file too large to parse as a dataset). */
export const startsLikeBackup = (head: string): boolean => /^\uFEFF?\s*\{\s*"format"\s*:\s*"rol-compare\/backup"/.test(head);

export const tooLargeIssue = (file: string, bytes: number): ImportIssue => ({
  file,
  path: [],
  code: 'too_large',
  message: `the file has ${bytes} bytes; the limit is ${MAX_IMPORT_BYTES}`,
  params: { bytes, limit: MAX_IMPORT_BYTES },
});
