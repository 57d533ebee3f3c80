import { memo } from 'react';
import type { Gazetteer } from '../../../model/gazetteer';
import { useLang } from '../../../ui/hooks/useLang';
import { useGazetteer } from '../reads/gazetteer';
import { acceptedCount, type QueueReport } from './batch-model';
import { useQueue } from './batch-store';
import { jurisdictionLabel } from './ReportHeader';

/** One report in the list: redrawn only when its report (or its number) changes. */
const ReportItem = memo(function ReportItem({ r, n, g, onJump }: { r: QueueReport; n: number; g: Gazetteer | undefined; onJump: (key: string) => void }) {
  const { t } = useLang();
  const place = r.place.kind === 'set' ? jurisdictionLabel(g, r.place.jurisdiction) : t(r.place.kind === 'choose' ? 'batch.choose' : 'batch.noPlace');
  const state = r.skipped ? t('batch.skipped') : r.extracting ? t('batch.extracting') : t('batch.figures', { n: r.rows.length, accepted: acceptedCount(r) });
  return (
    <li>
      <button type="button" className="link" onClick={() => onJump(r.key)} data-testid="batch-jump" data-file={r.report.file}>
        {n}. {r.report.file}
      </button>{' '}
      <span className="note">
        {place} · {r.year ?? '—'} · {state}
      </span>
    </li>
  );
});

/** Every report of the queue in one short list (place, year, counts, skipped): a button brings its group into view. */
export function ReportList({ onJump }: { onJump: (key: string) => void }) {
  const { t } = useLang();
  const { order, reports } = useQueue();
  const g = useGazetteer().data?.gazetteer;
  return (
    <nav aria-label={t('batch.reports')} className="batch-reports">
      <ol>
        {order.map((k, i) => (
          <ReportItem key={k} r={reports[k]!} n={i + 1} g={g} onJump={onJump} />
        ))}
      </ol>
    </nav>
  );
}
