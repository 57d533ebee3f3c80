/**
 * Figures as reports write them: 1.25万件, 300余件, 近500件, 不到1000件, 80至120件, 96.5%以上, 压缩50%以上, 3.2亿元 …
 * Each writer returns the figure and the value it states (docs/dataset-format.md, "Values"); the random numbers
 * are drawn in a fixed order, so a seed gives the same figures.
 */
import type { Qualifier } from '../../../src/model/schema';
import type { Style } from './metrics';

/** Chinese numerals, for section headings. */
export const ZH_NUM = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二', '十三', '十四', '十五'];

/** 1.20 → "1.2", 3.00 → "3" */
const trimDec = (x: number, digits: number): string => {
  const s = x.toFixed(digits);
  return s.includes('.') ? s.replace(/\.?0+$/, '') : s;
};

/** rounds to `sig` significant digits, down / nearest / up */
function roundSig(x: number, sig: number, mode: 'down' | 'near' | 'up'): number {
  if (x <= 0) return 0;
  const p = 10 ** Math.max(0, Math.floor(Math.log10(x)) - sig + 1);
  const f = mode === 'down' ? Math.floor : mode === 'up' ? Math.ceil : Math.round;
  return f(x / p) * p;
}

export interface WrittenFigure {
  figure: string;
  value: number;
  qualifier: Qualifier;
  valueMax?: number;
}

/** "1.25万" for ≥ 10,000 (value is then a multiple of 100), plain digits below */
function countText(n: number, allowWan: boolean): { text: string; value: number } {
  if (allowWan && n >= 10000) {
    const v = Math.round(n / 100) * 100;
    return { text: `${trimDec(v / 1e4, 2)}万`, value: v };
  }
  return { text: String(n), value: n };
}

/** `q` picks the qualifier (0 ≤ q < 1; 0 when the figure must be exact); `r` gives further random numbers. */
type Writer = (x: number, unit: string, q: number, r: () => number) => WrittenFigure;

const writeCount: Writer = (x, unit, q, r) => {
  const n = Math.max(1, Math.round(x));
  if (q < 0.74 || n < 20) {
    const c = countText(n, r() < 0.6);
    return { figure: `${c.text}${unit}`, value: c.value, qualifier: 'exact' };
  }
  if (q < 0.86) {
    const v = roundSig(n, 2, 'down');
    if (v >= 10000 && r() < 0.5) return { figure: `超${trimDec(v / 1e4, 1)}万${unit}`, value: roundSig(n, 2, 'down'), qualifier: 'at_least' };
    const c = countText(v, false);
    return { figure: r() < 0.7 ? `${c.text}余${unit}` : `${c.text}多${unit}`, value: v, qualifier: 'at_least' };
  }
  if (q < 0.94) {
    const v = roundSig(n, 2, q < 0.9 ? 'up' : 'near');
    const c = countText(v, v >= 10000);
    return { figure: `${q < 0.9 ? '近' : '约'}${c.text}${unit}`, value: c.value, qualifier: 'approx' };
  }
  if (q < 0.97) {
    const v = roundSig(n, 1, 'up');
    const c = countText(v, v >= 10000);
    return { figure: `不到${c.text}${unit}`, value: c.value, qualifier: 'at_most' };
  }
  const lo = roundSig(n * 0.9, 1, 'down');
  const hi = roundSig(n * 1.15, 1, 'up');
  if (lo >= hi || lo >= 10000) return { figure: `${n}${unit}`, value: n, qualifier: 'exact' };
  return { figure: `${lo}至${hi}${unit}`, value: lo, valueMax: hi, qualifier: 'range' };
};

const writeRate: Writer = (x, _unit, q) => {
  const v = Math.min(100, Math.max(0, x));
  if (q < 0.85 || v < 5) {
    const w = Number(v.toFixed(q < 0.5 ? 2 : 1));
    return { figure: `${w}%`, value: w, qualifier: 'exact' };
  }
  if (q < 0.95 && v < 100) {
    const w = Math.floor(v);
    return { figure: `${w}%以上`, value: w, qualifier: 'at_least' };
  }
  const w = Math.round(v);
  return { figure: `${w}%左右`, value: w, qualifier: 'approx' };
};

const writeChange: Writer = (x, _unit, q) => {
  const w = Number(Math.abs(x).toFixed(q < 0.5 ? 2 : 1));
  if (w === 0) return { figure: '增长0.1%', value: 0.1, qualifier: 'exact' };
  return { figure: `${x < 0 ? '下降' : '增长'}${w}%`, value: x < 0 ? -w : w, qualifier: 'exact' };
};

/** a cut: 压缩52.3% → −52.3; 压缩50%以上 → at most −50 */
const writeCut: Writer = (x, _unit, q) => {
  const w = Math.min(95, Math.max(5, Math.abs(x)));
  if (q < 0.75) {
    const v = Number(w.toFixed(1));
    return { figure: `压缩${v}%`, value: -v, qualifier: 'exact' };
  }
  const v = Math.floor(w / 10) * 10 || 5;
  return { figure: `压缩${v}%以上`, value: -v, qualifier: 'at_most' };
};

const writeAmount: Writer = (x, _unit, q) => {
  const y = Math.max(1e4, x);
  if (y >= 1e8 && q < 0.6) {
    const v = Number((y / 1e8).toFixed(2));
    return { figure: `${trimDec(v, 2)}亿元`, value: Math.round(v * 100) * 1e6, qualifier: 'exact' };
  }
  if (q < 0.7) {
    const v = Math.round(y / 100);
    return { figure: `${trimDec(v / 100, 2)}万元`, value: v * 100, qualifier: 'exact' };
  }
  if (q < 0.9) {
    const v = roundSig(y / 1e4, 2, 'down');
    return { figure: `${v}余万元`, value: v * 1e4, qualifier: 'at_least' };
  }
  const v = roundSig(y / 1e4, 2, 'near');
  return { figure: `约${v}万元`, value: v * 1e4, qualifier: 'approx' };
};

const writeDuration: Writer = (x, unit, q, r) => {
  const v = Math.max(0.5, x);
  if (q < 0.7) {
    const w = v < 10 ? Math.round(v * 2) / 2 : Math.round(v);
    return { figure: `${w}${unit}`, value: w, qualifier: 'exact' };
  }
  if (q < 0.85) {
    const lo = Math.max(1, Math.floor(v));
    const hi = lo + 1 + Math.floor(r() * 3);
    return { figure: `${lo}至${hi}${unit}`, value: lo, valueMax: hi, qualifier: 'range' };
  }
  const w = Math.ceil(v);
  return { figure: `${w}${unit}内`, value: w, qualifier: 'at_most' };
};

const writeIndex: Writer = (x) => {
  const w = Number(Math.min(100, Math.max(0, x)).toFixed(2));
  return { figure: `${w}分`, value: w, qualifier: 'exact' };
};

const WRITERS: Record<Style, Writer> = {
  count: writeCount,
  rate: writeRate,
  change: writeChange,
  cut: writeCut,
  amount: writeAmount,
  duration: writeDuration,
  index: writeIndex,
};

/**
 * Writes a value the way reports do and returns the value the figure states. The first random number picks the
 * qualifier: exact most of the time, then at_least (余/超/多), approx (近/约), at_most (不到), range.
 */
export function writeFigure(style: Style, x: number, unit: string, r: () => number, forceExact = false): WrittenFigure {
  const q = forceExact ? 0 : r();
  return WRITERS[style](x, unit, q, r);
}
