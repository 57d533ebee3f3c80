/**
 * CSV and TSV for spreadsheets (Excel, WPS, LibreOffice). Pure.
 * - CSV: UTF-8 with a byte-order mark (Excel and WPS otherwise read UTF-8 as the local code page), CRLF rows,
 *   RFC 4180 quoting.
 * - Formula injection (a spreadsheet runs a cell that starts like a formula): a text cell that starts with = + - − @ (ASCII or full-width), tab or CR —
 *   also after leading whitespace or line breaks — is prefixed with an apostrophe so it stays text. Numbers are
 *   written as numbers (a negative number is data, not a formula).
 * - TSV (clipboard, to paste into a sheet): tabs and line breaks inside a cell become spaces; same neutralising.
 */

export type CellValue = string | number | boolean | null | undefined;

export const BOM = '\uFEFF';

const FORMULA_START = /^(?:[\t\r]|[\s\u00a0\u3000\ufeff]*[=+\-\u2212@\uff1d\uff0b\uff0d\uff20])/;

export function isFormulaLike(s: string): boolean {
  return FORMULA_START.test(s);
}

/** Text that a spreadsheet would run as a formula gets a leading apostrophe. */
export function neutralise(s: string): string {
  return isFormulaLike(s) ? `'${s}` : s;
}

/** A cell's text: numbers in their shortest round-trip form, null/undefined empty, text neutralised. */
export function cellText(v: CellValue): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return Number.isFinite(v) ? String(Object.is(v, -0) ? 0 : v) : '';
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  return neutralise(v);
}

function quoteCsv(s: string): string {
  return /[",\r\n]|^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** A CSV document (BOM + header + rows, CRLF). */
export function toCsv(header: readonly string[], rows: readonly (readonly CellValue[])[], withBom = true): string {
  const lines = [header, ...rows].map((r) => r.map((v) => quoteCsv(cellText(v))).join(','));
  return (withBom ? BOM : '') + lines.join('\r\n') + '\r\n';
}

/** Tab-separated text for the clipboard: one line per row, no quoting, no BOM. */
export function toTsv(header: readonly string[], rows: readonly (readonly CellValue[])[]): string {
  const cell = (v: CellValue) => cellText(v).replace(/[\t\r\n\u2028\u2029]+/g, ' ');
  return [header, ...rows].map((r) => r.map(cell).join('\t')).join('\r\n') + '\r\n';
}
