/**
 * Readable, safe file names for exports, whatever the data contains: Chinese is kept; path separators, control
 * and bidi characters, characters Windows refuses, leading dots and reserved device names are removed; the
 * name is capped (in UTF-8 bytes, since most file systems limit a name to 255 bytes). Pure.
 */

/** Control (C0, DEL, C1), bidi/zero-width format characters, and characters that are unsafe in file names. */
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff\ufff9-\ufffb<>:"/\\|?*]/g;
const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³]|conin\$|conout\$)$/i;
export const MAX_NAME_BYTES = 180;

const utf8Length = (s: string): number => new TextEncoder().encode(s).length;

/** One part of a name: unsafe characters become spaces, whitespace runs a single space, trimmed. */
export function cleanPart(part: string): string {
  return part
    .normalize('NFC')
    .replace(UNSAFE, ' ')
    .replace(/[\s\u3000]+/g, ' ')
    .trim();
}

/** Cuts a string to at most `maxBytes` UTF-8 bytes without splitting a character (surrogate pairs kept whole). */
export function capBytes(s: string, maxBytes: number): string {
  if (utf8Length(s) <= maxBytes) return s;
  let out = '';
  let bytes = 0;
  for (const ch of s) {
    const n = utf8Length(ch);
    if (bytes + n > maxBytes) break;
    out += ch;
    bytes += n;
  }
  return out;
}

/**
 * Joins parts with "-" into `stem.ext`: `safeFilename(['行政复议', '武进', '2022-2023'], 'png')` →
 * `行政复议-武进-2022-2023.png`. Empty parts are dropped; an empty result becomes `fallback`.
 */
export function safeFilename(parts: readonly string[], ext: string, fallback = 'export', maxBytes = MAX_NAME_BYTES): string {
  const cleanExt = ext.replace(/[^A-Za-z0-9]/g, '').slice(0, 8).toLowerCase();
  const suffix = cleanExt ? `.${cleanExt}` : '';
  let stem = parts
    .map(cleanPart)
    .filter((p) => p.length > 0)
    .join('-');
  stem = capBytes(stem, Math.max(1, maxBytes - suffix.length));
  // no leading dots/dashes (hidden files, options), no trailing dots/spaces (Windows strips them)
  stem = stem.replace(/^[\s.-]+/, '').replace(/[\s.]+$/, '');
  if (!stem) stem = cleanPart(fallback).replace(/^[\s.-]+/, '') || 'export';
  // CON, NUL.txt … are device names on Windows whatever the extension
  if (RESERVED.test(stem.split('.')[0]!.trim())) stem = `_${stem}`;
  return stem + suffix;
}

/** "2022" or "2022-2023" from the periods shown; empty when there are none. */
export function periodSpan(periods: readonly number[]): string {
  if (periods.length === 0) return '';
  const min = Math.min(...periods);
  const max = Math.max(...periods);
  return min === max ? String(min) : `${min}-${max}`;
}

/** Local calendar date as YYYY-MM-DD (the export date printed on images and in file names). */
export function isoDate(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

/** Makes names unique within one archive: a second `a.png` becomes `a-2.png`. */
export function uniqueNames(names: readonly string[]): string[] {
  const seen = new Set<string>();
  return names.map((name) => {
    const dot = name.lastIndexOf('.');
    const stem = dot > 0 ? name.slice(0, dot) : name;
    const ext = dot > 0 ? name.slice(dot) : '';
    let candidate = name;
    for (let i = 2; seen.has(candidate.toLowerCase()); i++) candidate = `${stem}-${i}${ext}`;
    seen.add(candidate.toLowerCase());
    return candidate;
  });
}
