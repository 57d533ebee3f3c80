/**
 * Reading a report: a dropped file is decoded in the import worker (the one place that holds the text decoder and
 * its table of common characters), pasted text is checked here; both with the limits of src/formats/report-text.ts.
 */
import { MAX_FILE_BYTES, type ReadResult } from '../../formats/report-text';
import { runInWorker } from '../../store/worker-client';
export { simplifiedRendering } from './to-simplified';

export async function readReportFile(file: File): Promise<ReadResult> {
  if (file.size > MAX_FILE_BYTES) return { ok: false, problem: 'too_big' };
  return runInWorker<ReadResult>({ type: 'report-text', file });
}
