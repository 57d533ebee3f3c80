/**
 * The new work's and the first visit's verdicts in the benchmark: each figure against the limit stated before it was
 * measured, "not measured" when a figure is missing, and the conditions beside the time (the queue held enough
 * candidates; every first visit stored the five reports). Pure functions over results, no browser.
 */
import { describe, expect, it } from 'vitest';
import { judgeNewWork, newWorkMarkdown, newWorkResults, newWorkSchema, NEW_WORK_LIMITS, QUEUE_CANDIDATES, type NewWorkViews, type QueueRun } from '../../../../scripts/lib/bench-new-work';
import { firstVisitMarkdown, firstVisitResults, firstVisitSchema, judgeFirstVisit, FIRST_VISIT_LIMITS, type FirstVisitResult } from '../../../../scripts/lib/bench-first-visit';
import { stat } from '../../../../scripts/lib/bench-results';

const plan = { rankMetric: 'a.count', rankYear: 2024, pickMetrics: ['b.count'], focus: 'cn.1', places: ['cn.1', 'cn.2'] };
const at = { target: 1_160_000, observations: 1_159_619, jurisdictions: 2900, plan };
const views = (ms: number): NewWorkViews => ({ perCapitaRankOpen: [ms, ms + 10], perCapitaRankPick: [ms], peerRankOpen: [ms], peerCompareOpen: [ms], frameworkOpen: [ms] });
const queue = (candidates: number, scroll: number, keys: number): QueueRun => ({
  batch: { reports: 300, chars: 1, bytes: 1, ms: 5000, longestTaskMs: 50, tasksOver100ms: 0, candidates, domRows: 14 },
  scrollSteps: 480,
  scrollMs: 1000,
  scrollLongestTaskMs: scroll,
  keySteps: 200,
  keyLongestTaskMs: keys,
  tasksOver100ms: 0,
});
const verdicts = (ts: { id: string; pass: boolean | null }[]) => Object.fromEntries(ts.map((t) => [t.id, t.pass]));

describe('the new work against its limits', () => {
  it('passes under each limit and fails at it, the queue judged on its longest task of scrolling and keys', () => {
    const under = newWorkResults(at, [views(NEW_WORK_LIMITS.perCapitaRankOpen - 50)], [queue(5379, 60, 40)], [], stat);
    expect(newWorkSchema.safeParse(under).success).toBe(true);
    expect(verdicts(judgeNewWork(under))).toEqual({
      'per-capita-rank-open': true,
      'per-capita-rank-pick': true,
      'peer-rank-open': true,
      'peer-compare-open': true,
      'framework-open': true,
      'review-queue-scroll': true,
    });
    const at300 = newWorkResults(at, [views(300)], [queue(5379, 40, NEW_WORK_LIMITS.queueScrollTask + 1)], [], stat);
    const v = verdicts(judgeNewWork(at300));
    expect(v['peer-rank-open']).toBe(false);
    expect(v['per-capita-rank-pick']).toBe(false);
    expect(v['review-queue-scroll']).toBe(false);
  });

  it('does not pass a queue that held fewer candidates than the target asks, and says "not measured" for what is missing', () => {
    const few = newWorkResults(at, [views(10)], [queue(QUEUE_CANDIDATES - 1, 10, 10)], [], stat);
    expect(verdicts(judgeNewWork(few))['review-queue-scroll']).toBe(false);
    const none = newWorkResults(at, [null], [], ['rank, per head: timeout'], stat);
    const ts = judgeNewWork(none);
    expect(ts.map((t) => t.id)).not.toContain('review-queue-scroll');
    expect(ts.every((t) => t.pass === null && t.value === null)).toBe(true);
    expect(newWorkMarkdown(none)).toContain('rank, per head: timeout');
    expect(judgeNewWork(null)).toEqual([]);
  });

  it('pools every run of a view: the median of all opens', () => {
    const r = newWorkResults(at, [views(100), views(200), views(400)], [], [], stat);
    expect(r.perCapitaRankOpenMs?.runs).toEqual([100, 110, 200, 210, 400, 410]);
    expect(r.perCapitaRankOpenMs?.median).toBe(205);
  });
});

describe('the first visit against its limits', () => {
  const run = (ms: number, offline: number, bundled = 'imported'): FirstVisitResult => ({
    firstVisit: { ms, renderedMs: ms / 2, bundledMs: ms - 100, bundled, entryScriptMs: 50, datasetMs: null, datasetFile: '/data/bundled.json' },
    offline: { ms: offline, controlled: true },
    errors: [],
  });
  it('passes under the limits only when every visit stored the five reports', () => {
    const ok = firstVisitResults([run(700, 250), run(790, 280), run(900, 310)], true, stat);
    expect(firstVisitSchema.safeParse(ok).success).toBe(true);
    expect(verdicts(judgeFirstVisit(ok))).toEqual({ 'first-visit': true, 'offline-reload': true });
    const unstored = firstVisitResults([run(700, 250), run(700, 250, 'failed:fetch')], true, stat);
    expect(verdicts(judgeFirstVisit(unstored))['first-visit']).toBe(false);
    const slow = firstVisitResults([run(FIRST_VISIT_LIMITS.firstVisit, FIRST_VISIT_LIMITS.offlineReload)], true, stat);
    expect(verdicts(judgeFirstVisit(slow))).toEqual({ 'first-visit': false, 'offline-reload': false });
  });
  it('says "not measured" when no visit was measured, and names the errors', () => {
    const none = firstVisitResults([{ firstVisit: null, offline: null, errors: ['first visit: timeout'] }], true, stat);
    expect(judgeFirstVisit(none).map((t) => t.pass)).toEqual([null, null]);
    expect(firstVisitMarkdown(none)).toContain('first visit: timeout');
  });
});
