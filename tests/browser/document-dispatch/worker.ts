/** A module worker running the dispatcher on the files it is given, as the app's import worker does. */
import { readDocuments } from '../../../src/formats/documents';

self.onmessage = async (e: MessageEvent<{ id: number; name: string; bytes: Uint8Array; abort: boolean }>) => {
  const { id, name, bytes, abort } = e.data;
  const progress: number[][] = [];
  const ctl = new AbortController();
  try {
    const outcomes = await readDocuments(
      { name, bytes },
      {
        signal: ctl.signal,
        onProgress: (done, total) => {
          progress.push([done, total]);
          if (abort) ctl.abort();
        },
      },
    );
    self.postMessage({ id, outcomes, progress });
  } catch (err) {
    self.postMessage({ id, error: `${(err as Error).name}: ${(err as Error).message}`, progress });
  }
};
