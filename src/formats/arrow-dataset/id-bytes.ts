/**
 * The observation ids of an Arrow file, unique or not, read from the id column's own bytes: an open-addressing
 * table over row numbers keyed by an FNV-1a hash of each cell's bytes, cells compared byte by byte. The same answer
 * as src/formats/integrity.ts `IdTable` over the decoded strings (ids are ASCII once the column checks passed, so a
 * byte is a character), without reading a million strings a character at a time.
 */
import { DataType, type Vector } from 'apache-arrow';
import type { AsciiColumn } from '../../model/observation-table';
import { insertHashed } from '../integrity';

export type IdBytes = AsciiColumn;

/**
 * The id column's bytes when it is one chunk of plain Utf8 without nulls (as written by this app and most
 * writers), else null.
 */
export function idBytesOf(v: Vector | null): IdBytes | null {
  if (!v || v.data.length !== 1) return null;
  const d = v.data[0]!;
  if (!DataType.isUtf8(d.type) || d.nullCount !== 0 || !(d.valueOffsets instanceof Int32Array) || !(d.values instanceof Uint8Array)) return null;
  // the offsets buffer may be padded past the last cell's end
  return { bytes: d.values, offsets: d.valueOffsets.subarray(0, d.length + 1) };
}

/** 1 for the bytes an id may have: A-Z a-z 0-9 _ . : - */
const ID_BYTE = new Uint8Array(128);
for (const c of 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.:-') ID_BYTE[c.charCodeAt(0)] = 1;

/**
 * Marks the rows whose id is not 1 … 200 characters of A-Z a-z 0-9 _ . : - (the schema's id), read from the bytes:
 * the same rows as the test of the decoded strings (a byte outside ASCII is no such character, and ASCII bytes are
 * characters one for one).
 */
export function markIdBytes(ids: IdBytes, rows: number, bad: Uint8Array): void {
  const { bytes, offsets } = ids;
  for (let i = 0; i < rows; i++) {
    const s = offsets[i]!;
    const e = offsets[i + 1]!;
    if (e - s < 1 || e - s > 200) {
      bad[i] = 1;
      continue;
    }
    for (let p = s; p < e; p++)
      if (ID_BYTE[bytes[p]!] !== 1) {
        bad[i] = 1;
        break;
      }
  }
}

export class ByteIds {
  private readonly slots: Int32Array;
  private readonly mask: number;
  /** each added row's hash (a slot of another id is passed over without comparing bytes) */
  private readonly hashes: Uint32Array;

  constructor(private readonly ids: IdBytes, rows: number) {
    let size = 16;
    while (size < rows * 2) size *= 2;
    this.slots = new Int32Array(size);
    this.hashes = new Uint32Array(rows);
    this.mask = size - 1;
  }

  /**
   * Adds rows 0 … n − 1 in order: true when no id repeats (false at the first that does). Every row's hash is
   * computed first, then the inserts (src/formats/integrity.ts `insertHashed`): 240–370 → 108–132 ms over 1.16 M
   * ids in Node.
   */
  addAll(n: number): boolean {
    const { hashes } = this;
    for (let i = 0; i < n; i++) hashes[i] = this.hashRow(i);
    return insertHashed(this.slots, this.mask, hashes, n, (a, b) => this.sameRows(a, b));
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
    const { slots, mask, hashes } = this;
    const hash = (hashes[i] = this.hashRow(i));
    for (let h = hash & mask; ; h = (h + 1) & mask) {
      const s = slots[h]!;
      if (s === 0) {
        slots[h] = i + 1;
        return i;
      }
      if (hashes[s - 1] === hash && this.sameRows(s - 1, i)) return s - 1;
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
    const hash = (h0 ^ (h0 >>> 15)) >>> 0;
    for (let h = hash & mask; ; h = (h + 1) & mask) {
      const s = slots[h]!;
      if (s === 0) return false;
      if (this.hashes[s - 1] !== hash) continue;
      const start = offsets[s - 1]!;
      if (offsets[s]! - start !== id.length) continue;
      let same = true;
      for (let k = 0; k < id.length && same; k++) same = bytes[start + k] === id.charCodeAt(k);
      if (same) return true;
    }
  }
}
