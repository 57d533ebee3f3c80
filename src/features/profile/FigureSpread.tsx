import type { LocatedObservation } from '../../model/compare';
import type { Spread } from '../../model/distribution';
import type { Population } from '../../model/per-capita';
import type { Metric } from '../../model/schema';
import { useLang } from '../../ui/hooks/useLang';
import { figureSpread, figureSpreadParts, type FigureSpread as Placed } from './profile-spreads';

const W = 96;
const H = 14;
const PAD = 4;

/** The small box: the range of all figures (line), the middle half (box), the median (bar), this place (dot). */
function SpreadBox({ fs }: { fs: Extract<Placed, { status: 'placed' }> }) {
  const { min, max, standing, value, valueMax } = fs;
  const x = (v: number) => (max === min ? W / 2 : PAD + ((v - min) / (max - min)) * (W - 2 * PAD));
  const d = standing.dist;
  const bound = standing.bound !== 'exact';
  return (
    <svg width={W} height={H} viewBox={`0 0 ${W} ${H}`} aria-hidden="true" focusable="false" className="spread-box">
      <line x1={x(min)} x2={x(max)} y1={H / 2} y2={H / 2} stroke="#9ca3af" strokeWidth={1} />
      <rect x={x(d.q1)} y={2} width={Math.max(1, x(d.q3) - x(d.q1))} height={H - 4} fill="rgba(17,24,39,0.12)" stroke="#6b7280" strokeWidth={1} />
      <line x1={x(d.median)} x2={x(d.median)} y1={1} y2={H - 1} stroke="#111827" strokeWidth={1.5} />
      {valueMax !== undefined && <line x1={x(value)} x2={x(valueMax)} y1={H / 2} y2={H / 2} stroke="#0072B2" strokeWidth={3} />}
      <circle cx={x(value)} cy={H / 2} r={3.5} fill={bound ? '#ffffff' : '#0072B2'} stroke="#0072B2" strokeWidth={1.5} />
    </svg>
  );
}

/**
 * Under a figure of the profile: where it stands among the places that report the same metric (the box, and the
 * words a screen reader reads), or why it cannot be compared; nothing while the spreads are read.
 */
export function FigureSpread({ figure, metric, spread, population, group }: {
  figure: LocatedObservation;
  metric: Metric;
  spread: Spread | null | undefined;
  population: Population | null | undefined;
  group?: string | undefined;
}) {
  const { lang } = useLang();
  if (!spread) return null;
  const fs = figureSpread(figure, spread, population);
  const parts = figureSpreadParts(fs, metric, lang, group);
  return (
    <div
      className="figure-spread"
      data-testid="figure-spread"
      data-status={fs.status}
      data-metric={metric.id}
      data-period={figure.period}
      data-observation={figure.id}
      {...(fs.status === 'placed'
        ? { 'data-n': fs.standing.dist.n, 'data-median': fs.standing.dist.median, 'data-q1': fs.standing.dist.q1, 'data-q3': fs.standing.dist.q3, 'data-percentile': fs.standing.percentile }
        : fs.status === 'few' ? { 'data-n': fs.n } : {})}
    >
      {fs.status === 'placed' && <SpreadBox fs={fs} />}
      <span>
        {parts.map((p, i) => (
          <span key={i} className="spread-part">
            {p}
            {i < parts.length - 1 ? (lang === 'zh' ? ';' : '; ') : ''}
          </span>
        ))}
      </span>
    </div>
  );
}
