/**
 * Reading a report: a dropped file is decoded in the import worker (the one place that holds the text decoder and
 * its table of common characters), pasted text is checked here; both with the limits of src/formats/report-text.ts.
 */
import { MAX_FILE_BYTES, type ReadResult } from '../../formats/report-text';
import { runInWorker } from '../../store/worker-client';
import { loadToSimplified } from './to-simplified';

export async function readReportFile(file: File): Promise<ReadResult> {
  if (file.size > MAX_FILE_BYTES) return { ok: false, problem: 'too_big' };
  return runInWorker<ReadResult>({ type: 'report-text', file });
}

/** Traditional script when more than 1% of the characters change under opencc's t→cn conversion. */
export async function simplifiedRendering(text: string): Promise<{ script: 'simplified' | 'traditional'; textSimplified?: string }> {
  const s = (await loadToSimplified())(text);
  if (s.length !== text.length) return { script: 'simplified' };
  let changed = 0;
  for (let i = 0; i < s.length; i++) if (s[i] !== text[i]) changed++;
  return changed / Math.max(1, text.length) > 0.01 ? { script: 'traditional', textSimplified: s } : { script: 'simplified' };
}
