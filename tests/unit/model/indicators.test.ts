import { describe, expect, it } from 'vitest';
import {
  changeId,
  currentIndicator,
  indicatorById,
  indicatorsOfArea,
  indicatorsOfTask,
  isUnclassifiedId,
  resolveIndicatorId,
  splitIndicatorId,
  unclassifiedIndicatorId,
  type Indicator,
  type IndicatorCatalogue,
} from '../../../src/model/indicators';

const ind = (id: string, task: string, extra: Partial<Indicator> = {}): Indicator => ({
  id,
  area: id.split('.')[0] as Indicator['area'],
  task,
  name: { zh: id, en: id },
  definition: { zh: id, en: id },
  unit: { zh: '件', en: 'cases' },
  kind: 'count',
  better: 'neutral',
  comparability: { scope: 'whole_area', period: 'annual', basis: null },
  aliases: [],
  ...extra,
});
const LIST: Indicator[] = [
  ind('reconsideration.cases_received', 'disputes'),
  ind('reconsideration.correction_rate', 'disputes', { kind: 'rate' }),
  ind('hotline.tickets', 'functions'),
  ind('hotline.old_tickets', 'functions', { deprecated: true, replaced_by: 'hotline.tickets' }),
];
const CATALOGUE: IndicatorCatalogue = { tasks: [], indicators: LIST };

describe('indicator lookups', () => {
  it('by id, by area and by task, on a catalogue or a list', () => {
    expect(indicatorById(CATALOGUE, 'hotline.tickets')?.task).toBe('functions');
    expect(indicatorById(LIST, 'nope')).toBeUndefined();
    expect(indicatorsOfArea(LIST, 'reconsideration').map((i) => i.id)).toEqual(['reconsideration.cases_received', 'reconsideration.correction_rate']);
    expect(indicatorsOfArea(LIST, 'credit')).toEqual([]);
    expect(indicatorsOfTask(CATALOGUE, 'functions').map((i) => i.id)).toEqual(['hotline.tickets', 'hotline.old_tickets']);
  });

  it('resolves the change rule’s ids to their indicator', () => {
    expect(changeId('hotline.tickets')).toBe('hotline.tickets.change');
    expect(changeId('reconsideration.correction_rate', 'change_pp')).toBe('reconsideration.correction_rate.change_pp');
    expect(splitIndicatorId('hotline.tickets.change')).toEqual({ base: 'hotline.tickets', change: 'change' });
    expect(splitIndicatorId('hotline.tickets')).toEqual({ base: 'hotline.tickets', change: null });
    expect(resolveIndicatorId(LIST, 'reconsideration.correction_rate.change_pp')).toMatchObject({
      indicator: { id: 'reconsideration.correction_rate' },
      change: 'change_pp',
    });
    expect(resolveIndicatorId(LIST, 'hotline.tickets')?.change).toBeNull();
    expect(resolveIndicatorId(LIST, 'hotline.nothing.change')).toBeUndefined();
    expect(resolveIndicatorId(LIST, unclassifiedIndicatorId('hotline'))).toBeUndefined();
    expect(isUnclassifiedId('hotline.unclassified')).toBe(true);
  });

  it('follows a deprecated indicator to the one that replaced it', () => {
    expect(currentIndicator(LIST, 'hotline.old_tickets')?.id).toBe('hotline.tickets');
    expect(currentIndicator(LIST, 'hotline.tickets')?.id).toBe('hotline.tickets');
    const loop = [ind('credit.a', 't', { deprecated: true, replaced_by: 'credit.b' }), ind('credit.b', 't', { deprecated: true, replaced_by: 'credit.a' })];
    expect(currentIndicator(loop, 'credit.a')?.deprecated).toBe(true);
  });
});
