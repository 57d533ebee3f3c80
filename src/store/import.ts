/**
 * Import into the store: validate everything first, then one transaction, so a failed or interrupted import leaves
 * the store as it was.
 */
import { toBlocks } from './codecs/blocks';
import { type DatasetOrigin } from '../model/dataset-tables';
import { looksLikeBackup } from '../formats/backup-envelope';
import { parseCsvDataset } from '../formats/csv-dataset';
import { decodeText, implausibleDecoding, type TextEncodingName } from '../formats/decode-text';
import { parseJsonText, RESERVED_DATASET_IDS, validateParsed, type ImportIssue } from '../formats/parse-dataset';
import type { Dataset } from '../model/schema';
import type { PlaceLinkOutcome, Result, ValidateOptions } from '../formats/validate';
import type { RolDb } from './db';
import { classifyError, LateCheckFailed, StoreError, writeDataset, type WriteOptions } from './records';
import { arrowLateCheck, jsonLateCheck, thenLap, type LateCheck } from './late-check';
import { implausibleIssue } from './import-issues';
import type { WordingInput } from './wordings';
import { MAX_IMPORT_BYTES, tooLargeIssue, type ImportKind } from './limits';
import { placeCheck, storedJurisdictions, type PlaceCheck } from './places';
import type { PlaceChoices, PlaceLinks, PlaceQuestion } from '../formats/place-link';
import type { ObservationTable } from '../model/observation-table';

export { MAX_IMPORT_BYTES, importKindOf, tooLargeIssue, type ImportKind } from './limits';

export type ImportPhase = 'read' | 'parse' | 'validate' | 'write' | 'done';
export type ProgressFn = (phase: ImportPhase, done: number, total: number) => void;

export interface ImportSummary {
  id: string;
  observations: number;
  reports: number;
  replaced: boolean;
  /** what became of the places without code and the places joined to stored ones (when the gazetteer was loaded) */
  places?: PlaceLinks;
  /** milliseconds per step (decode, parse, validate, hash, blocks, write), for the benchmark and diagnostics */
  timings?: Record<string, number>;
  /** the text encoding the file was read in (user files), detected from its bytes */
  encoding?: TextEncodingName;
  /** what was changed or is doubtful but not refused (names cleaned of invisible characters, look-alike letters) */
  warnings?: ImportIssue[];
}

/** Accumulates step times into `timings`: each call charges the time since the previous call to `step`. */
function stepClock(timings: Record<string, number>): (step: string) => void {
  let t = performance.now();
  return (step) => {
    const now = performance.now();
    timings[step] = Math.round(((timings[step] ?? 0) + now - t) * 10) / 10;
    t = now;
  };
}

export type ImportFailure =
  /**
   * `questions`: names the gazetteer gives several places for (asked only with `askPlaces`; the issue is then
   * `place_choice_needed`): import again with the person's `places` choices
   */
  | { kind: 'invalid'; issues: ImportIssue[]; questions?: PlaceQuestion[]; encoding?: TextEncodingName }
  | { kind: 'exists'; id: string }
  | { kind: 'store'; error: 'quota' | 'closed' | 'readonly' | 'unknown'; message: string };

export async function sha256Hex(bytes: ArrayBuffer | Uint8Array): Promise<string> {
  const view = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  const digest = await crypto.subtle.digest('SHA-256', view as Uint8Array<ArrayBuffer>);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** Stores a validated dataset. */
export async function storeDataset(
  db: RolDb,
  ds: Dataset,
  meta: {
    origin: DatasetOrigin;
    /** the file's digest, or how to compute it: then while the blocks are stored (src/store/records.ts, WriteOptions.hash) */
    hash: string | (() => Promise<string>);
    bytes: number;
    replace: boolean;
    onProgress?: ProgressFn;
    timings?: Record<string, number>;
    /** wordings learned in the review of this dataset, written in its transaction */
    wordings?: readonly WordingInput[];
    /** the observations as columns (an Arrow file's), instead of `ds.observations` */
    table?: ObservationTable | null;
    /** the validation's last check, run while the blocks are stored (src/store/records.ts `check`) */
    check?: LateCheck;
  },
): Promise<Result<ImportSummary, ImportFailure>> {
  const timings = meta.timings ?? {};
  const lap = stepClock(timings);
  if (meta.origin === 'user' && RESERVED_DATASET_IDS.includes(ds.id))
    return { ok: false, errors: { kind: 'invalid', issues: [{ file: '', path: ['id'], code: 'reserved_id', message: `the id "${ds.id}" is reserved` }] } };
  meta.onProgress?.('write', 0, 1);
  const table = meta.table ?? undefined;
  const lateHash = typeof meta.hash === 'function' ? meta.hash : null;
  const stored = toBlocks(ds, { origin: meta.origin, hash: lateHash ? '' : (meta.hash as string), bytes: meta.bytes, importedAt: Date.now() }, table);
  lap('blocks');
  const existed = (await db.datasets.get(ds.id)) !== undefined;
  // a bad file is refused as such before it is found to exist (the write would stop at "exists" before its check)
  if (existed && meta.replace !== true && meta.check && !meta.check.holds()) return { ok: false, errors: { kind: 'invalid', issues: meta.check.issues() } };
  try {
    const opts: WriteOptions = {
      replace: meta.replace,
      onProgress: (d, t) => meta.onProgress?.('write', d, t),
      onIssued: () => lap('store'),
    };
    if (lateHash) opts.hash = () => lateHash().then((h) => (lap('hash'), h));
    if (meta.check) opts.check = thenLap(meta.check.holds, () => lap('ids'));
    if (meta.wordings?.length) opts.wordings = { learned: meta.wordings, now: Date.now() };
    await writeDataset(db, stored, opts);
  } catch (e) {
    if (e instanceof LateCheckFailed && meta.check) return { ok: false, errors: { kind: 'invalid', issues: meta.check.issues() } };
    if (e instanceof StoreError) {
      if (e.kind === 'exists') return { ok: false, errors: { kind: 'exists', id: ds.id } };
      return { ok: false, errors: { kind: 'store', error: e.kind, message: e.message } };
    }
    throw e;
  }
  lap('commit');
  meta.onProgress?.('done', 1, 1);
  return {
    ok: true,
    value: { id: ds.id, observations: table ? table.n : ds.observations.length, reports: ds.reports.length, replaced: existed, timings },
  };
}

/** Parses, validates and stores a dataset JSON file. Nothing is written unless everything is valid. */
export async function importDatasetJson(
  db: RolDb,
  bytes: Uint8Array,
  file: string,
  opts: { origin: DatasetOrigin; replace: boolean; hash?: string; onProgress?: ProgressFn },
): Promise<Result<ImportSummary, ImportFailure>> {
  const timings: Record<string, number> = {};
  const lap = stepClock(timings);
  // without a known digest, it is computed while the blocks are stored
  const hash = opts.hash ?? (() => sha256Hex(bytes));
  const parsed = parseJson(bytes, file, opts.onProgress, lap);
  if (!parsed.ok) return { ok: false, errors: { kind: 'invalid', issues: parsed.errors } };
  const meta: Parameters<typeof storeDataset>[2] = { origin: opts.origin, hash, bytes: bytes.byteLength, replace: opts.replace, timings };
  if (opts.onProgress) meta.onProgress = opts.onProgress;
  return storeDataset(db, parsed.value, meta);
}

/**
 * Decodes (the encoding detected, an implausible decoding refused) and parses: the text lives only in this call,
 * so it can be collected before validation starts.
 */
function decodeAndParse(bytes: Uint8Array, file: string, lap: (step: string) => void, heard: JsonHeard): Result<unknown, ImportIssue[]> {
  const decoded = decodeText(bytes);
  heard.encoding = decoded.encoding;
  lap('decode');
  const bad = implausibleDecoding(decoded);
  if (bad) return { ok: false, errors: [implausibleIssue(file, decoded.encoding, bad)] };
  return parseJsonText(decoded.text, file);
}

/** What reading a JSON file tells besides its dataset: the encoding, the warnings. */
interface JsonHeard {
  encoding?: TextEncodingName;
  warnings?: ImportIssue[];
}

/** Decode, parse and validate a JSON dataset, reporting validation progress and step times. */
function parseJson(
  bytes: Uint8Array,
  file: string,
  progress: ProgressFn | undefined,
  lap: (step: string) => void,
  places?: PlaceCheck | null,
  heard: JsonHeard = {},
  later?: ValidateOptions['later'],
): Result<Dataset, ImportIssue[]> {
  progress?.('parse', 0, 1);
  const json = decodeAndParse(bytes, file, lap, heard);
  lap('parse');
  if (!json.ok) return json;
  progress?.('validate', 0, 1);
  const opts: ValidateOptions = { reuseInput: true };
  if (progress) opts.onProgress = (d, t) => progress('validate', d, t);
  if (places) opts.places = places;
  if (heard.warnings) opts.warnings = heard.warnings;
  if (later) opts.later = later;
  const parsed = validateParsed(json.value, file, opts);
  lap('validate');
  return parsed;
}

/** What reading and validating a user file gives: the dataset (or its issues), how its places were linked, its hash. */
export interface ValidatedFile {
  parsed: Result<Dataset, ImportIssue[]>;
  linked: PlaceLinkOutcome | null;
  /** the file's SHA-256, computed on the first call (a large file's digest costs a few hundred ms of this thread) */
  hash: () => Promise<string>;
  /** the encoding the text was decoded from (absent when the bytes were not decoded) */
  encoding?: TextEncodingName;
  /** problems that do not refuse the file */
  warnings: ImportIssue[];
  /** an Arrow file's observations as columns: `parsed`'s dataset then has none of its own */
  table?: ObservationTable | null;
  /** the validation's last check, for the write to run (./late-check.ts); absent: every check has been run */
  check?: LateCheck;
}

/**
 * Decodes, parses and validates a user file of either kind, its places checked against the gazetteer (codes, names,
 * levels), found by name where they have no code, and joined to the stored places of their code. Writes nothing.
 */
export async function validateUserFile(
  db: RolDb,
  bytes: Uint8Array,
  file: string,
  kind: ImportKind,
  opts: { onProgress?: ProgressFn; askPlaces?: boolean; places?: PlaceChoices; lap?: (step: string) => void },
): Promise<ValidatedFile> {
  const progress = opts.onProgress;
  const lap = opts.lap ?? (() => {});
  // the digest is computed on first use: the import computes it while the database stores the blocks
  let hashing: Promise<string> | null = null;
  const hash = () => (hashing ??= sha256Hex(bytes));
  const check = await placeCheck();
  const heard: { linked: PlaceLinkOutcome | null } = { linked: null };
  const places: PlaceCheck | null = check && {
    ...check,
    link: { stored: await storedJurisdictions(db), choices: opts.places ?? {}, ask: opts.askPlaces === true, onLinked: (r) => (heard.linked = r) },
  };
  lap('places');
  let parsed: Result<Dataset, ImportIssue[]>;
  let encoding: TextEncodingName | undefined;
  let table: ObservationTable | null = null;
  let late: LateCheck | undefined;
  const warnings: ImportIssue[] = [];
  try {
    if (kind === 'csv') {
      progress?.('parse', 0, 1);
      const decoded = decodeText(bytes);
      encoding = decoded.encoding;
      const bad = implausibleDecoding(decoded);
      if (bad) parsed = { ok: false, errors: [implausibleIssue(file, decoded.encoding, bad)] };
      else
        parsed = parseCsvDataset(decoded.text, file, {
          onProgress: (d, t) => progress?.('parse', d, t),
          warnings,
          ...(places ? { places } : {}),
        });
    } else if (kind === 'arrow') {
      progress?.('parse', 0, 1);
      // the Arrow reader (apache-arrow) is loaded only when such a file arrives
      const { readArrowDataset } = await import('../formats/arrow-dataset/read');
      lap('load');
      const read = readArrowDataset(bytes, file, {
        warnings,
        lap,
        onDecoded: () => {
          lap('decode');
          progress?.('validate', 0, 1);
        },
        onProgress: (d, t) => progress?.('validate', d, t),
        deferIds: true,
        ...(places ? { places } : {}),
      });
      if (read.ok) {
        parsed = { ok: true, value: read.value.dataset };
        table = read.value.table;
        if (read.value.idsHold) late = arrowLateCheck(read.value.idsHold, () => readArrowDataset(bytes, file, { rowByRow: true, ...(places ? { places } : {}) }));
      } else parsed = read;
      lap('validate');
    } else {
      const heardJson: JsonHeard = { warnings };
      let holds: (() => boolean) | undefined;
      parsed = parseJson(bytes, file, progress, lap, places, heardJson, (c) => (holds = c));
      if (parsed.ok && holds) late = jsonLateCheck(holds, parsed.value, file);
      encoding = heardJson.encoding;
      if (!parsed.ok && parsed.errors[0]?.code === 'not_a_dataset' && looksLikeBackupText(new TextDecoder('utf-8').decode(bytes)))
        parsed = {
          ok: false,
          errors: [{ file, path: [], code: 'is_backup', message: 'this is a backup: use "Restore backup"' }],
        };
    }
  } catch (e) {
    // e.g. RangeError: the text is longer than the largest string
    const message = e instanceof Error ? e.message : String(e);
    parsed = { ok: false, errors: [{ file, path: [], code: 'unreadable', message, params: { detail: message } }] };
  }
  progress?.('validate', 1, 1);
  return { parsed, linked: heard.linked, hash, warnings, ...(encoding ? { encoding } : {}), ...(table ? { table } : {}), ...(late ? { check: late } : {}) };
}

/**
 * Imports a user file of either kind. Never throws for any content: every problem comes back as a failure,
 * and nothing is written unless the whole file is valid.
 */
export async function importFile(
  db: RolDb,
  bytes: Uint8Array,
  file: string,
  kind: ImportKind,
  opts: {
    replace: boolean;
    onProgress?: ProgressFn;
    wordings?: readonly WordingInput[];
    /** ask which place a name of several denotes (else such names are left without code) */
    askPlaces?: boolean;
    /** answers to the questions of an earlier attempt (file jurisdiction id → code, or null: leave without code) */
    places?: PlaceChoices;
    /** the file's SHA-256 computed elsewhere (./file-hash.ts, on another thread); by default here, during the write */
    hash?: () => Promise<string>;
  },
): Promise<Result<ImportSummary, ImportFailure>> {
  if (bytes.byteLength > MAX_IMPORT_BYTES)
    return { ok: false, errors: { kind: 'invalid', issues: [tooLargeIssue(file, bytes.byteLength)] } };
  const progress = opts.onProgress;
  const timings: Record<string, number> = {};
  const lap = stepClock(timings);
  const meta = (hash: () => Promise<string>) => {
    const m: Parameters<typeof storeDataset>[2] = { origin: 'user', hash, bytes: bytes.byteLength, replace: opts.replace, timings };
    if (progress) m.onProgress = progress;
    if (opts.wordings) m.wordings = opts.wordings;
    return m;
  };
  const { parsed, linked, hash, encoding, warnings, table, check } = await validateUserFile(db, bytes, file, kind, {
    lap,
    ...(progress ? { onProgress: progress } : {}),
    ...(opts.askPlaces ? { askPlaces: true } : {}),
    ...(opts.places ? { places: opts.places } : {}),
  });
  if (!parsed.ok)
    return {
      ok: false,
      errors: {
        kind: 'invalid',
        issues: parsed.errors,
        ...(linked?.kind === 'questions' ? { questions: linked.questions } : {}),
        ...(encoding ? { encoding } : {}),
      },
    };
  let result: Result<ImportSummary, ImportFailure>;
  try {
    result = await storeDataset(db, parsed.value, { ...meta(opts.hash ?? hash), ...(table ? { table } : {}), ...(check ? { check } : {}) });
  } catch (e) {
    const err = classifyError(e);
    return { ok: false, errors: { kind: 'store', error: err.kind === 'exists' ? 'unknown' : err.kind, message: err.message } };
  }
  if (!result.ok && result.errors.kind === 'invalid')
    return { ok: false, errors: { kind: 'invalid', issues: result.errors.issues.map((i) => ({ ...i, file })) } };
  if (!result.ok) return result;
  const value: ImportSummary = { ...result.value };
  if (linked?.kind === 'linked') value.places = linked.links;
  if (encoding) value.encoding = encoding;
  if (warnings.length) value.warnings = warnings;
  return { ok: true, value };
}

function looksLikeBackupText(text: string): boolean {
  try {
    return looksLikeBackup(JSON.parse(text));
  } catch {
    return false;
  }
}
