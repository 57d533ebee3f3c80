import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { extractReport } from '../../../src/extract';
import { readFileSync } from 'node:fs';
import { hashId, jurisdictionFor, jurisdictionForPlace, levelOfPlace, metricOf, newJurisdictionFor, placeJurisdictionId, specificId, storedJurisdictionFor, toDataset, unclassifiedMetric, unitOf } from '../../../src/extract/to-dataset';
import { jurisdictionSchema, type Jurisdiction } from '../../../src/model/schema';
import { bundledGazetteer } from '../model/gazetteer.fixture';
import { checkPlaces } from '../../../src/formats/place-check';
import type { Dataset } from '../../../src/model/schema';
import { catalogueKind } from '../../../src/model/indicator-ids';
import { validateDataset } from '../../../src/formats/validate';
import type { Candidate } from '../../../src/extract/types';
import { loadIndicatorCatalogue } from '../../../scripts/lib/indicators';

const { indicators } = loadIndicatorCatalogue(join(__dirname, '..', '..', '..', 'data', 'indicators'));
const byId = new Map(indicators.map((i) => [i.id, i]));
const TEXT =
  '2023年,全县收到行政复议申请120件,同比增长15.4%,行政复议纠错率较上年下降2.1个百分点。办理法律援助案件432件,挽回经济损失860万元。开展培训班24场,培训1200人次。';

function dataset(named?: ReadonlyMap<string, { zh: string; en: string }>, edit?: (cs: Candidate[]) => Candidate[]) {
  const result = extractReport({ text: TEXT, reportId: 'local.x.2023', period: 2023, metrics: [], practices: [], indicators });
  const observations = edit ? edit(result.observations) : result.observations;
  return toDataset({
    jurisdiction: jurisdictionFor('某县'),
    period: 2023,
    title: '某县2023年法治政府建设报告',
    source: 'a.txt',
    script: 'simplified',
    text: TEXT,
    indicators,
    ...(named ? { named } : {}),
    practices: [],
    result: { ...result, observations },
    reportId: 'local.x.2023',
  });
}

describe('toDataset speaks dataset format 2', () => {
  it('every metric is a catalogue indicator (or a change of one) or says specific: true, and the dataset validates', () => {
    const ds = dataset();
    expect(ds.version).toBe(2);
    for (const m of ds.metrics) {
      const kind = catalogueKind(m.id);
      if (kind) {
        expect(m.specific).toBeUndefined();
        expect(m.kind).toBe(kind);
      } else expect(m.specific).toBe(true);
    }
    const v = validateDataset(ds);
    expect(v.ok ? [] : v.errors).toEqual([]);
    // every observation's metric is one of the dataset's metrics
    const ids = new Set(ds.metrics.map((m) => m.id));
    expect(ds.observations.every((o) => ids.has(o.metric))).toBe(true);
  });

  it("defines a catalogue indicator from the catalogue: name, definition, kind, better, area, comparability; amounts in 元", () => {
    const ds = dataset();
    const received = ds.metrics.find((m) => m.id === 'reconsideration.cases_received')!;
    const i = byId.get('reconsideration.cases_received')!;
    expect(received).toEqual({
      id: i.id, category: 'reconsideration', name: i.name, unit: i.unit, kind: i.kind, better: i.better,
      description: i.definition, comparability: i.comparability,
    });
    const amount = ds.metrics.find((m) => m.id === 'legal_services.legal_aid_amount_recovered')!;
    expect(byId.get(amount.id)!.unit.zh).toBe('万元');
    expect(amount.unit).toEqual({ zh: '元', en: 'yuan' });
    expect(ds.observations.find((o) => o.metric === amount.id)!.value).toBe(8_600_000);
  });

  it('builds the changes of an indicator: <name>同比变化 in % or 个百分点, kind change, the indicator\'s better', () => {
    const ds = dataset();
    const change = ds.metrics.find((m) => m.id === 'reconsideration.cases_received.change')!;
    const received = byId.get('reconsideration.cases_received')!;
    expect(change).toMatchObject({ name: { zh: `${received.name.zh}同比变化` }, unit: { zh: '%' }, kind: 'change', better: received.better, category: 'reconsideration' });
    const pp = ds.metrics.find((m) => m.id === 'reconsideration.correction_rate.change_pp')!;
    expect(pp).toMatchObject({ name: { zh: '行政复议纠错率同比变化' }, unit: { zh: '个百分点' }, kind: 'change', better: 'lower' });
  });

  it('keeps figures without an indicator as report-specific metrics, one per area, unit and kind (training: publicity)', () => {
    const ds = dataset();
    const sessions = unclassifiedMetric('publicity', '场');
    const people = unclassifiedMetric('publicity', '人次');
    expect(sessions.id).not.toBe(people.id);
    expect(ds.metrics).toEqual(expect.arrayContaining([sessions, people]));
    expect(sessions).toMatchObject({ specific: true, unit: { zh: '场' }, kind: 'count', category: 'publicity' });
    expect(people.unit).toEqual({ zh: '人次', en: 'person-times' });
    expect(unclassifiedMetric('regulation', '', 'amount').unit).toEqual({ zh: '元', en: 'yuan' });
  });

  it('makes a figure a person named a report-specific metric with its area, unit and kind', () => {
    const id = specificId('publicity', '培训班场次');
    expect(id).toBe(`publicity.specific_${hashId('培训班场次')}`);
    const ds = dataset(new Map([[id, { zh: '培训班场次', en: 'Training sessions' }]]), (cs) => cs.map((c) => (c.figure === '24场' ? { ...c, indicator: id } : c)));
    const m = ds.metrics.find((x) => x.id === id)!;
    expect(m).toMatchObject({ specific: true, category: 'publicity', name: { zh: '培训班场次', en: 'Training sessions' }, unit: { zh: '场' }, kind: 'count', better: 'neutral' });
    expect(ds.observations.find((o) => o.figure === '24场')!.metric).toBe(id);
    const v = validateDataset(ds);
    expect(v.ok ? [] : v.errors).toEqual([]);
  });

  it('an unknown indicator id without a name falls back to its area\'s unmapped figures', () => {
    const c = extractReport({ text: TEXT, reportId: 'r', period: 2023, metrics: [], practices: [], indicators }).observations[0]!;
    expect(metricOf({ ...c, indicator: 'reconsideration.no_such_thing' }, byId).id).toBe(unclassifiedMetric('reconsideration', '件').id);
    expect(unitOf('%', 'rate')).toEqual({ zh: '%', en: '%' });
  });
});

describe('the jurisdiction of a place a person chose', () => {
  const { gazetteer: g } = bundledGazetteer();
  const bundled = (JSON.parse(readFileSync(join(__dirname, '..', '..', '..', 'public', 'data', 'bundled.json'), 'utf8')) as { jurisdictions: Jurisdiction[] }).jurisdictions;
  const place = (code: string) => g.byCode(code)!;

  it('joins the stored jurisdiction with the same code, whatever its id', () => {
    expect(storedJurisdictionFor({ place: place('320412') }, bundled)?.id).toBe('js.changzhou.wujin');
    expect(jurisdictionForPlace({ place: place('320571') }, g, bundled).id).toBe('js.suzhou.sip');
    expect(storedJurisdictionFor({ place: place('320400') }, bundled)).toBeUndefined();
  });

  it('a department joins only a stored jurisdiction of that department, never the area itself', () => {
    const dept = newJurisdictionFor({ place: place('320412'), department: '司法局' }, g);
    expect(storedJurisdictionFor({ place: place('320412'), department: '司法局' }, bundled)).toBeUndefined();
    expect(storedJurisdictionFor({ place: place('320412'), department: '司法局' }, [...bundled, dept])).toBe(dept);
    // and the area's own report does not join the department
    expect(storedJurisdictionFor({ place: place('320412') }, [dept])).toBeUndefined();
  });

  it('builds a new jurisdiction from the gazetteer: cn.<code>, names, level, province, parent city', () => {
    const j = newJurisdictionFor({ place: place('220104') }, g);
    expect(j).toMatchObject({ id: 'cn.220104', code: '220104', name: { zh: '长春市朝阳区' }, short: { zh: '朝阳' }, level: 'district', province: { zh: '吉林' }, parent: 'cn.220100' });
    expect(newJurisdictionFor({ place: place('110105') }, g)).toMatchObject({ name: { zh: '北京市朝阳区' }, province: { zh: '北京' }, parent: 'cn.110000' });
    const city = newJurisdictionFor({ place: place('320400') }, g);
    expect(city).toMatchObject({ id: 'cn.320400', name: { zh: '常州市' }, level: 'city' });
    expect(city.parent).toBeUndefined();
    expect(newJurisdictionFor({ place: place('320000') }, g)).toMatchObject({ id: 'cn.320000', level: 'province', province: { zh: '江苏', en: 'Jiangsu' } });
    expect(levelOfPlace(place('429004'))).toBe('county');
    expect(levelOfPlace(place('320571'))).toBe('zone');
    const abolished = newJurisdictionFor({ place: place('330104') }, g);
    expect(abolished.abolished?.year).toBe(2021);
    for (const x of [j, abolished, newJurisdictionFor({ place: place('320400'), department: '司法局' }, g)]) expect(jurisdictionSchema.safeParse(x).success).toBe(true);
  });

  it('builds jurisdictions that the place check of imports accepts, for every place of the gazetteer and a department', () => {
    const jurisdictions = g.places.flatMap((place) => [newJurisdictionFor({ place }, g), newJurisdictionFor({ place, department: '司法局' }, g)]);
    const issues = checkPlaces({ jurisdictions } as unknown as Dataset, g);
    expect(issues.slice(0, 5)).toEqual([]);
  });

  it('gives a department the id of the area it serves and a hash of its name, and keeps the name', () => {
    const j = newJurisdictionFor({ place: place('320400'), department: '司法局' }, g);
    expect(j.id).toBe(`cn.320400.${hashId('司法局')}`);
    expect(placeJurisdictionId({ place: place('320400'), department: '司法局' })).toBe(j.id);
    expect(j).toMatchObject({ code: '320400', name: { zh: '常州市司法局' }, parent: 'cn.320400' });
    expect(newJurisdictionFor({ place: place('320400'), department: '公安局' }, g).id).not.toBe(j.id);
  });
});
