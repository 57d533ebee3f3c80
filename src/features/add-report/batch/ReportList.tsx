import { useLang } from '../../../ui/hooks/useLang';
import { useGazetteer } from '../reads/gazetteer';
import { acceptedCount } from './batch-model';
import { useBatchStore } from './batch-store';
import { jurisdictionLabel } from './ReportHeader';

/** Every report of the queue in one short list (place, year, counts, skipped): a button brings its group into view. */
export function ReportList({ onJump }: { onJump: (key: string) => void }) {
  const { t } = useLang();
  const queue = useBatchStore((s) => s.queue);
  const g = useGazetteer().data?.gazetteer;
  return (
    <nav aria-label={t('batch.reports')} className="batch-reports">
      <ol>
        {queue.order.map((k, i) => {
          const r = queue.reports[k]!;
          const place = r.place.kind === 'set' ? jurisdictionLabel(g, r.place.jurisdiction) : t(r.place.kind === 'choose' ? 'batch.choose' : 'batch.noPlace');
          const state = r.skipped ? t('batch.skipped') : r.extracting ? t('batch.extracting') : t('batch.figures', { n: r.rows.length, accepted: acceptedCount(r) });
          return (
            <li key={k}>
              <button type="button" className="link" onClick={() => onJump(k)} data-testid="batch-jump" data-file={r.report.file}>
                {i + 1}. {r.report.file}
              </button>{' '}
              <span className="note">
                {place} · {r.year ?? '—'} · {state}
              </span>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
