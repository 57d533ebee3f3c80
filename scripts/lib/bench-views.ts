/**
 * View switches in the benchmark, in real Chromium: from an in-app navigation (the URL changes as a click on the
 * navigation does: pushState, then the app's URL store re-reads it) to the new view's first chart drawn
 * ([data-chart-state=finished] on a chart element that was not on the page before), or, for a view without charts,
 * to its first content element. Each switch starts from the compare view, settled.
 */
import type { AppPage } from './bench-browser';

export interface ViewTarget {
  /** e.g. compare, rank, composite, profile, framework, reader */
  name: string;
  /** the query string of the view, without '?' */
  query: string;
  /** for a view without charts: a selector of what it shows once read */
  content?: string;
}

/** In-page probe: navigates to `query` and resolves with ms until the view is drawn (or rejects after 60 s). */
const PROBE = `function (query, content) {
  return new Promise(function (resolve, reject) {
    var before = new Set(document.querySelectorAll('[data-chart-id]'));
    var t0 = performance.now();
    history.pushState(null, '', location.pathname + '?' + query);
    window.dispatchEvent(new PopStateEvent('popstate'));
    function drawn() {
      if (content) return !!document.querySelector(content);
      var els = document.querySelectorAll('main [data-chart-id]');
      for (var i = 0; i < els.length; i++)
        if (!before.has(els[i]) && els[i].getAttribute('data-chart-state') === 'finished') return true;
      return false;
    }
    function poll() {
      if (drawn()) return resolve(performance.now() - t0);
      if (performance.now() - t0 > 60000) return reject(new Error('view not drawn in 60 s: ' + query));
      requestAnimationFrame(poll);
    }
    poll();
  });
}`;

/** ms from navigation to the view drawn; the page must already show the app. */
export async function switchTo(app: AppPage, v: ViewTarget): Promise<number> {
  return app.page.evaluate(`(${PROBE})(${JSON.stringify(v.query)}, ${JSON.stringify(v.content ?? null)})`) as Promise<number>;
}

/**
 * Each view `reps` times: back to the compare view (drawn, then a pause a person would take), then the switch. The
 * switches back are the compare view's own figures. The first switch to a view also loads its code; later ones find
 * it cached, as they would in a meeting.
 */
/** The views of the benchmark: what each shows once drawn (a chart, or for the tables its first cell). */
export function benchViews(p: { rankMetric: string; rankYear?: number; compositeWeights: string; profile: string }): ViewTarget[] {
  return [
    { name: 'rank', query: `v=rank&rm=${p.rankMetric}${p.rankYear ? `&ry=${p.rankYear}` : ''}` },
    { name: 'composite', query: `v=rank&w=${p.compositeWeights}` },
    { name: 'profile', query: `v=profile&p=${p.profile}` },
    { name: 'framework', query: 'v=framework', content: '[data-testid=framework-cell]' },
    { name: 'reader', query: 'v=reader', content: '[data-testid=rc-row]' },
    { name: 'practices', query: 'v=practices', content: '[data-testid=practice-cell]' },
  ];
}

export async function viewSwitches(
  app: AppPage,
  views: readonly ViewTarget[],
  reps: number,
  compareQuery = '',
  onError: (view: string, e: unknown) => void = () => undefined,
): Promise<Record<string, number[]>> {
  const out: Record<string, number[]> = {};
  const home = async () => {
    await app.goto(compareQuery ? `?${compareQuery}` : '');
    await app.firstChart();
  };
  await home();
  let onCompare = true;
  for (let r = 0; r < reps; r++)
    for (const v of views) {
      try {
        if (!onCompare) (out.compare ??= []).push(await switchTo(app, { name: 'compare', query: compareQuery || 'v=compare' }));
        await app.page.waitForTimeout(300);
        onCompare = false;
        (out[v.name] ??= []).push(await switchTo(app, v));
        await app.page.waitForTimeout(300);
      } catch (e) {
        // one view that does not open is reported; the others are still measured, from a reloaded compare view
        onError(v.name, e);
        await home();
        onCompare = true;
      }
    }
  return out;
}
