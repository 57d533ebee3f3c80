/** Per-chart export: PNG 1×/2×/3× (white or transparent), SVG, copy as PNG, copy its table as TSV. */
import { downloadBlob } from '../download';
import { useState } from 'react';
import { ExportStatus } from './ExportStatus';
import { ExportButton } from './ExportButton';
import { useExportJob } from './useExportJob';
import { useLang } from '../hooks/useLang';
import type { ExportEntry } from './registry';
import { copyPngToClipboard, copyTextToClipboard, expectCopied, svgBlob, today } from './export-jobs';
import { loadExporting, loadTables, prefetchExporting } from './load-exporting';
import './export.css';

const RATIOS = [1, 2, 3] as const;

/** The menu's jobs for one chart; each returns the status text to show. */
function useChartJobs(entry: ExportEntry, transparent: boolean) {
  const { lang, t } = useLang();
  const rendering = () => ({ lang, t, date: today() });
  return {
    png: async (ratio: number) => {
      const ex = await loadExporting();
      const name = ex.chartFilename(entry, 'png', ratio === 1 ? '' : `@${ratio}x`);
      downloadBlob(await ex.chartPng(entry, rendering(), ratio, transparent), name);
      return t('export.done', { name });
    },
    svg: async () => {
      const ex = await loadExporting();
      const name = ex.chartFilename(entry, 'svg');
      downloadBlob(svgBlob(await ex.chartSvg(entry, rendering(), transparent)), name);
      return t('export.done', { name });
    },
    copyPng: async () => {
      // the write starts within the click; the code loads and the image is drawn while the browser waits for it
      const png = loadExporting().then((ex) => ex.chartPng(entry, rendering(), 2, transparent));
      expectCopied(await copyPngToClipboard(png), t);
      return t('export.copied');
    },
    copyTable: async () => {
      const { rowsTsv } = await loadTables();
      expectCopied(await copyTextToClipboard(rowsTsv(entry.rows, t)), t);
      return t('export.copiedTable');
    },
  };
}

export function ChartExportMenu({ entry }: { entry: ExportEntry }) {
  const { t } = useLang();
  const [transparent, setTransparent] = useState(false);
  const { status, busy, run } = useExportJob(t);
  const jobs = useChartJobs(entry, transparent);
  return (
    <div
      className="export-menu"
      role="group"
      aria-label={`${t('export.menu')}: ${entry.title}`}
      onPointerEnter={prefetchExporting}
      onFocus={prefetchExporting}
    >
      {RATIOS.map((r) => (
        <ExportButton key={r} testId={`export-png-${r}x`} disabled={busy} title={t('export.pngTitle', { ratio: r })} onClick={() => run(() => jobs.png(r))}>
          {t('export.png', { ratio: r })}
        </ExportButton>
      ))}
      <ExportButton testId="export-svg" disabled={busy} title={t('export.svgTitle')} onClick={() => run(jobs.svg)}>
        {t('export.svg')}
      </ExportButton>
      <label className="export-check">
        <input
          type="checkbox"
          data-testid="export-transparent"
          checked={transparent}
          onChange={(e) => setTransparent(e.target.checked)}
        />
        {t('export.transparent')}
      </label>
      <ExportButton testId="copy-png" disabled={busy} onClick={() => run(jobs.copyPng)}>
        {t('export.copyPng')}
      </ExportButton>
      <ExportButton testId="copy-table-tsv" disabled={busy} onClick={() => run(jobs.copyTable)}>
        {t('export.copyTable')}
      </ExportButton>
      <ExportStatus status={status} testId="export-status" />
    </div>
  );
}
