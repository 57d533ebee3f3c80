/**
 * Bytes → text, for every file the app reads (reports, CSV datasets): UTF-8 (with or without BOM), UTF-16 with
 * its BOM, GB18030 (GBK, GB2312) or Big5 — detected, not assumed. A byte-order mark decides and is removed;
 * otherwise strict UTF-8 first; otherwise the bytes are decoded both as GB18030 and as Big5 and the decoding
 * whose characters look like Chinese text wins (share of common characters, minus replacement characters,
 * private-use and kana/bopomofo code points that a wrong decoding produces). Pure: Uint8Array in, string out.
 */
import { COMMON_HANZI } from './common-hanzi';

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030' | 'big5';

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
  /** a byte-order mark was present (and removed) */
  bom: boolean;
  /** score of each legacy decoding tried (absent for UTF-8) */
  scores?: Partial<Record<TextEncodingName, number>>;
  /** replacement characters (U+FFFD) in the chosen decoding: bytes that are invalid in it */
  replaced: number;
}

const countReplacement = (s: string): number => {
  let n = 0;
  for (let i = s.indexOf('\uFFFD'); i >= 0; i = s.indexOf('\uFFFD', i + 1)) n++;
  return n;
};

const UTF16_BOMS = [
  ['utf-16le', 0xff, 0xfe],
  ['utf-16be', 0xfe, 0xff],
] as const;

/** How much a decoding looks like Chinese text: 1 for all common characters, lower (even negative) for junk. */
export function chineseScore(s: string): number {
  let nonAscii = 0;
  let common = 0;
  let bad = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (c < 0x80) continue;
    nonAscii++;
    if (COMMON_HANZI.has(ch)) common++;
    else if (c === 0xfffd || (c >= 0xe000 && c <= 0xf8ff) || (c >= 0x3040 && c <= 0x312f) || (c >= 0x3400 && c <= 0x4dbf))
      bad++;
  }
  return nonAscii === 0 ? 1 : (common - 2 * bad) / nonAscii;
}

export function decodeText(bytes: Uint8Array): DecodedText {
  for (const [encoding, b0, b1] of UTF16_BOMS) {
    if (bytes[0] === b0 && bytes[1] === b1) {
      const text = new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes.subarray(2));
      return { text, encoding, bom: true, replaced: countReplacement(text) };
    }
  }
  const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = bom ? bytes.subarray(3) : bytes;
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body);
    return { text, encoding: 'utf-8', bom, replaced: 0 };
  } catch {
    if (bom) {
      // a BOM says UTF-8: keep it, with the invalid bytes replaced
      const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(body);
      return { text, encoding: 'utf-8', bom, replaced: countReplacement(text) };
    }
  }
  const gb = new TextDecoder('gb18030').decode(body);
  const big5 = new TextDecoder('big5').decode(body);
  const scores = { gb18030: chineseScore(gb), big5: chineseScore(big5) };
  // ties go to GB18030, the more common encoding of mainland reports
  const pick: TextEncodingName = scores.big5 > scores.gb18030 ? 'big5' : 'gb18030';
  const text = pick === 'big5' ? big5 : gb;
  return { text, encoding: pick, bom: false, scores, replaced: countReplacement(text) };
}

/** Why a decoding is not believable text: many bytes invalid in it, or characters unlike Chinese text. */
export interface Implausible {
  reason: 'replaced' | 'not_chinese';
  /** replacement characters in the decoding */
  replaced: number;
  /** the chosen legacy decoding's score (`chineseScore`) */
  score?: number;
}

/** Below this score a legacy decoding (GB18030 or Big5) is not taken for Chinese text. */
export const MIN_LEGACY_SCORE = 0.3;
/** More replacement characters than this share of the non-ASCII characters make any decoding unbelievable. */
export const MAX_REPLACED_SHARE = 0.01;

/**
 * Whether a decoding is implausible text: replacement characters (bytes invalid in the encoding) above 1 % of the
 * non-ASCII characters (and more than one), or, for a legacy decoding (no byte-order mark, not UTF-8), a score
 * under MIN_LEGACY_SCORE: neither GB18030 nor Big5 gives text that reads as Chinese (e.g. a Shift_JIS file).
 * Valid UTF-8 is believed as it is.
 */
export function implausibleDecoding(d: DecodedText): Implausible | null {
  if (d.replaced > 1) {
    let nonAscii = 0;
    for (let i = 0; i < d.text.length; i++) if (d.text.charCodeAt(i) >= 0x80) nonAscii++;
    if (d.replaced > MAX_REPLACED_SHARE * nonAscii) return { reason: 'replaced', replaced: d.replaced };
  }
  const score = d.scores?.[d.encoding];
  if (score !== undefined && score < MIN_LEGACY_SCORE) return { reason: 'not_chinese', replaced: d.replaced, score };
  return null;
}

/**
 * Whether bytes look like a binary file rather than text: any NUL byte, or more than 2% control bytes
 * (other than tab, line feed, form feed, carriage return, escape) in the first 64 KB.
 */
export function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 65536);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    if ((b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d && b !== 0x1b) || b === 0x7f) control++;
  }
  return n > 0 && control / n > 0.02;
}
