/**
 * A zip archive's central directory: every entry's name, flags, method, sizes, CRC and where its data starts. The
 * central directory (at the end of the file) is what unzip tools trust; a file without one (cut short) is not
 * read. Names: UTF-8 when the archive says so (flag bit 11) or in an Info-ZIP Unicode path field; otherwise
 * ASCII, else UTF-8 when the bytes are valid UTF-8 (macOS writes UTF-8 names without the flag), else GB18030
 * (Chinese Windows writes names in GBK without the flag).
 */

export interface ZipEntry {
  name: string;
  /** general-purpose flags: bit 0 encrypted, bit 3 sizes in a data descriptor, bit 11 UTF-8 name */
  flags: number;
  /** 0 stored, 8 deflate; others are not read here */
  method: number;
  crc: number;
  compressedSize: number;
  size: number;
  /** where the entry's local header starts */
  localOffset: number;
}

export type ZipDirectory = { ok: true; entries: ZipEntry[] } | { ok: false; reason: 'no_directory' | 'too_many'; count?: number };

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

const u16 = (b: Uint8Array, i: number): number => b[i]! | (b[i + 1]! << 8);
const u32 = (b: Uint8Array, i: number): number => (b[i]! | (b[i + 1]! << 8) | (b[i + 2]! << 16) | (b[i + 3]! << 24)) >>> 0;
/** a little-endian 64-bit field, exact up to 2^53 */
const u64 = (b: Uint8Array, i: number): number => u32(b, i) + u32(b, i + 4) * 0x1_0000_0000;

const utf8Strict = new TextDecoder('utf-8', { fatal: true });
const utf8 = new TextDecoder('utf-8');
const gb18030 = new TextDecoder('gb18030');

/** A name stored without the UTF-8 flag, decoded as the tools that wrote it meant it. */
export function decodeLegacyName(raw: Uint8Array): string {
  if (raw.every((b) => b < 0x80)) return String.fromCharCode(...raw);
  try {
    return utf8Strict.decode(raw);
  } catch {
    return gb18030.decode(raw);
  }
}

function findEocd(b: Uint8Array): number {
  const stop = Math.max(0, b.length - 22 - 0xffff);
  for (let i = b.length - 22; i >= stop; i--) if (u32(b, i) === EOCD) return i;
  return -1;
}

/** Entry count and directory offset, from the zip64 end record when the classic one says 0xFFFF / 0xFFFFFFFF. */
function directoryBounds(b: Uint8Array, eocd: number): { count: number; offset: number } | null {
  let count = u16(b, eocd + 10);
  let offset = u32(b, eocd + 16);
  if (count === 0xffff || offset === 0xffffffff) {
    const loc = eocd - 20;
    if (loc < 0 || u32(b, loc) !== ZIP64_LOCATOR) return null;
    const rec = u64(b, loc + 8);
    if (rec + 56 > b.length || u32(b, rec) !== ZIP64_EOCD) return null;
    count = u64(b, rec + 32);
    offset = u64(b, rec + 48);
  }
  return offset <= b.length ? { count, offset } : null;
}

interface Extra {
  unicodeName?: string;
  size?: number;
  compressedSize?: number;
  localOffset?: number;
}

/** The zip64 sizes and offset (present only for the fields set to 0xFFFFFFFF) and an Info-ZIP Unicode path. */
function readExtra(b: Uint8Array, start: number, end: number, wide: [boolean, boolean, boolean]): Extra {
  const out: Extra = {};
  for (let i = start; i + 4 <= end; ) {
    const id = u16(b, i);
    const len = u16(b, i + 2);
    const body = i + 4;
    if (id === 0x0001) {
      let j = body;
      if (wide[0]) {
        out.size = u64(b, j);
        j += 8;
      }
      if (wide[1]) {
        out.compressedSize = u64(b, j);
        j += 8;
      }
      if (wide[2]) out.localOffset = u64(b, j);
    } else if (id === 0x7075 && len > 5 && b[body] === 1) {
      out.unicodeName = utf8.decode(b.subarray(body + 5, body + len));
    }
    i = body + len;
  }
  return out;
}

function readEntry(b: Uint8Array, p: number): { entry: ZipEntry; next: number } | null {
  if (p + 46 > b.length || u32(b, p) !== CENTRAL) return null;
  const flags = u16(b, p + 8);
  const nameLen = u16(b, p + 28);
  const extraLen = u16(b, p + 30);
  const commentLen = u16(b, p + 32);
  const nameStart = p + 46;
  const extraStart = nameStart + nameLen;
  const next = extraStart + extraLen + commentLen;
  if (next > b.length) return null;
  const rawName = b.subarray(nameStart, extraStart);
  let compressedSize = u32(b, p + 20);
  let size = u32(b, p + 24);
  let localOffset = u32(b, p + 42);
  const extra = readExtra(b, extraStart, extraStart + extraLen, [
    size === 0xffffffff,
    compressedSize === 0xffffffff,
    localOffset === 0xffffffff,
  ]);
  size = extra.size ?? size;
  compressedSize = extra.compressedSize ?? compressedSize;
  localOffset = extra.localOffset ?? localOffset;
  const name = flags & 0x800 ? utf8.decode(rawName) : (extra.unicodeName ?? decodeLegacyName(rawName));
  const entry = { name, flags, method: u16(b, p + 10), crc: u32(b, p + 16), compressedSize, size, localOffset };
  return { entry, next };
}

/** The central directory of a zip archive; `maxEntries` stops before reading a directory that lists more. */
export function readZipDirectory(b: Uint8Array, maxEntries: number): ZipDirectory {
  const eocd = findEocd(b);
  if (eocd < 0) return { ok: false, reason: 'no_directory' };
  const bounds = directoryBounds(b, eocd);
  if (!bounds) return { ok: false, reason: 'no_directory' };
  if (bounds.count > maxEntries) return { ok: false, reason: 'too_many', count: bounds.count };
  const entries: ZipEntry[] = [];
  let p = bounds.offset;
  for (let n = 0; n < bounds.count; n++) {
    const read = readEntry(b, p);
    if (!read) return { ok: false, reason: 'no_directory' };
    entries.push(read.entry);
    p = read.next;
  }
  return { ok: true, entries };
}

/** Where an entry's data starts (after its local header), or -1 when the local header is not there. */
export function entryDataStart(b: Uint8Array, entry: ZipEntry): number {
  const p = entry.localOffset;
  if (p + 30 > b.length || u32(b, p) !== LOCAL) return -1;
  const start = p + 30 + u16(b, p + 26) + u16(b, p + 28);
  return start + entry.compressedSize <= b.length ? start : -1;
}
