/**
 * The observation ids of an Arrow file, unique or not, read from the id column's own bytes: an open-addressing
 * table over row numbers keyed by an FNV-1a hash of each cell's bytes, cells compared byte by byte. The same answer
 * as src/formats/integrity.ts `IdTable` over the decoded strings (ids are ASCII once the column checks passed, so a
 * byte is a character), without reading a million strings a character at a time.
 */
import { DataType, type Vector } from 'apache-arrow';

export interface IdBytes {
  bytes: Uint8Array;
  /** cell i is bytes[offsets[i] … offsets[i + 1]) */
  offsets: Int32Array;
}

/** The id column's bytes when it is one chunk of plain Utf8 (as written by this app and most writers), else null. */
export function idBytesOf(v: Vector | null): IdBytes | null {
  if (!v || v.data.length !== 1) return null;
  const d = v.data[0]!;
  if (!DataType.isUtf8(d.type) || !(d.valueOffsets instanceof Int32Array) || !(d.values instanceof Uint8Array)) return null;
  return { bytes: d.values, offsets: d.valueOffsets };
}

export class ByteIds {
  private readonly slots: Int32Array;
  private readonly mask: number;

  constructor(private readonly ids: IdBytes, rows: number) {
    let size = 16;
    while (size < rows * 2) size *= 2;
    this.slots = new Int32Array(size);
    this.mask = size - 1;
  }

  private hashRow(i: number): number {
    const { bytes, offsets } = this.ids;
    let h = 0x811c9dc5;
    for (let p = offsets[i]!, e = offsets[i + 1]!; p < e; p++) h = Math.imul(h ^ bytes[p]!, 0x01000193);
    return (h ^ (h >>> 15)) >>> 0;
  }

  private sameRows(a: number, b: number): boolean {
    const { bytes, offsets } = this.ids;
    const sa = offsets[a]!;
    const sb = offsets[b]!;
    const len = offsets[a + 1]! - sa;
    if (offsets[b + 1]! - sb !== len) return false;
    for (let k = 0; k < len; k++) if (bytes[sa + k] !== bytes[sb + k]) return false;
    return true;
  }

  /** Adds row `i` unless its id is there: the first row with that id. */
  add(i: number): number {
    const { slots, mask } = this;
    for (let h = this.hashRow(i) & mask; ; h = (h + 1) & mask) {
      const s = slots[h]!;
      if (s === 0) {
        slots[h] = i + 1;
        return i;
      }
      if (this.sameRows(s - 1, i)) return s - 1;
    }
  }

  /** Some row added has the id `id`. */
  has(id: string): boolean {
    const { slots, mask } = this;
    const { bytes, offsets } = this.ids;
    let h0 = 0x811c9dc5;
    for (let k = 0; k < id.length; k++) {
      const c = id.charCodeAt(k);
      // every id added is ASCII
      if (c > 0x7f) return false;
      h0 = Math.imul(h0 ^ c, 0x01000193);
    }
    for (let h = ((h0 ^ (h0 >>> 15)) >>> 0) & mask; ; h = (h + 1) & mask) {
      const s = slots[h]!;
      if (s === 0) return false;
      const start = offsets[s - 1]!;
      if (offsets[s]! - start !== id.length) continue;
      let same = true;
      for (let k = 0; k < id.length && same; k++) same = bytes[start + k] === id.charCodeAt(k);
      if (same) return true;
    }
  }
}
