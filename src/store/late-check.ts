/**
 * The last of a validation, run by the write while the database stores the blocks (src/store/records.ts `check`):
 * the observations' ids (unique, derived inputs among them), a few hundred ms at national scale that would
 * otherwise come before the write. A file that fails it is refused with the issues the whole validation gives
 * (nothing is written: the check aborts the transaction).
 */
import { checkIntegrity, MAX_ISSUES } from '../formats/validate';
import type { ImportIssue } from '../formats/parse-dataset';
import type { Result } from '../formats/validate';
import type { Dataset } from '../model/schema';

export interface LateCheck {
  /** true when the dataset passes */
  holds: () => boolean;
  /** the issues of a dataset that does not pass (asked only then) */
  issues: () => ImportIssue[];
}

/** A JSON file's: the rules' issues on the validated dataset (the schema, names, bounds and places passed). */
export const jsonLateCheck = (holds: () => boolean, ds: Dataset, file: string): LateCheck => ({
  holds,
  issues: () => checkIntegrity(ds, MAX_ISSUES).map((i) => ({ ...i, file })),
});

/** An Arrow file's: the file read again row by row (`readRows`), which finds and words its problems. */
export const arrowLateCheck = (holds: () => boolean, readRows: () => Result<unknown, ImportIssue[]>): LateCheck => ({
  holds,
  issues: () => {
    const r = readRows();
    if (r.ok) throw new Error('the file passes when read row by row but not its last check');
    return r.errors;
  },
});

/** `holds`, then `after` (a step clock's lap). */
export const thenLap = (holds: () => boolean, after: () => void) => (): boolean => {
  const ok = holds();
  after();
  return ok;
};
