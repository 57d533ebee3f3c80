/** The composite of the chosen metrics, timed. Pure apart from a one-entry memo. */
import type { Catalog } from '../../model/catalog';
import type { MetricPeriodBlock } from '../../model/dataset-tables';
import { bandPart, finishComposite, prepareComposite, type BandPart, type CompositeResult, type PreparedComposite } from '../../model/composite';
import type { UrlState } from '../../ui/url/url-state';
import { compositeInput, DRAWS, type CompositeInputPerCapita, type CompositePerCapita, type Populations } from './composite-input';
import { pickedCaveats } from '../../model/metric-values';
import type { InputCaveats } from '../../model/caveats';

export type CompositeSettings = Pick<UrlState, 'weights' | 'normalisation' | 'missing' | 'rankYear'> & Partial<Pick<UrlState, 'minCoverage'>> & {
  /** a peer group: the composite of its members alone (null or absent: all places) */
  members?: ReadonlySet<string> | null;
};

/** The composite with the time its computation took, in milliseconds (shown, and read by the benchmark). */
export interface TimedComposite extends CompositeResult {
  ms: number;
  /** by jurisdiction, the figures behind its score that carry caveats (only jurisdictions that have some) */
  inputCaveats: ReadonlyMap<string, readonly InputCaveats[]>;
  /** set when counts and amounts were divided by population (per 10,000 residents) before they were combined */
  perCapita?: CompositePerCapita | undefined;
  /** the years of the figures the ranked scores are built from, ascending (more than one: mixed years) */
  years: number[];
  /** the number of metrics combined */
  metrics: number;
  /** the stability band is still being computed: every row's band is its rank alone until it is */
  bandPending?: true;
}

/**
 * The years of the figures behind the ranked places' scores: per metric, the period of each ranked place's value
 * (the figure of the year asked, or of its latest period, as `valuesInto` picks it), counted only where the place
 * has a value (a count of a place without population has none).
 */
export function compositeYears(input: Pick<CompositeInputPerCapita, 'values' | 'periods'>, ranked: Uint8Array): number[] {
  const years = new Set<number>();
  input.values.forEach((values, k) => {
    const periods = input.periods[k]!;
    for (let j = 0; j < values.length; j++) if (ranked[j] && !Number.isNaN(values[j]!) && periods[j]! !== 0) years.add(periods[j]!);
  });
  return [...years].sort((a, b) => a - b);
}

/** The caveated figures each jurisdiction's score is built from, metric by metric (most metrics have none). */
export function compositeCaveats(ids: readonly string[], blocks: readonly (readonly MetricPeriodBlock[])[], year: number | null): Map<string, InputCaveats[]> {
  const out = new Map<string, InputCaveats[]>();
  ids.forEach((metric, i) => {
    for (const [j, caveats] of pickedCaveats(blocks[i] ?? [], year)) {
      const list = out.get(j) ?? [];
      list.push({ metric, caveats });
      out.set(j, list);
    }
  });
  return out;
}

interface Computed {
  catalog: Catalog;
  settings: CompositeSettings;
  ids: readonly string[];
  blocks: readonly (readonly MetricPeriodBlock[])[];
  populations: Populations | null;
  result: TimedComposite;
}
// the last one computed: coming back to the rank view with the same choice shows it without computing it again
let last: Computed | null = null;

const sameList = <T>(a: readonly T[], b: readonly T[]) => a.length === b.length && a.every((x, i) => x === b[i]);
const sameSettings = (a: CompositeSettings, b: CompositeSettings) =>
  a.weights === b.weights && a.normalisation === b.normalisation && a.missing === b.missing && a.rankYear === b.rankYear && (a.minCoverage ?? 0) === (b.minCoverage ?? 0) && (a.members ?? null) === (b.members ?? null);

/**
 * A composite being computed in steps: its base ranking (computed when the job is made), then the years and caveats
 * behind it, then its stability band part by part; until the last, `result` is the base ranking with `bandPending`
 * (its years and caveats not yet said).
 */
export interface CompositeJob {
  readonly result: TimedComposite;
  readonly done: boolean;
  /** counts the steps that changed `result` (what is shown need not be drawn again after the others) */
  readonly version: number;
  /** computes the next step; true once the whole composite is there */
  step(): boolean;
}

/**
 * The work of one part of the band, in place × metric steps of its draws: about 5–15 ms here (2,900 places and 20
 * metrics: 25 draws a part). A composite whose whole band is no more work than this is computed at once.
 */
export const BAND_PART_WORK = 1_500_000;

/** How many draws one part of the band computes for `places` and `metrics`. */
export const bandPartDraws = (places: number, metrics: number): number => Math.max(1, Math.floor(BAND_PART_WORK / Math.max(1, places * metrics)));

/**
 * The composite over `ids`, whose blocks are `blocks` in the same order; with `populations`, its counts and
 * amounts per 10,000 residents (./composite-input.ts). Computed on this thread: a worker was measured slower
 * (starting it and its compiler's warm-up cost more than the computation; docs/performance.md). A small composite
 * is computed when the job is made (it is done); a large one's base ranking is, the rest step by step, so that no
 * step holds the page for long: at national scale the whole of it in one task held the page 180–300 ms.
 */
export function compositeJob(
  catalog: Catalog,
  settings: CompositeSettings,
  ids: readonly string[],
  blocks: readonly (readonly MetricPeriodBlock[])[],
  populations: Populations | null = null,
): CompositeJob {
  if (last && last.catalog === catalog && last.populations === populations && sameSettings(last.settings, settings) && sameList(last.ids, ids) && sameList(last.blocks, blocks)) {
    const result = last.result;
    return { result, done: true, version: 1, step: () => true };
  }
  const job = new CompositeSteps({ catalog, settings, ids, blocks, populations });
  // the base ranking now (the chart is drawn from it at once); a small composite's band too
  const places = settings.members?.size ?? catalog.jurisdictions.length;
  if (places * ids.length * DRAWS <= BAND_PART_WORK) while (!job.step());
  else job.step();
  return job;
}

/** The steps of one composite job: its base ranking, the years and caveats behind it, its band's parts. */
class CompositeSteps implements CompositeJob {
  result!: TimedComposite;
  done = false;
  version = 0;
  private spent = 0;
  private stage = 0;
  private input!: ReturnType<typeof compositeInput>;
  private p!: PreparedComposite;
  private base!: CompositeResult;
  private years: number[] = [];
  private caveats: ReadonlyMap<string, readonly InputCaveats[]> = new Map();
  private readonly parts: BandPart[] = [];
  private next = 0;

  constructor(private readonly of: Omit<Computed, 'result'>) {}

  step(): boolean {
    if (this.done) return true;
    const t0 = performance.now();
    // what is shown changes twice: the base ranking, then all of it (the years, caveats and band together: each
    // change draws the chart of every place again)
    if (this.run()) this.stage++;
    const whole = this.stage === 3 ? finishComposite(this.input, this.p, this.parts) : null;
    this.spent += performance.now() - t0;
    if (this.stage === 1 && this.version === 0) this.show(this.base, true);
    if (whole) this.show(whole, false);
    this.done = this.stage === 3;
    if (this.done) last = { ...this.of, result: this.result };
    return this.done;
  }

  /** the current stage's next piece of work; true when the stage is complete */
  private run(): boolean {
    const { catalog, settings, ids, blocks, populations } = this.of;
    if (this.stage === 0) {
      this.input = compositeInput(catalog, settings, new Map(ids.map((id, i) => [id, blocks[i] ?? []])), populations, settings.members);
      this.p = prepareComposite(this.input);
      this.base = finishComposite(this.input, this.p, []);
      return true;
    }
    if (this.stage === 1) {
      this.years = compositeYears(this.input, this.p.include);
      this.caveats = compositeCaveats(ids, blocks, settings.rankYear);
      return true;
    }
    const to = Math.min(this.input.draws, this.next + bandPartDraws(this.p.nj, this.p.nm));
    this.parts.push(bandPart(this.p, this.input, this.next, to));
    this.next = to;
    return to >= this.input.draws;
  }

  private show(r: CompositeResult, pending: boolean): void {
    this.result = {
      ...r,
      ms: Math.round(this.spent * 10) / 10,
      inputCaveats: this.caveats,
      ...(this.input.perCapita ? { perCapita: this.input.perCapita } : {}),
      years: this.years,
      metrics: this.input.metrics.length,
      ...(pending ? { bandPending: true as const } : {}),
    };
    this.version++;
  }
}

/** The composite with its whole band, computed at once (the job above, run to its end). */
export function timedComposite(
  catalog: Catalog,
  settings: CompositeSettings,
  ids: readonly string[],
  blocks: readonly (readonly MetricPeriodBlock[])[],
  populations: Populations | null = null,
): TimedComposite {
  const job = compositeJob(catalog, settings, ids, blocks, populations);
  while (!job.step());
  return job.result;
}
