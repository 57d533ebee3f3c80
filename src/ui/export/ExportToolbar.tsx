/**
 * View-level export: every chart at once (ZIP of PNG 2× + SVG, with the CSV), the data behind the view as CSV
 * and as a `rol-compare/dataset` JSON document (validated before it is offered), the table as TSV for the
 * clipboard, and the button that starts presentation mode.
 */
import { useEffect } from 'react';
import { downloadBlob } from '../download';
import { ExportStatus } from './ExportStatus';
import { ExportButton } from './ExportButton';
import { useExportJob } from './useExportJob';
import { useLang } from '../hooks/useLang';
import { safeFilename } from '../../formats/export/filename';
import { currentEntries, useExportEntries } from './registry';
import { copyTextToClipboard, expectCopied, UserMessage, today } from './export-jobs';
import { loadArchive, loadTables, loadViewDataset, prefetchExporting, whenIdle } from './load-exporting';
import { loadPresentation } from './LazyPresentation';
import type { ViewData } from './view-dataset';
import './export.css';

/** The toolbar's jobs over the charts registered when the button is pressed; each returns the status text. */
function useViewJobs(filenameParts: string[], data: ViewData) {
  const { lang, t } = useLang();
  const name = (ext: string) => safeFilename(filenameParts, ext, 'rol-compare');
  const list = () => {
    const now = currentEntries();
    if (now.length === 0) throw new UserMessage(t('export.nothing'));
    return now;
  };
  return {
    zip: async () => {
      const charts = list();
      const [{ chartsArchive }, { entriesCsv }] = await Promise.all([loadArchive(), loadTables()]);
      const archive = await chartsArchive(charts, { lang, t, date: today() }, { name: name('csv'), text: entriesCsv(charts, t) });
      const file = name('zip');
      downloadBlob(archive, file);
      return t('export.done', { name: file });
    },
    csv: async () => {
      const { csvBlob, entriesCsv } = await loadTables();
      const file = name('csv');
      downloadBlob(csvBlob(entriesCsv(list(), t)), file);
      return t('export.done', { name: file });
    },
    json: async () => {
      const { viewDatasetJson } = await loadViewDataset();
      const json = await viewDatasetJson({ charts: list(), data, filenameParts, date: today(), t });
      const file = name('json');
      downloadBlob(new Blob([json], { type: 'application/json' }), file);
      return t('export.done', { name: file });
    },
    tsv: async () => {
      const { entriesTsv } = await loadTables();
      expectCopied(await copyTextToClipboard(entriesTsv(list(), t)), t);
      return t('export.copiedTable');
    },
  };
}

export function ExportToolbar({
  filenameParts,
  data,
  onPresent,
}: {
  /** e.g. ['对比', '武进', '园区', '吕梁', '2022-2023'] */
  filenameParts: string[];
  data: ViewData;
  onPresent: () => void;
}) {
  const { t } = useLang();
  const none = useExportEntries().length === 0;
  const { status, busy, run } = useExportJob(t);
  const jobs = useViewJobs(filenameParts, data);
  // exporting and presenting need no request once a view has settled
  useEffect(
    () =>
      whenIdle(() => {
        prefetchExporting();
        void loadPresentation().catch(() => undefined);
      }),
    [],
  );
  return (
    <div className="export-toolbar" role="toolbar" aria-label={t('export.view')} onPointerEnter={prefetchExporting} onFocus={prefetchExporting}>
      <span className="export-toolbar-label">{t('export.view')}</span>
      <ExportButton testId="export-zip" disabled={busy || none} title={t('export.zipTitle')} onClick={() => run(jobs.zip)}>
        {t('export.zip')}
      </ExportButton>
      <ExportButton testId="export-csv" disabled={busy || none} title={t('export.csvTitle')} onClick={() => run(jobs.csv)}>
        {t('export.csv')}
      </ExportButton>
      <ExportButton testId="export-json" disabled={busy || none} title={t('export.jsonTitle')} onClick={() => run(jobs.json)}>
        {t('export.json')}
      </ExportButton>
      <ExportButton testId="copy-tsv" disabled={busy || none} onClick={() => run(jobs.tsv)}>
        {t('export.copyTsv')}
      </ExportButton>
      <button
        type="button"
        className="present-start"
        data-testid="presentation-start"
        disabled={none}
        title={t('export.presentTitle')}
        onClick={onPresent}
      >
        {t('export.present')}
      </button>
      <ExportStatus status={status} testId="export-view-status" />
    </div>
  );
}
