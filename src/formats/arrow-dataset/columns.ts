/**
 * Arrow columns → plain JavaScript values, fast: a text column is decoded with one TextDecoder call per chunk and
 * cut at its offsets (a call per cell costs more than the whole column), numbers are read from the column's own
 * typed array. Which Arrow types stand for which kind of value: `kindOf`.
 */
import { DataType, Type, type Data, type Vector } from 'apache-arrow';
import type { ArrowColumnKind } from './layout';

/** The kind of value an Arrow type holds here, or null for a type the layout does not take. */
export function kindOf(type: DataType): ArrowColumnKind | null {
  if (DataType.isUtf8(type) || DataType.isLargeUtf8(type)) return 'string';
  if (DataType.isDictionary(type)) return DataType.isUtf8(type.dictionary) || DataType.isLargeUtf8(type.dictionary) ? 'string' : null;
  if (DataType.isInt(type)) return 'integer';
  // half floats lose figures; decimals are not read
  if (DataType.isFloat(type) && type.typeId === Type.Float && (type as { precision: number }).precision !== 0) return 'number';
  return null;
}

/** What a column may be, in the words of the issues. */
export const KIND_TYPES: Record<ArrowColumnKind, string> = {
  string: 'Utf8, LargeUtf8 or a dictionary of Utf8',
  integer: 'Int8 … Int64 or Uint8 … Uint64',
  number: 'Float32, Float64 or an integer type',
};

/**
 * Which cells of a chunk are valid: null when all are, else a test of cell i read from the validity bitmap directly
 * (Arrow's own getValid costs more than decoding the cell).
 */
function validity(d: Data): ((i: number) => boolean) | null {
  if (d.nullCount === 0) return null;
  const bits = d.nullBitmap;
  const base = d.offset;
  if (!bits || bits.byteLength === 0) return () => false;
  return (i) => {
    const p = base + i;
    return ((bits[p >> 3]! >> (p & 7)) & 1) === 1;
  };
}

const fatal = new TextDecoder('utf-8', { fatal: true });
const lenient = new TextDecoder('utf-8');

/**
 * The cells of one chunk of a text column (undefined for a null). The chunk's bytes are decoded at once; each cell
 * is then cut from that text at the character position its byte offset falls on. Bytes that are not UTF-8, or a
 * cell that starts inside a character, are decoded cell by cell instead (invalid bytes become U+FFFD).
 */
function utf8Chunk(d: Data, out: (string | undefined)[], at: number): void {
  const offsets = d.valueOffsets as ArrayLike<number | bigint>;
  const bytes = d.values as Uint8Array;
  const n = d.length;
  const isValid = validity(d);
  const valid = (i: number) => isValid === null || isValid(i);
  const off = (i: number) => Number(offsets[i]);
  const start = off(0);
  const end = off(n);
  let text: string | null;
  try {
    text = fatal.decode(bytes.subarray(start, end));
  } catch {
    text = null;
  }
  if (text !== null && text.length === end - start) {
    // ASCII only: characters are bytes
    for (let i = 0; i < n; i++) out[at + i] = valid(i) ? text.slice(off(i) - start, off(i + 1) - start) : undefined;
    return;
  }
  if (text !== null) {
    let c = 0;
    let p = start;
    let from = 0;
    let ok = true;
    for (let i = 0; i < n && ok; i++) {
      const e = off(i + 1);
      if (p < e && (bytes[p]! & 0xc0) === 0x80) ok = false;
      for (; p < e; p++) {
        const b = bytes[p]!;
        if ((b & 0xc0) !== 0x80) c += b >= 0xf0 ? 2 : 1;
      }
      out[at + i] = valid(i) ? text.slice(from, c) : undefined;
      from = c;
    }
    if (ok) return;
  }
  for (let i = 0; i < n; i++) out[at + i] = valid(i) ? lenient.decode(bytes.subarray(off(i), off(i + 1))) : undefined;
}

/** A text column's cells (plain or dictionary-encoded), undefined for nulls. */
export function stringCells(v: Vector): (string | undefined)[] {
  const out = new Array<string | undefined>(v.length);
  let at = 0;
  for (const d of v.data) {
    if (DataType.isDictionary(d.type)) {
      const dict = d.dictionary ? stringCells(d.dictionary) : [];
      const keys = d.values as ArrayLike<number | bigint>;
      const isValid = validity(d);
      for (let i = 0; i < d.length; i++) out[at + i] = isValid === null || isValid(i) ? dict[Number(keys[i])] : undefined;
    } else utf8Chunk(d, out, at);
    at += d.length;
  }
  return out;
}

/**
 * A numeric column's cells as numbers, and which are null. 64-bit integers beyond 2^53 become NaN (not a number
 * the dataset can hold), so validation refuses them.
 */
export function numberCells(v: Vector): { values: Float64Array; missing: Uint8Array | null } {
  const values = new Float64Array(v.length);
  let missing: Uint8Array | null = null;
  let at = 0;
  for (const d of v.data) {
    const src = d.values as Float64Array | Float32Array | Int32Array | BigInt64Array | BigUint64Array;
    const isValid = validity(d);
    const n = d.length;
    if (src instanceof BigInt64Array || src instanceof BigUint64Array) {
      for (let i = 0; i < n; i++) {
        const x = src[i]!;
        values[at + i] = BigInt(Number(x)) === x ? Number(x) : Number.NaN;
      }
    } else values.set(src.subarray(0, n), at);
    if (isValid !== null)
      for (let i = 0; i < n; i++)
        if (!isValid(i)) {
          missing ??= new Uint8Array(v.length);
          missing[at + i] = 1;
        }
    at += n;
  }
  return { values, missing };
}
