/**
 * Flattened tables: a header row, then value rows, the cells separated by "|" or by runs of two or more spaces (or
 * tabs), as tables come out of a web page or a PDF. Each value cell becomes a figure whose subject is its row label
 * and its column header; a header that is a year gives the figure that year, a unit in the header ("(件)") its unit.
 * One pass over the lines; rows that do not look like table rows end the table.
 */
import { unitAt } from './units';
import type { RawFigure, Span } from './types';

interface Cell extends Span {
  text: string;
}

const SEPARATOR = /\s*\|\s*|\t+|\s{2,}/g;
const NUMERIC = /^(?:[-−－]?)(?:[约近超逾]?)(\d+(?:,\d{3})*(?:\.\d+)?)(?:[万亿千]?)(?:[余多])?(.*)$/;
const RULE_LINE = /^[\s|:：\-—=+]*$/;
const MAX_CELL = 30;

/** The cells of a line, or null when it is not split into at least two by "|" or runs of spaces. */
function cellsOf(hay: string, start: number, end: number): Cell[] | null {
  const line = hay.slice(start, end);
  if (!/\||\t|\S\s{2,}\S/.test(line) || RULE_LINE.test(line)) return null;
  const cells: Cell[] = [];
  let at = 0;
  SEPARATOR.lastIndex = 0;
  const push = (a: number, b: number) => {
    const raw = line.slice(a, b);
    const lead = raw.length - raw.trimStart().length;
    const text = raw.trim();
    if (text) cells.push({ start: start + a + lead, end: start + a + lead + text.length, text });
  };
  for (let m = SEPARATOR.exec(line); m; m = SEPARATOR.exec(line)) {
    if (m[0].length === 0) {
      SEPARATOR.lastIndex++;
      continue;
    }
    push(at, m.index);
    at = m.index + m[0].length;
  }
  push(at, line.length);
  return cells.length >= 2 && cells.every((c) => c.text.length <= MAX_CELL) ? cells : null;
}

/** A cell that holds one number, with at most a unit after it. */
function numericCell(c: Cell): { numStart: number; numEnd: number; unitLength: number; unit: string } | null {
  const m = NUMERIC.exec(c.text);
  if (!m) return null;
  const rest = m[2]!;
  const u = unitAt(rest, 0);
  if (rest.length !== u.length && !/^(?:以上|以下|左右)$/.test(rest.slice(u.length))) return null;
  const numStart = c.start + c.text.indexOf(m[1]!);
  return { numStart, numEnd: numStart + m[1]!.length, unitLength: u.length, unit: u.unit };
}

const yearOf = (s: string): number | null => {
  const m = /^((?:19|20)\d\d)(?:年(?:度)?)?(?:\s*[((][^))]*[))])?$/.exec(s.trim());
  return m ? Number(m[1]) : null;
};
const headerUnit = (s: string): string => /[((](?:单位[::])?([^()()]{1,4})[))]\s*$/.exec(s)?.[1] ?? '';

export interface Tables {
  /** spans of the tables (their figures come from here, not from the scanner) */
  spans: Span[];
  figures: RawFigure[];
}

export function tableFigures(hay: string): Tables {
  const spans: Span[] = [];
  const figures: RawFigure[] = [];
  const rows: { line: Span; cells: Cell[] }[] = [];
  // a row of words after rows of figures heads a new table
  const flush = () => {
    let from = 0;
    for (let k = 1; k <= rows.length; k++) {
      if (k < rows.length && !(wordsOnly(rows[k]!.cells) && !wordsOnly(rows[k - 1]!.cells))) continue;
      if (k - from >= 2) readTable(rows.slice(from, k), spans, figures);
      from = k;
    }
    rows.length = 0;
  };
  let start = 0;
  for (const text of hay.split('\n')) {
    const end = start + text.length;
    const cells = text.length <= 400 ? cellsOf(hay, start, end) : null;
    if (cells) rows.push({ line: { start, end }, cells });
    else if (!RULE_LINE.test(text) || !rows.length) flush();
    start = end + 1;
  }
  flush();
  return { spans, figures };
}

const CAPTION = /^(?:表|附表|图)\s*\d+/;
const CHANGE_HEADER = /同比|增减|增幅|增长|变化|较上年|比上年/;

/** A row of words: no figure in it but years (a header names columns; a caption "表1 …" is no header). */
const wordsOnly = (cells: readonly Cell[]): boolean => cells.every((c) => !numericCell(c) || yearOf(c.text) !== null);

function readTable(rows: { line: Span; cells: Cell[] }[], spans: Span[], figures: RawFigure[]): void {
  // the header: the last row of words before the first row with figures
  let h = -1;
  for (let k = 0; k < rows.length && wordsOnly(rows[k]!.cells); k++) if (!CAPTION.test(rows[k]!.cells[0]!.text)) h = k;
  if (h < 0 || h === rows.length - 1) return;
  const header = rows[h]!.cells;
  const body = rows.slice(h + 1);
  // a first column of serial numbers (序号 1, 2, 3) is not a label
  const serial = /^(?:序号|编号|No\.?)$/i.test(header[0]!.text) || body.every((r, k) => r.cells[0]?.text === String(k + 1));
  const skip = serial ? 1 : 0;
  const out: RawFigure[] = [];
  for (const r of body) {
    const cells = r.cells.slice(skip);
    const label = cells[0];
    if (!label || (numericCell(label) && yearOf(label.text) === null)) continue;
    // cells line up with the header's columns from the right (a header may lack the label column's name)
    const offset = header.length - skip - cells.length;
    for (let k = 1; k < cells.length; k++) {
      const head = header[skip + k + offset];
      const f = cellFigure(cells[k]!, label, head);
      if (f) out.push(f);
    }
  }
  if (!out.length) return;
  spans.push({ start: rows[h]!.line.start, end: rows[rows.length - 1]!.line.end });
  figures.push(...out);
}

/** The figure of a value cell under its row label and column header, or null when the cell holds none. */
function cellFigure(cell: Cell, label: Cell, head: Cell | undefined): RawFigure | null {
  const n = numericCell(cell);
  if (!n) return null;
  const year = head ? yearOf(head.text) : null;
  const unit = n.unit || (head ? headerUnit(head.text) : '') || headerUnit(label.text);
  // a column of changes (同比, 增减): the cell is a change, negative when it says so
  const change = head !== undefined && CHANGE_HEADER.test(head.text) && (unit === '%' || unit.endsWith('百分点'));
  const negative = /^[-−－]/.test(cell.text);
  return {
    start: cell.start,
    end: cell.end,
    numStart: n.numStart,
    numEnd: n.numEnd,
    unit,
    unitStart: n.unitLength ? cell.end - n.unitLength : cell.end,
    unitEnd: cell.end,
    chinese: false,
    change: change ? (negative ? 'decrease' : 'increase') : null,
    changeCarried: change && negative,
    joined: false,
    reduction: false,
    cell: { row: { start: label.start, end: label.end }, header: head && year === null ? { start: head.start, end: head.end } : null, period: year ?? yearOf(label.text) },
  };
}
