/** A module worker reading .docx and PDF files with the app's readers, as the app's import worker does. */
import { readDocx } from '../../../src/formats/documents/docx';
import { readPdf } from '../../../src/formats/documents/pdf';

self.onmessage = async (e: MessageEvent<{ id: number; kind: 'docx' | 'pdf'; name: string; bytes: Uint8Array }>) => {
  const { id, kind, name, bytes } = e.data;
  const progress: number[][] = [];
  try {
    const read = kind === 'pdf' ? readPdf : readDocx;
    const outcome = await read({ name, bytes }, 'x', { onProgress: (done, total) => progress.push([done, total]) });
    self.postMessage({ id, outcome, progress });
  } catch (err) {
    self.postMessage({ id, error: `${(err as Error).name}: ${(err as Error).message}`, progress });
  }
};
