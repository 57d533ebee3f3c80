/**
 * One zip entry's bytes, inflated with fflate's streaming `Inflate` in small steps so the bytes are counted as
 * they come out: a header's declared size can lie, so the caps hold on what is actually produced. The CRC-32 the
 * directory states is checked, and so is the size.
 */
import { Inflate } from 'fflate';
import { entryDataStart, type ZipEntry } from './zip-directory';

export interface UnpackLimits {
  /** the most this entry may produce (the caller gives what is left of the archive's budget, or the file cap) */
  maxBytes: number;
  /** output may be at most this many times the entry's compressed size… */
  maxRatio: number;
  /** …once it is past this many bytes (small files of repeated characters compress far better than text) */
  ratioFloor: number;
}

export type Unpacked =
  | { ok: true; bytes: Uint8Array }
  | { ok: false; reason: 'over_size' | 'over_ratio' | 'corrupt' | 'method'; produced: number };

/** Input fed to the inflater per step: at most ~16 MB can come out of one step (deflate expands at most 1032×). */
const STEP = 16 * 1024;

const CRC_TABLE = (() => {
  const t = new Int32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c;
  }
  return t;
})();

export function crc32(chunks: readonly Uint8Array[]): number {
  let c = -1;
  for (const chunk of chunks) for (let i = 0; i < chunk.length; i++) c = CRC_TABLE[(c ^ chunk[i]!) & 0xff]! ^ (c >>> 8);
  return (c ^ -1) >>> 0;
}

class OverLimit extends Error {
  constructor(readonly reason: 'over_size' | 'over_ratio') {
    super(reason);
  }
}

function concat(chunks: readonly Uint8Array[], length: number): Uint8Array {
  if (chunks.length === 1) return chunks[0]!;
  const out = new Uint8Array(length);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

export function unpackEntry(archive: Uint8Array, entry: ZipEntry, limits: UnpackLimits): Unpacked {
  if (entry.method !== 0 && entry.method !== 8) return { ok: false, reason: 'method', produced: 0 };
  const start = entryDataStart(archive, entry);
  if (start < 0) return { ok: false, reason: 'corrupt', produced: 0 };
  const data = archive.subarray(start, start + entry.compressedSize);
  const chunks: Uint8Array[] = [];
  let produced = 0;
  const take = (chunk: Uint8Array): void => {
    produced += chunk.length;
    if (produced > limits.maxBytes) throw new OverLimit('over_size');
    if (produced > limits.ratioFloor && produced > data.length * limits.maxRatio) throw new OverLimit('over_ratio');
    if (chunk.length) chunks.push(chunk);
  };
  try {
    if (entry.method === 0) take(data);
    else {
      let done = false;
      const inflate = new Inflate((chunk, final) => {
        take(chunk);
        done ||= final;
      });
      for (let i = 0; i < data.length || i === 0; i += STEP) inflate.push(data.subarray(i, i + STEP), i + STEP >= data.length);
      if (!done) return { ok: false, reason: 'corrupt', produced };
    }
  } catch (e) {
    return { ok: false, reason: e instanceof OverLimit ? e.reason : 'corrupt', produced };
  }
  if (produced !== entry.size || crc32(chunks) !== entry.crc) return { ok: false, reason: 'corrupt', produced };
  return { ok: true, bytes: concat(chunks, produced) };
}
