/**
 * The URL codec: everything a shared link must reproduce (view, jurisdictions, metrics, weights, language…).
 * parse(serialise(s)) === s for every valid state; unknown or malformed parameters fall back to defaults.
 * Format (query string, version 1): v, lang, j, c, m, y, same, near, pc, cpc, pf, pb, pmin, pmax, rm, ry, w, norm, miss,
 * mc, tiers, p, r, o, q.
 */
import { CATEGORIES, MISSING_POLICIES, NORMALISATIONS, type Category, type MissingPolicy, type Normalisation } from '../../model/constants';
import type { Lang } from '../../model/format';

export const VIEWS = ['compare', 'rank', 'profile', 'framework', 'practices', 'reader', 'add', 'data'] as const;
export type View = (typeof VIEWS)[number];

/** What makes places peers of the focus place: the same level, province or parent city. */
export const PEER_KEYS = ['level', 'province', 'city'] as const;
export type PeerKey = (typeof PEER_KEYS)[number];
/** Population bounds of a peer group are in units of 10,000 residents (万人), up to this. */
export const PEER_POPULATION_MAX = 200_000;

export interface UrlState {
  view: View;
  lang: Lang;
  jurisdictions: string[];
  categories: Category[];
  /** explicit metric choice; empty = chosen automatically */
  metrics: string[];
  year: number | null;
  sameYear: boolean;
  /** with a year chosen: a figure of the year before or after stands in where the year has none, and says so */
  nearYear: boolean;
  /** compare and rank: counts and amounts per 10,000 residents (pc=1) */
  perCapita: boolean;
  /** composite: counts and amounts per 10,000 residents before they are combined (on unless cpc=0) */
  compositePerCapita: boolean;
  /**
   * Peer group: compare, rank and composite limited to the places like this one (pf), by the keys in pb (same
   * level, province, parent city) and a population range in 万人 (pmin, pmax); null = all places.
   */
  peerOf: string | null;
  peerBy: PeerKey[];
  peerPopMin: number | null;
  peerPopMax: number | null;
  /** ranking: the metric ranked on its own, and its year (null = latest) */
  rankMetric: string | null;
  rankYear: number | null;
  /** composite weights: metric id or "cat:<category>" → weight */
  weights: Record<string, number>;
  normalisation: Normalisation;
  missing: MissingPolicy;
  /** composite: the share of the chosen indicators' weight (percent) a place must report to be ranked */
  minCoverage: number;
  tiers: boolean;
  profile: string | null;
  report: string | null;
  offset: number | null;
  search: string;
}

export const DEFAULT_JURISDICTIONS = ['js.changzhou.wujin', 'js.suzhou.sip', 'sx.lvliang'];
export const DEFAULT_CATEGORIES: Category[] = ['reconsideration', 'mediation', 'licensing'];

export function defaultState(): UrlState {
  return {
    view: 'compare',
    lang: 'zh',
    jurisdictions: [...DEFAULT_JURISDICTIONS],
    categories: [...DEFAULT_CATEGORIES],
    metrics: [],
    year: null,
    sameYear: false,
    nearYear: false,
    perCapita: false,
    compositePerCapita: true,
    peerOf: null,
    peerBy: ['level', 'province'],
    peerPopMin: null,
    peerPopMax: null,
    rankMetric: null,
    rankYear: null,
    weights: {},
    normalisation: 'minmax',
    missing: 'partial',
    minCoverage: 50,
    tiers: false,
    profile: null,
    report: null,
    offset: null,
    search: '',
  };
}

const ID = /^[A-Za-z0-9_.:-]{1,200}$/;
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
const list = (s: string | null): string[] | null =>
  s === null ? null : s === '' ? [] : [...new Set(s.split(',').filter((x) => ID.test(x)))];
const oneOf = <T extends string>(s: string | null, options: readonly T[]): T | null =>
  s !== null && (options as readonly string[]).includes(s) ? (s as T) : null;
const int = (s: string | null, min: number, max: number): number | null => {
  if (s === null || !/^\d{1,9}$/.test(s)) return null;
  const n = Number(s);
  return n >= min && n <= max ? n : null;
};

export function parseUrlState(search: string): UrlState {
  const p = new URLSearchParams(search);
  const s = defaultState();
  s.view = oneOf(p.get('v'), VIEWS) ?? s.view;
  s.lang = oneOf(p.get('lang'), ['zh', 'en'] as const) ?? s.lang;
  s.jurisdictions = list(p.get('j')) ?? s.jurisdictions;
  const cats = list(p.get('c'));
  if (cats) s.categories = cats.filter((c): c is Category => (CATEGORIES as readonly string[]).includes(c));
  s.metrics = list(p.get('m')) ?? s.metrics;
  s.year = int(p.get('y'), 1949, 2100);
  s.sameYear = p.get('same') === '1';
  s.nearYear = p.get('near') === '1';
  s.perCapita = p.get('pc') === '1';
  s.compositePerCapita = p.get('cpc') !== '0';
  const pf = p.get('pf');
  s.peerOf = pf !== null && ID.test(pf) ? pf : null;
  const pb = list(p.get('pb'));
  if (pb) s.peerBy = PEER_KEYS.filter((k) => pb.includes(k));
  s.peerPopMin = int(p.get('pmin'), 0, PEER_POPULATION_MAX);
  s.peerPopMax = int(p.get('pmax'), 0, PEER_POPULATION_MAX);
  const rm = p.get('rm');
  s.rankMetric = rm !== null && ID.test(rm) ? rm : null;
  s.rankYear = int(p.get('ry'), 1949, 2100);
  const w = p.get('w');
  if (w) {
    const weights: Record<string, number> = Object.create(null) as Record<string, number>;
    for (const part of w.split(',')) {
      const at = part.lastIndexOf('~');
      const key = part.slice(0, at);
      const val = Number(part.slice(at + 1));
      if (at > 0 && ID.test(key) && !FORBIDDEN_KEYS.has(key) && Number.isFinite(val) && val >= 0 && val <= 100) weights[key] = val;
    }
    s.weights = { ...weights };
  }
  s.normalisation = oneOf(p.get('norm'), NORMALISATIONS) ?? s.normalisation;
  s.missing = oneOf(p.get('miss'), MISSING_POLICIES) ?? s.missing;
  s.minCoverage = int(p.get('mc'), 0, 100) ?? s.minCoverage;
  s.tiers = p.get('tiers') === '1';
  const prof = p.get('p');
  s.profile = prof !== null && ID.test(prof) ? prof : null;
  const r = p.get('r');
  s.report = r !== null && ID.test(r) ? r : null;
  s.offset = int(p.get('o'), 0, 1e9);
  s.search = (p.get('q') ?? '').slice(0, 200);
  return s;
}

/** Serialises only what differs from the defaults, in a fixed order (stable links). */
export function serialiseUrlState(s: UrlState): string {
  const d = defaultState();
  const p = new URLSearchParams();
  const same = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);
  if (s.view !== d.view) p.set('v', s.view);
  if (s.lang !== d.lang) p.set('lang', s.lang);
  if (!same(s.jurisdictions, d.jurisdictions)) p.set('j', s.jurisdictions.join(','));
  if (!same(s.categories, d.categories)) p.set('c', s.categories.join(','));
  if (s.metrics.length) p.set('m', s.metrics.join(','));
  if (s.year !== null) p.set('y', String(s.year));
  if (s.sameYear) p.set('same', '1');
  if (s.nearYear) p.set('near', '1');
  if (s.perCapita) p.set('pc', '1');
  if (!s.compositePerCapita) p.set('cpc', '0');
  if (s.peerOf) p.set('pf', s.peerOf);
  if (!same(s.peerBy, d.peerBy)) p.set('pb', s.peerBy.join(','));
  if (s.peerPopMin !== null) p.set('pmin', String(s.peerPopMin));
  if (s.peerPopMax !== null) p.set('pmax', String(s.peerPopMax));
  if (s.rankMetric) p.set('rm', s.rankMetric);
  if (s.rankYear !== null) p.set('ry', String(s.rankYear));
  const w = Object.keys(s.weights)
    .sort()
    .map((k) => `${k}~${s.weights[k]}`);
  if (w.length) p.set('w', w.join(','));
  if (s.normalisation !== d.normalisation) p.set('norm', s.normalisation);
  if (s.missing !== d.missing) p.set('miss', s.missing);
  if (s.minCoverage !== d.minCoverage) p.set('mc', String(s.minCoverage));
  if (s.tiers) p.set('tiers', '1');
  if (s.profile) p.set('p', s.profile);
  if (s.report) p.set('r', s.report);
  if (s.offset !== null) p.set('o', String(s.offset));
  if (s.search) p.set('q', s.search);
  const out = p.toString();
  return out ? `?${out}` : '';
}
