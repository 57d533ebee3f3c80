/**
 * A .zip of reports: one outcome per file inside (named `archive.zip/inner/path`), a zip inside it unpacked one
 * level deep. The central directory is read first (./zip-directory.ts; none → `corrupt`), then every entry is
 * unpacked with its bytes counted (./zip-unpack.ts) before any is read, so that an archive over a cap — more than
 * MAX_ARCHIVE_FILES files, more than MAX_ARCHIVE_UNPACKED_BYTES in all (declared or produced, nested archives
 * included), an entry past MAX_ARCHIVE_RATIO times its compressed size — gives one `zip_bomb` problem naming it
 * and nothing else. An entry over MAX_DOCUMENT_BYTES is `too_large`; a damaged entry `corrupt`; an encrypted one,
 * or one packed by another method than stored/deflate, `unsupported`; a zip inside a zip inside this one
 * `zip_bomb`.
 *
 * Skipped silently: directories, `__MACOSX/`, `._*`, `.DS_Store`, `Thumbs.db`, `desktop.ini`. Skipped with a
 * `zip_entry_skipped` warning: images, media and other files that are neither a report nor a report format not
 * read here (.doc, .wps, .rtf… give an `unsupported` problem each). The warnings go on the first report read from
 * the archive; an archive with no report gives each skipped file as an `unsupported` problem instead.
 */
import { checkAborted, yieldToEventLoop } from './abort';
import { extensionOf, problem } from './outcome';
import { sniff } from './sniff';
import {
  MAX_ARCHIVE_FILES,
  MAX_ARCHIVE_RATIO,
  MAX_ARCHIVE_UNPACKED_BYTES,
  MAX_DOCUMENT_BYTES,
  type DocumentOutcome,
  type DocumentWarning,
  type ReadOptions,
  type SourceFile,
} from './types';
import { readZipDirectory, type ZipEntry } from './zip-directory';
import { unpackEntry } from './zip-unpack';

/** Reads one file that is not an archive (the dispatcher). */
export type EntryReader = (file: SourceFile, opts: ReadOptions | undefined) => Promise<DocumentOutcome>;

export interface ZipLimits {
  files: number;
  unpackedBytes: number;
  ratio: number;
  /** output below this is never held to the ratio */
  ratioFloor: number;
  fileBytes: number;
}

export const ZIP_LIMITS: ZipLimits = {
  files: MAX_ARCHIVE_FILES,
  unpackedBytes: MAX_ARCHIVE_UNPACKED_BYTES,
  ratio: MAX_ARCHIVE_RATIO,
  ratioFloor: 1024 * 1024,
  fileBytes: MAX_DOCUMENT_BYTES,
};

const IGNORED = /(^|\/)(__MACOSX\/|\._[^/]*$|\.DS_Store$|Thumbs\.db$|desktop\.ini$)/i;
const MEDIA = new Set(['jpg', 'jpeg', 'png', 'gif', 'bmp', 'tif', 'tiff', 'webp', 'svg', 'ico', 'mp3', 'mp4', 'avi', 'wmv', 'mov', 'flv', 'wav', 'exe', 'dll', 'js', 'css']);

/** An archive's shared count of bytes unpacked, nested archives included. */
interface Budget {
  left: number;
}

type Unpacking = { ok: true; files: SourceFile[]; failed: DocumentOutcome[]; skipped: string[] } | { ok: false; bomb: DocumentOutcome };

const bomb = (name: string, message: string, params: Record<string, string | number>): Unpacking => ({
  ok: false,
  bomb: problem(name, 'zip_bomb', `${name}: ${message}`, params),
});

function entryProblem(full: string, reason: 'over_size' | 'corrupt' | 'method' | 'encrypted', limits: ZipLimits): DocumentOutcome {
  if (reason === 'over_size')
    return problem(full, 'too_large', `${full} unpacks to more than ${limits.fileBytes} bytes`, { max: limits.fileBytes });
  if (reason === 'corrupt') return problem(full, 'corrupt', `${full} is damaged inside its archive`);
  return problem(full, 'unsupported', `${full} is ${reason === 'encrypted' ? 'encrypted' : 'packed by a method not read here'}`);
}

async function unpackAll(file: SourceFile, entries: ZipEntry[], budget: Budget, limits: ZipLimits, signal?: AbortSignal): Promise<Unpacking> {
  const files: SourceFile[] = [];
  const failed: DocumentOutcome[] = [];
  const skipped: string[] = [];
  for (const entry of entries) {
    checkAborted(signal);
    const full = `${file.name}/${entry.name}`;
    if (MEDIA.has(extensionOf(entry.name))) {
      skipped.push(full);
      continue;
    }
    if (entry.flags & 1) {
      failed.push(entryProblem(full, 'encrypted', limits));
      continue;
    }
    const maxBytes = Math.min(budget.left, limits.fileBytes);
    const out = unpackEntry(file.bytes, entry, { maxBytes, maxRatio: limits.ratio, ratioFloor: limits.ratioFloor });
    // every byte produced counts, a damaged entry's too
    budget.left -= out.ok ? out.bytes.length : out.produced;
    if (out.ok) files.push({ name: full, bytes: out.bytes });
    else if (out.reason === 'over_ratio')
      return bomb(file.name, `${entry.name} unpacks to more than ${limits.ratio} times its packed size`, { entry: entry.name, ratio: limits.ratio });
    else if (out.reason === 'over_size' && maxBytes < limits.fileBytes)
      return bomb(file.name, `unpacks to more than ${limits.unpackedBytes} bytes`, { max: limits.unpackedBytes });
    else failed.push(entryProblem(full, out.reason, limits));
    if (files.length % 16 === 0) await yieldToEventLoop();
  }
  return { ok: true, files, failed, skipped };
}

function skippedWarning(name: string): DocumentWarning {
  return { code: 'zip_entry_skipped', message: `${name} is not a report and was skipped`, params: { entry: name } };
}

/** Skipped entries as warnings on the first report read, or as problems when none was. */
function withSkipped(outcomes: DocumentOutcome[], skipped: readonly string[]): DocumentOutcome[] {
  if (!skipped.length) return outcomes;
  const first = outcomes.findIndex((o) => o.ok);
  if (first < 0)
    return [...outcomes, ...skipped.map((s) => problem(s, 'unsupported', `${s} is not a report format read here`))];
  const o = outcomes[first]!;
  if (o.ok) outcomes[first] = { ok: true, doc: { ...o.doc, warnings: [...o.doc.warnings, ...skipped.map(skippedWarning)] } };
  return outcomes;
}

type Listing = { ok: true; entries: ZipEntry[] } | { ok: false; outcome: DocumentOutcome };

function listEntries(file: SourceFile, limits: ZipLimits): Listing {
  const dir = readZipDirectory(file.bytes, limits.files);
  const name = file.name;
  if (!dir.ok && dir.reason === 'too_many')
    return { ok: false, outcome: problem(name, 'zip_bomb', `${name} holds ${dir.count} files, over ${limits.files}`, { files: dir.count ?? 0, max: limits.files }) };
  if (!dir.ok) return { ok: false, outcome: problem(name, 'corrupt', `${name} is not a readable zip archive (cut short or damaged)`) };
  const entries = dir.entries.filter((e) => !e.name.endsWith('/') && !IGNORED.test(e.name));
  const declared = entries.reduce((n, e) => n + e.size, 0);
  if (declared > limits.unpackedBytes)
    return { ok: false, outcome: problem(name, 'zip_bomb', `${name} unpacks to ${declared} bytes, over ${limits.unpackedBytes}`, { bytes: declared, max: limits.unpackedBytes }) };
  if (!entries.length) return { ok: false, outcome: problem(name, 'empty', `${name} holds no files`) };
  return { ok: true, entries };
}

type ArchiveRead = { ok: true; outcomes: DocumentOutcome[] } | { ok: false; bomb: DocumentOutcome };

async function readArchive(file: SourceFile, opts: ReadOptions | undefined, read: EntryReader, depth: number, budget: Budget, limits: ZipLimits): Promise<ArchiveRead> {
  const listing = listEntries(file, limits);
  if (!listing.ok) return listing.outcome.ok || listing.outcome.problem.code !== 'zip_bomb' ? { ok: true, outcomes: [listing.outcome] } : { ok: false, bomb: listing.outcome };
  const unpacked = await unpackAll(file, listing.entries, budget, limits, opts?.signal);
  if (!unpacked.ok) return unpacked;
  const outcomes: DocumentOutcome[] = [...unpacked.failed];
  const skipped = [...unpacked.skipped];
  const total = unpacked.files.length;
  const inner = opts?.signal ? { signal: opts.signal } : undefined;
  for (const [i, entry] of unpacked.files.entries()) {
    checkAborted(opts?.signal);
    const kind = sniff(entry.bytes, entry.name);
    if (kind.kind === 'zip' && depth >= 1)
      outcomes.push(problem(entry.name, 'zip_bomb', `${entry.name} is an archive inside an archive inside an archive`, { depth: depth + 1 }));
    else if (kind.kind === 'zip') {
      const nested = await readArchive(entry, inner, read, depth + 1, budget, limits);
      if (!nested.ok) return nested;
      outcomes.push(...nested.outcomes);
    } else if (kind.kind === 'binary' || (kind.kind === 'unsupported' && kind.format === 'image')) skipped.push(entry.name);
    else outcomes.push(await read(entry, inner));
    opts?.onProgress?.(i + 1, total);
  }
  return { ok: true, outcomes: withSkipped(outcomes, skipped) };
}

/** The reports in a zip archive (see the top of this file). */
export async function readZip(file: SourceFile, read: EntryReader, opts?: ReadOptions, limits: ZipLimits = ZIP_LIMITS): Promise<DocumentOutcome[]> {
  const result = await readArchive(file, opts, read, 0, { left: limits.unpackedBytes }, limits);
  return result.ok ? result.outcomes : [result.bomb];
}
