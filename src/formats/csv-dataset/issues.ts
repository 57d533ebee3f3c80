/** The problems found in one CSV file, up to a cap; each names its row (and column) in `params`. */
import type { ImportIssue } from '../parse-dataset';

export class CsvIssues {
  readonly list: ImportIssue[] = [];

  constructor(
    readonly file: string,
    readonly max: number,
  ) {}

  full(): boolean {
    return this.list.length >= this.max;
  }

  push(code: string, message: string, params: Record<string, string | number> = {}): void {
    if (!this.full()) this.list.push({ file: this.file, path: [], code, message, params });
  }
}
