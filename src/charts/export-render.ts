/**
 * Renders an ECharts option off-screen for export: PNG at a pixel ratio (canvas renderer) and SVG (server-side
 * SVG renderer), animation off, after drawing has finished; instances are always disposed.
 *
 * SVG safety: zrender escapes text content but not attribute values, and our font chain is written
 * with double quotes into a `style="…"` attribute — so for SVG every font family is rewritten with single quotes,
 * and the result is parsed (DOMParser) and refused unless it is well-formed and free of scripts and handlers.
 */
import { echarts, type EChartsCoreOption } from './echart/echarts';
import { CAVEAT_COLOR, FONT_FAMILY, FOOTER_FONT_SIZE, FOOTER_LINE_HEIGHT } from './theme';

export interface ExportSize {
  width: number;
  height: number;
}

/** The logical size of an exported chart (CSS pixels; a 2× PNG has twice as many pixels each way). */
export const EXPORT_SIZE: ExportSize = { width: 1000, height: 560 };
/** The footer (key, notes, source line) is drawn at 11px (theme titleBlock); its line height in the chart. */
export { FOOTER_FONT_SIZE, FOOTER_LINE_HEIGHT };
/** Space the footer text may use: the chart width less its left offset and a right margin. */
export const footerWidth = (width: number) => width - 24;

/** The CJK font chain with single quotes: safe inside a double-quoted SVG attribute. */
export const SVG_FONT_FAMILY = FONT_FAMILY.replace(/"/g, "'");

type Plain = Record<string, unknown>;
const isPlain = (v: unknown): v is Plain => typeof v === 'object' && v !== null && Object.getPrototypeOf(v) === Object.prototype;

/** Deep copy of plain objects and arrays (functions and class instances kept as they are). */
function mapDeep(v: unknown, visit: (key: string, value: unknown) => unknown): unknown {
  if (Array.isArray(v)) return v.map((x) => mapDeep(x, visit));
  if (!isPlain(v)) return v;
  const out: Plain = {};
  for (const [k, x] of Object.entries(v)) out[k] = visit(k, mapDeep(x, visit));
  return out;
}

export interface PrepareOptions {
  transparent: boolean;
  /** rewrites font families for SVG attributes */
  svg?: boolean;
  /** extra lines of footer text beyond the first: the plot area's bottom margin grows by as much */
  extraFooterLines?: number;
  /** footer lines (from the first) drawn in the caveat colour: the mixed-year warning */
  warningLines?: WarningLines | undefined;
}

export interface WarningLines {
  from: number;
  count: number;
}

/**
 * The footer's subtext with its warning lines as rich text in the caveat colour. The text went through `labelSafe`
 * (no { } |), so only the markup added here is read as markup.
 */
function markWarning(subtext: string, w: WarningLines): string {
  return subtext
    .split('\n')
    .map((line, i) => (i >= w.from && i < w.from + w.count && line.trim() ? `{warn|${line}}` : line))
    .join('\n');
}

/** The option as exported: no animation, the chosen background, room for a multi-line source line. */
export function prepareExportOption(option: EChartsCoreOption, opts: PrepareOptions): EChartsCoreOption {
  const extra = (opts.extraFooterLines ?? 0) * FOOTER_LINE_HEIGHT;
  const copy = mapDeep(option, (k, v) => {
    if (opts.svg && (k === 'fontFamily' || k === 'font') && typeof v === 'string') return v.replace(/"/g, "'");
    return v;
  }) as Plain;
  const grow = (g: unknown) => (isPlain(g) && typeof g.bottom === 'number' ? { ...g, bottom: g.bottom + extra } : g);
  if (extra > 0 && copy.grid !== undefined) copy.grid = Array.isArray(copy.grid) ? copy.grid.map(grow) : grow(copy.grid);
  // a title anchored at the bottom is the footer: give its lines the height reserved for them
  const w = opts.warningLines;
  const spaceLines = (tl: unknown) => {
    if (!(isPlain(tl) && tl.bottom !== undefined && typeof tl.subtext === 'string')) return tl;
    const style = isPlain(tl.subtextStyle) ? tl.subtextStyle : {};
    const warn = w && w.count > 0;
    if (!tl.subtext.includes('\n') && !warn) return tl;
    return {
      ...tl,
      ...(warn ? { subtext: markWarning(tl.subtext, w) } : {}),
      subtextStyle: {
        lineHeight: FOOTER_LINE_HEIGHT,
        ...style,
        ...(warn
          ? { rich: { warn: { color: CAVEAT_COLOR, fontSize: style.fontSize ?? FOOTER_FONT_SIZE, lineHeight: style.lineHeight ?? FOOTER_LINE_HEIGHT } } }
          : {}),
      },
    };
  };
  if (copy.title !== undefined) copy.title = Array.isArray(copy.title) ? copy.title.map(spaceLines) : spaceLines(copy.title);
  const textStyle = isPlain(copy.textStyle) ? copy.textStyle : {};
  return {
    ...copy,
    animation: false,
    backgroundColor: opts.transparent ? 'transparent' : '#ffffff',
    textStyle: { fontFamily: opts.svg ? SVG_FONT_FAMILY : FONT_FAMILY, ...textStyle },
  };
}

function waitFinished(chart: ReturnType<typeof echarts.init>, timeoutMs: number): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, timeoutMs);
    chart.on('finished', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

function canvasToBlob(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('the browser could not encode the PNG'))), 'image/png'),
  );
}

export interface PngOptions extends ExportSize {
  pixelRatio: number;
  transparent: boolean;
  extraFooterLines?: number;
  warningLines?: WarningLines | undefined;
}

/** Draws the option on an off-screen canvas at `pixelRatio` and encodes it: width×ratio by height×ratio pixels. */
export async function renderPng(option: EChartsCoreOption, opts: PngOptions): Promise<Blob> {
  if (typeof document !== 'undefined' && document.fonts) await document.fonts.ready;
  const host = document.createElement('div');
  host.setAttribute('aria-hidden', 'true');
  host.style.cssText = `position:fixed;left:-${opts.width + 10000}px;top:0;width:${opts.width}px;height:${opts.height}px;pointer-events:none;`;
  document.body.appendChild(host);
  const chart = echarts.init(host, null, {
    renderer: 'canvas',
    devicePixelRatio: opts.pixelRatio,
    width: opts.width,
    height: opts.height,
  });
  try {
    const finished = waitFinished(chart, 5000);
    chart.setOption(prepareExportOption(option, opts), { notMerge: true });
    await finished;
    const canvas = chart.renderToCanvas({
      pixelRatio: opts.pixelRatio,
      backgroundColor: opts.transparent ? 'transparent' : '#ffffff',
    });
    return await canvasToBlob(canvas);
  } finally {
    chart.dispose();
    host.remove();
  }
}

export interface SvgOptions extends ExportSize {
  transparent: boolean;
  extraFooterLines?: number;
  warningLines?: WarningLines | undefined;
}

/** Registers ECharts' SVG renderer (the screen draws with canvas, so it loads with the first SVG). */
export const loadSvgRenderer = () => import('./echart/echarts-svg');

/** The SVG document of the option (not yet checked; see `checkSvg`). Runs without a DOM (server-side renderer). */
export async function renderSvgString(option: EChartsCoreOption, opts: SvgOptions): Promise<string> {
  await loadSvgRenderer();
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: opts.width, height: opts.height });
  try {
    chart.setOption(prepareExportOption(option, { ...opts, svg: true }), { notMerge: true });
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}

export type SvgCheck = { ok: true } | { ok: false; reason: string };

/** Well-formed XML with an <svg> root, no scripts, event handlers, foreign objects or javascript: links. */
export function checkSvg(svg: string, parser: DOMParser = new DOMParser()): SvgCheck {
  const doc = parser.parseFromString(svg, 'image/svg+xml');
  if (doc.getElementsByTagName('parsererror').length > 0) return { ok: false, reason: 'not well-formed XML' };
  const root = doc.documentElement;
  if (root.localName !== 'svg') return { ok: false, reason: 'the root is not <svg>' };
  for (const el of [root, ...Array.from(root.getElementsByTagName('*'))]) {
    const name = el.localName.toLowerCase();
    if (name === 'script' || name === 'foreignobject' || name === 'iframe') return { ok: false, reason: `<${name}> element` };
    for (const a of Array.from(el.attributes)) {
      if (/^on/i.test(a.localName)) return { ok: false, reason: `${a.name} attribute` };
      if (/href$/i.test(a.localName) && !/^(#|data:image\/(png|jpeg);)/i.test(a.value.trim()))
        return { ok: false, reason: `${a.name}="${a.value.slice(0, 40)}"` };
    }
  }
  return { ok: true };
}

/** Renders and checks: the SVG text, or an error naming what is wrong. */
export async function renderSvg(option: EChartsCoreOption, opts: SvgOptions): Promise<string> {
  const svg = await renderSvgString(option, opts);
  const check = checkSvg(svg);
  if (!check.ok) throw new Error(`SVG export refused: ${check.reason}`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${svg}`;
}

let measureCtx: CanvasRenderingContext2D | null | undefined;
/** Width of text in the footer font, measured on a canvas (estimated where there is none). */
export function footerTextWidth(s: string): number {
  if (measureCtx === undefined) measureCtx = typeof document !== 'undefined' ? document.createElement('canvas').getContext('2d') : null;
  if (!measureCtx) return [...s].length * FOOTER_FONT_SIZE;
  measureCtx.font = `${FOOTER_FONT_SIZE}px ${FONT_FAMILY}`;
  return measureCtx.measureText(s).width;
}
