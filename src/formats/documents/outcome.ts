/** Building outcomes: a problem that names its file, a document read. */
import type { DocumentOutcome, DocumentProblemCode, ReadDocument } from './types';

export function problem(
  file: string,
  code: DocumentProblemCode,
  message: string,
  params?: Record<string, string | number>,
): DocumentOutcome {
  return { ok: false, problem: params ? { file, code, message, params } : { file, code, message } };
}

export function success(doc: ReadDocument): DocumentOutcome {
  return { ok: true, doc };
}

/** The lower-cased extension of a file name (without the dot), '' when there is none. */
export function extensionOf(name: string): string {
  const base = name.slice(name.lastIndexOf('/') + 1);
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
}
