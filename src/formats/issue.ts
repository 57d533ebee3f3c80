/** What validation returns: a value, or every problem found (up to a cap), each with its JSON path. */

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
