import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseIndicatorCatalogue, parseIndicatorCoverage } from '../../../src/formats/indicator-catalogue';
import { CATEGORIES } from '../../../src/model/schema';

const dir = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'data', 'indicators');
const realFiles = (): Record<string, unknown> =>
  Object.fromEntries(readdirSync(dir).filter((f) => f.endsWith('.json')).map((f) => [f, JSON.parse(readFileSync(join(dir, f), 'utf8'))]));

const indicator = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  area: id.split('.')[0],
  name: { zh: `${id}数`, en: id },
  definition: { zh: '定义', en: 'definition' },
  unit: { zh: '件', en: 'cases' },
  kind: 'count',
  better: 'neutral',
  comparability: { scope: 'whole_area', period: 'annual', basis: null },
  aliases: ['别名'],
  ...extra,
});
const task = (id: string) => ({ id, name: { zh: id, en: id }, description: { zh: id, en: id } });
const files = (a: unknown[], b: unknown[] = []): Record<string, unknown> => ({
  'tasks.json': { tasks: [task('alpha'), task('beta')] },
  'alpha.json': { task: 'alpha', indicators: a },
  'beta.json': { task: 'beta', indicators: b },
});
const messages = (r: ReturnType<typeof parseIndicatorCatalogue>): string[] => (r.ok ? [] : r.errors.map((e) => e.message));

describe('parseIndicatorCatalogue', () => {
  it('parses the committed data/indicators files: every indicator, unique ids, areas that are categories', () => {
    const r = parseIndicatorCatalogue(realFiles());
    expect(messages(r)).toEqual([]);
    if (!r.ok) return;
    expect(r.value.tasks.map((t) => t.id)).toEqual(['functions', 'rules', 'decisions', 'enforcement', 'emergencies', 'disputes', 'oversight', 'digital', 'organisation']);
    expect(r.value.indicators.length).toBeGreaterThan(300);
    expect(new Set(r.value.indicators.map((i) => i.id)).size).toBe(r.value.indicators.length);
    for (const i of r.value.indicators) expect(CATEGORIES).toContain(i.area);
    expect(r.value.indicators.find((i) => i.id === 'reconsideration.correction_rate')).toMatchObject({
      task: 'disputes',
      kind: 'rate',
      pairs: { numerator: 'reconsideration.corrections', denominator: 'reconsideration.cases_concluded' },
    });
  });

  it('parses the committed coverage.json against the catalogue', () => {
    const r = parseIndicatorCatalogue(realFiles());
    if (!r.ok) throw new Error('catalogue does not parse');
    const c = parseIndicatorCoverage(realFiles()['coverage.json'], r.value);
    expect(c.ok ? [] : c.errors.map((e) => e.message)).toEqual([]);
    if (!c.ok) return;
    expect(c.value.metrics.get('licensing.business_startup_days')).toBe('licensing.business_startup_time');
    expect(c.value.reports.map((x) => x.report)).toHaveLength(5);
  });

  it('gives each indicator the task of its file and ignores files that are not task files', () => {
    const r = parseIndicatorCatalogue({ ...files([indicator('mediation.a')], [indicator('hotline.b')]), 'coverage.json': { metrics: {} } });
    expect(r.ok && r.value.indicators.map((i) => [i.id, i.task])).toEqual([
      ['mediation.a', 'alpha'],
      ['hotline.b', 'beta'],
    ]);
  });

  it('names the file, the indicator and the field of a shape problem', () => {
    const bad = indicator('mediation.a', { unit: { zh: '', en: 'x' }, kind: 'lots', extra: 1 });
    const m = messages(parseIndicatorCatalogue(files([indicator('mediation.ok'), bad])));
    expect(m).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^alpha\.json: mediation\.a: unit\.zh: /),
        expect.stringMatching(/^alpha\.json: mediation\.a: kind: /),
        expect.stringMatching(/^alpha\.json: mediation\.a: .*extra/),
      ]),
    );
  });

  it('names an indicator without an id by its place in the file', () => {
    const { id: _id, ...noId } = indicator('mediation.a');
    expect(messages(parseIndicatorCatalogue(files([noId])))).toEqual([expect.stringMatching(/^alpha\.json: indicators\[0\]: id: /)]);
  });

  it('refuses duplicate ids across files, an area that is not the id’s, unknown areas and reserved suffixes', () => {
    const m = messages(
      parseIndicatorCatalogue(
        files(
          [indicator('mediation.a'), indicator('hotline.b', { area: 'mediation' }), indicator('mediation.c', { id: 'mediation.unclassified' })],
          [indicator('mediation.a'), indicator('weather.rain')],
        ),
      ),
    );
    expect(m).toEqual(
      expect.arrayContaining([
        'beta.json: mediation.a: id: listed twice (also in alpha.json); ids are unique across files',
        'alpha.json: hotline.b: area: "mediation" is not the id\'s first part',
        'alpha.json: mediation.unclassified: id: ends with a reserved suffix (.change, .change_pp, .unclassified)',
        expect.stringMatching(/^beta\.json: weather\.rain: area: /),
      ]),
    );
  });

  it('checks rates, amounts, pairs and replacements', () => {
    const m = messages(
      parseIndicatorCatalogue(
        files([
          indicator('mediation.cases'),
          indicator('mediation.rate', { kind: 'rate', unit: { zh: '%', en: '%' }, pairs: { numerator: 'mediation.settled', denominator: 'mediation.cases' } }),
          indicator('mediation.share', { kind: 'rate' }),
          indicator('mediation.money', { kind: 'amount', unit: { zh: '元', en: 'yuan' } }),
          indicator('mediation.old', { replaced_by: 'mediation.new' }),
        ]),
      ),
    );
    expect(m).toEqual([
      'alpha.json: mediation.share: unit.zh: a rate is in %, not "件"',
      'alpha.json: mediation.money: unit.zh: amounts are in 万元, not "元"',
      'alpha.json: mediation.old: replaced_by: given without "deprecated": true',
      'alpha.json: mediation.rate: pairs.numerator: "mediation.settled" is not in the catalogue',
      'alpha.json: mediation.old: replaced_by: "mediation.new" is not in the catalogue',
    ]);
  });

  it('needs tasks.json, a file for every task, and the file’s task to be its own', () => {
    expect(messages(parseIndicatorCatalogue({}))).toEqual(['tasks.json: missing']);
    const { 'beta.json': _b, ...noBeta } = files([indicator('mediation.a')]);
    expect(messages(parseIndicatorCatalogue(noBeta))).toEqual(['beta.json: missing (task "beta" of tasks.json)']);
    const wrong = { ...files([]), 'beta.json': { task: 'alpha', indicators: [] } };
    expect(messages(parseIndicatorCatalogue(wrong))).toEqual(['beta.json: task: "alpha", but the file is task "beta"']);
    const stray = { ...files([]), 'gamma.json': { task: 'gamma', indicators: [] } };
    expect(messages(parseIndicatorCatalogue(stray))).toEqual(['gamma.json: task: a task file for a task tasks.json does not list']);
  });

  it('refuses coverage that names an indicator the catalogue lacks, but accepts the change rule’s ids', () => {
    const r = parseIndicatorCatalogue(files([indicator('mediation.a')]));
    if (!r.ok) throw new Error('fixture does not parse');
    const cov = (id: string) => ({
      reports: [{ report: 'r', file: 'r.txt', label: 'R', figures: [{ indicator: id, figure: '3件', metric: 'm' }], words: [] }],
      metrics: { m: 'mediation.a' },
    });
    expect(parseIndicatorCoverage(cov('mediation.a.change'), r.value).ok).toBe(true);
    const bad = parseIndicatorCoverage(cov('mediation.b'), r.value);
    expect(bad.ok ? [] : bad.errors.map((e) => e.message)).toEqual(['coverage.json: mediation.b: reports[0].figures[0]: not in the catalogue']);
  });
});
