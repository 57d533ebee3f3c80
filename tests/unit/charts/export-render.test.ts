import { describe, expect, it } from 'vitest';
import { prepareExportOption, renderSvgString, SVG_FONT_FAMILY } from '../../../src/charts/export-render';
import { buildCompareOption } from '../../../src/charts/compare-option';
import { CAVEAT_COLOR, FONT_FAMILY, FOOTER_FONT_SIZE, FOOTER_LINE_HEIGHT } from '../../../src/charts/theme';
import { echarts } from '../../../src/charts/echart/echarts';
import { buildPanels, type LocatedObservation } from '../../../src/model/compare';
import type { Jurisdiction, Metric } from '../../../src/model/schema';

/** A small XML well-formedness check (what DOMParser does in the browser tests): tags, attributes, entities. */
function xmlProblems(xml: string): string[] {
  const problems: string[] = [];
  const stack: string[] = [];
  const entity = /&(?:lt|gt|amp|quot|apos|#\d+|#x[0-9a-f]+);/gi;
  const text = (s: string, where: string) => {
    if (s.replace(entity, '').includes('&')) problems.push(`bare & in ${where}`);
  };
  const token = /<!\[CDATA\[[\s\S]*?\]\]>|<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<(\/?)([A-Za-z_][\w:.-]*)((?:\s+[A-Za-z_][\w:.-]*\s*=\s*"[^"<]*")*)\s*(\/?)>|<|[^<]+/g;
  let m: RegExpExecArray | null;
  while ((m = token.exec(xml))) {
    const t = m[0];
    if (t.startsWith('<![CDATA[') || t.startsWith('<!--') || t.startsWith('<?')) continue;
    if (t === '<') {
      problems.push(`malformed tag at ${m.index}: ${xml.slice(m.index, m.index + 80)}`);
      continue;
    }
    if (!t.startsWith('<')) {
      text(t, 'text');
      continue;
    }
    const [, close, name, attrs, selfClose] = m;
    text(attrs ?? '', `<${name}> attributes`);
    const names = [...(attrs ?? '').matchAll(/([A-Za-z_][\w:.-]*)\s*=/g)].map((a) => a[1]!);
    if (new Set(names).size !== names.length) problems.push(`duplicate attribute in <${name}>`);
    if (close) {
      if (stack.pop() !== name) problems.push(`unbalanced </${name}>`);
    } else if (!selfClose) stack.push(name!);
  }
  if (stack.length) problems.push(`unclosed ${stack.join(',')}`);
  return problems;
}

const metric: Metric = {
  id: 'reconsideration.cases',
  category: 'reconsideration',
  name: { zh: '行政复议<案件>&"数\'', en: 'Cases' },
  unit: { zh: '件', en: 'cases' },
  kind: 'count',
  better: 'neutral',
};
const jur = (id: string, short: string): Jurisdiction => ({
  id,
  name: { zh: short, en: short },
  short: { zh: short, en: short },
  level: 'district',
  province: { zh: '江苏', en: 'Jiangsu' },
});
const obs: LocatedObservation[] = [
  { id: 'o1', report: 'r1', metric: metric.id, period: 2022, value: 15000, qualifier: 'at_least', quote: 'q', offset: 0, jurisdiction: 'a', dataset: 'd' },
  { id: 'o2', report: 'r2', metric: metric.id, period: 2023, value: 321, qualifier: 'exact', quote: 'q', offset: 0, jurisdiction: 'b', dataset: 'd' },
];
const [panel] = buildPanels(obs, { jurisdictions: ['a', 'b', 'c'], metrics: [metric], year: null, sameYear: false });
const jurisdictions = new Map([
  ['a', jur('a', '武进"><script>alert(1)</script>')],
  ['b', jur('b', '园区 onload="x()"')],
  ['c', jur('c', '吕梁&amp;<')],
]);
const footer = '来源:常州市武进区2022年法治政府建设年度报告;<b>苏州</b> & "园区" · 导出于 2026-11-22';
const option = buildCompareOption(panel!, jurisdictions, 'zh', {
  title: '行政复议(件)',
  subtitle: '武进 · 园区 · 吕梁 · 2022–2023',
  notReported: '未报告',
  derived: '推算',
  period: (y) => `${y}年`,
  caveat: (c) => c.note.zh,
  footer,
});

describe('prepareExportOption', () => {
  it('turns animation off, sets the background and keeps formatters', () => {
    const o = prepareExportOption(option, { transparent: false }) as Record<string, unknown>;
    expect(o.animation).toBe(false);
    expect(o.backgroundColor).toBe('#ffffff');
    expect(typeof (o.tooltip as { formatter: unknown }).formatter).toBe('function');
    expect((prepareExportOption(option, { transparent: true }) as Record<string, unknown>).backgroundColor).toBe('transparent');
  });
  it('makes room for extra footer lines and does not touch the original', () => {
    const before = (option as { grid: { bottom: number } }).grid.bottom;
    const o = prepareExportOption(option, { transparent: false, extraFooterLines: 2 }) as { grid: { bottom: number } };
    expect(o.grid.bottom).toBe(before + 2 * FOOTER_LINE_HEIGHT);
    expect((option as { grid: { bottom: number } }).grid.bottom).toBe(before);
  });
  it('writes font families with single quotes for SVG', () => {
    expect(FONT_FAMILY).toContain('"');
    const o = prepareExportOption(option, { transparent: false, svg: true }) as { textStyle: { fontFamily: string } };
    expect(o.textStyle.fontFamily).toBe(SVG_FONT_FAMILY);
    expect(SVG_FONT_FAMILY).not.toContain('"');
  });
});

describe('SVG export (server-side renderer)', async () => {
  const svg = await renderSvgString(option, { width: 1000, height: 560, transparent: false });

  it('is well-formed XML even with quotes, < and & in data and in the font chain', () => {
    expect(xmlProblems(svg)).toEqual([]);
    // the renderer's own output is not: the double-quoted font chain ends the style attribute early
    const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: 400, height: 300 });
    chart.setOption(option);
    const raw = chart.renderToSVGString();
    chart.dispose();
    expect(xmlProblems(raw).length).toBeGreaterThan(0);
  });

  it('names the CJK font chain, draws title, legend, periods and the source line, with no script or handler', () => {
    expect(svg).toContain("'Noto Sans CJK SC'");
    expect(svg).toContain("'Microsoft YaHei'");
    expect(svg).toContain('sans-serif');
    expect(svg).toContain('行政复议(件)');
    expect(svg).toContain('2022年');
    expect(svg).toContain('2023年');
    expect(svg).toContain('未报告');
    expect(svg).toContain('来源:常州市武进区2022年法治政府建设年度报告');
    expect(svg).toContain('导出于 2026-11-22');
    expect(svg).toContain('&lt;script&gt;');
    expect(svg).not.toMatch(/<script/i);
    expect(svg).not.toMatch(/\son[a-z]+\s*=\s*"/i);
    expect(svg).toMatch(/<svg[^>]*width="1000"[^>]*height="560"/);
    expect(svg).toMatch(/<rect[^>]*fill="#ffffff"|<rect[^>]*fill="#fff"/);
  });
});

describe('a source line of several lines', () => {
  it('gets the line height reserved for it', () => {
    const multi = buildCompareOption(panel!, jurisdictions, 'zh', {
      title: 't', subtitle: 's', notReported: '未报告', derived: 'd', period: (y) => `${y}年`, caveat: (c) => c.note.zh, footer: '来源:甲;\n乙 · 导出于 2026-11-22',
    });
    const o = prepareExportOption(multi, { transparent: false, extraFooterLines: 1 }) as { title: { bottom?: number; subtextStyle?: { lineHeight?: number } }[] };
    const footerTitle = o.title.find((x) => x.bottom !== undefined)!;
    expect(footerTitle.subtextStyle?.lineHeight).toBe(FOOTER_LINE_HEIGHT);
    expect(FOOTER_LINE_HEIGHT).toBe(15);
  });
  it('is drawn at 11px, legible at 1×', () => {
    expect(FOOTER_FONT_SIZE).toBeGreaterThanOrEqual(11);
    const multi = buildCompareOption(panel!, jurisdictions, 'zh', {
      title: 't', subtitle: 's', notReported: '未报告', derived: 'd', period: (y) => `${y}年`, caveat: (c) => c.note.zh, footer: '† 注\n来源:甲',
    }) as { title: { bottom?: number; subtextStyle?: { fontSize?: number } }[] };
    expect(multi.title.find((x) => x.bottom !== undefined)!.subtextStyle?.fontSize).toBe(FOOTER_FONT_SIZE);
  });
  it('draws the warning lines in the caveat colour, as rich text only around them', () => {
    const multi = buildCompareOption(panel!, jurisdictions, 'zh', {
      title: 't', subtitle: 's', notReported: '未报告', derived: 'd', period: (y) => `${y}年`, caveat: (c) => c.note.zh,
      footer: '≥ 下限\n注意:混合了 2022、2023 年的数字\n来源:{x}|甲',
    });
    const o = prepareExportOption(multi, { transparent: false, extraFooterLines: 2, warningLines: { from: 1, count: 1 } }) as {
      title: { bottom?: number; subtext?: string; subtextStyle?: { rich?: { warn?: { color?: string } } } }[];
    };
    const footerTitle = o.title.find((x) => x.bottom !== undefined)!;
    expect(footerTitle.subtext).toBe('≥ 下限\n{warn|注意:混合了 2022、2023 年的数字}\n来源: x  甲');
    expect(footerTitle.subtextStyle?.rich?.warn?.color).toBe(CAVEAT_COLOR);
  });
});
