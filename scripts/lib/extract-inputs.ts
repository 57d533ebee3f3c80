/**
 * The files `npm run extract` reads: each path given, folders walked (hidden entries and symbolic links skipped,
 * names sorted), files over the size cap refused before they are read.
 */
import { closeSync, existsSync, lstatSync, openSync, readdirSync, readSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { MAX_DOCUMENT_BYTES, type SourceFile } from '../../src/formats/documents/types';

/** A path that gave no file to read, and why. */
export interface InputProblem {
  file: string;
  code: 'not_found' | 'too_large' | 'unreadable' | 'no_files';
  message: string;
}

function readBytes(path: string, size: number): Uint8Array {
  const bytes = new Uint8Array(size);
  const fd = openSync(path, 'r');
  try {
    let off = 0;
    while (off < size) {
      const n = readSync(fd, bytes, off, size - off, off);
      if (n === 0) break;
      off += n;
    }
    return off === size ? bytes : bytes.subarray(0, off);
  } finally {
    closeSync(fd);
  }
}

/** The files under a folder, depth first, names sorted (so a run gives the same order every time). */
function walk(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    if (name.startsWith('.')) continue;
    const path = join(dir, name);
    const st = lstatSync(path);
    if (st.isDirectory()) out.push(...walk(path));
    else if (st.isFile()) out.push(path);
  }
  return out;
}

/** One file: its bytes, or why not. */
function inputFile(path: string): SourceFile | InputProblem {
  try {
    const size = statSync(path).size;
    if (size > MAX_DOCUMENT_BYTES)
      return { file: path, code: 'too_large', message: `the file is ${(size / 1024 / 1024).toFixed(1)} MB; the limit is ${MAX_DOCUMENT_BYTES / 1024 / 1024} MB` };
    return { name: path, bytes: readBytes(path, size) };
  } catch (e) {
    return { file: path, code: 'unreadable', message: (e as Error).message };
  }
}

/** The files of the paths given, in order, and the paths that gave none. */
export function collectInputs(paths: readonly string[]): { files: SourceFile[]; problems: InputProblem[] } {
  const files: SourceFile[] = [];
  const problems: InputProblem[] = [];
  for (const path of paths) {
    if (!existsSync(path)) {
      problems.push({ file: path, code: 'not_found', message: 'file not found' });
      continue;
    }
    const isDir = statSync(path).isDirectory();
    const found = isDir ? walk(path) : [path];
    if (isDir && found.length === 0) problems.push({ file: path, code: 'no_files', message: 'the folder holds no files' });
    for (const f of found) {
      const r = inputFile(f);
      if ('bytes' in r) files.push(r);
      else problems.push(r);
    }
  }
  return { files, problems };
}
