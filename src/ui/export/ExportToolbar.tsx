/**
 * View-level export: every chart at once (ZIP of PNG 2× + SVG, with the CSV), the data behind the view as CSV
 * and as a `rol-compare/dataset` JSON document (validated before it is offered), the table as TSV for the
 * clipboard, and the button that starts presentation mode.
 */
import { downloadBlob } from '../download';
import { useState } from 'react';
import { ExportStatus, type ExportJobStatus } from './ExportStatus';
import { useLang } from '../hooks/useLang';
import { t as translate } from '../../i18n';
import type { LocatedObservation } from '../../model/compare';
import type { Jurisdiction, Metric, Report } from '../../model/schema';
import { safeFilename, uniqueNames } from '../../formats/export/filename';
import { currentEntries, useExportEntries } from './registry';
import {
  chartFilename,
  chartPng,
  chartSvg,
  copyTextToClipboard,
  failureText,
  UserMessage,
  today,
} from './exporting';
import type { Zippable } from 'fflate';
import { csvBlob, entriesCsv, entriesTsv } from './tables';
import './export.css';

export interface ViewData {
  /** every observation the view read (resolves inputs of derived figures) */
  pool: readonly LocatedObservation[];
  reports: readonly (Report & { dataset?: string })[];
  metrics: ReadonlyMap<string, Metric>;
  jurisdictions: ReadonlyMap<string, Jurisdiction>;
}

/** Bilingual texts hold at most 500 UTF-16 units. */
const cap = (s: string): string => Array.from(s).slice(0, 240).join('');

type Status = ExportJobStatus;

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
  const { lang, t } = useLang();
  const entries = useExportEntries();
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const none = entries.length === 0;
  const name = (ext: string) => safeFilename(filenameParts, ext, 'rol-compare');

  const run = async (job: () => Promise<string>) => {
    setStatus({ kind: 'busy' });
    try {
      setStatus({ kind: 'ok', text: await job() });
    } catch (e) {
      setStatus({ kind: 'error', text: failureText(e, t) });
    }
  };
  const list = () => {
    const now = currentEntries();
    if (now.length === 0) throw new UserMessage(t('export.nothing'));
    return now;
  };

  const zip = () =>
    run(async () => {
      const charts = list();
      const { zipSync, strToU8 } = await import('fflate');
      const r = { lang, t, date: today() };
      const files: { name: string; data: Uint8Array; level: 0 | 6 }[] = [];
      for (const e of charts) {
        const png = await chartPng(e, r, 2, false);
        files.push({ name: chartFilename(e, 'png', '@2x'), data: new Uint8Array(await png.arrayBuffer()), level: 0 });
        files.push({ name: chartFilename(e, 'svg'), data: strToU8(await chartSvg(e, r, false)), level: 6 });
      }
      files.push({ name: name('csv'), data: strToU8(entriesCsv(charts, t)), level: 6 });
      const names = uniqueNames(files.map((f) => f.name));
      const zippable: Zippable = {};
      files.forEach((f, i) => {
        zippable[names[i]!] = [f.data, { level: f.level }];
      });
      const archive = zipSync(zippable, { mtime: new Date() });
      const zipName = name('zip');
      downloadBlob(new Blob([archive as BlobPart], { type: 'application/zip' }), zipName);
      return t('export.done', { name: zipName });
    });

  const csv = () =>
    run(async () => {
      const file = name('csv');
      downloadBlob(csvBlob(entriesCsv(list(), t)), file);
      return t('export.done', { name: file });
    });

  const json = () =>
    run(async () => {
      const charts = list();
      const [{ buildSubset, exportDatasetId }, { validateDataset, formatPath }] = await Promise.all([
        import('../../formats/export/subset'),
        import('../../formats/validate'),
      ]);
      const date = today();
      const label = filenameParts.filter(Boolean).join(' · ') || 'rol-compare';
      const doc = buildSubset({
        id: exportDatasetId(date),
        title: {
          zh: cap(translate('zh', 'export.datasetTitle', { name: label })),
          en: cap(translate('en', 'export.datasetTitle', { name: label })),
        },
        description: {
          zh: translate('zh', 'export.datasetDescription', { date }),
          en: translate('en', 'export.datasetDescription', { date }),
        },
        created: new Date().toISOString(),
        observations: charts.flatMap((e) => e.observations),
        pool: data.pool,
        reports: data.reports,
        metrics: data.metrics,
        jurisdictions: data.jurisdictions,
      });
      const checked = validateDataset(JSON.parse(JSON.stringify(doc)));
      if (!checked.ok) {
        const first = checked.errors[0];
        throw new UserMessage(t('export.invalidDataset', { message: first ? `${formatPath(first.path)}: ${first.message}` : '?' }));
      }
      const file = name('json');
      downloadBlob(new Blob([`${JSON.stringify(doc, null, 2)}\n`], { type: 'application/json' }), file);
      return t('export.done', { name: file });
    });

  const tsv = () =>
    run(async () => {
      const outcome = await copyTextToClipboard(entriesTsv(list(), t));
      if (outcome === 'denied') throw new UserMessage(t('export.clipboardDenied'));
      if (outcome === 'unsupported') throw new UserMessage(t('export.clipboardUnsupported'));
      return t('export.copiedTable');
    });

  const busy = status.kind === 'busy';
  return (
    <div className="export-toolbar" role="toolbar" aria-label={t('export.view')}>
      <span className="export-toolbar-label">{t('export.view')}</span>
      <button type="button" data-testid="export-zip" disabled={busy || none} title={t('export.zipTitle')} onClick={() => void zip()}>
        {t('export.zip')}
      </button>
      <button type="button" data-testid="export-csv" disabled={busy || none} title={t('export.csvTitle')} onClick={() => void csv()}>
        {t('export.csv')}
      </button>
      <button type="button" data-testid="export-json" disabled={busy || none} title={t('export.jsonTitle')} onClick={() => void json()}>
        {t('export.json')}
      </button>
      <button type="button" data-testid="copy-tsv" disabled={busy || none} onClick={() => void tsv()}>
        {t('export.copyTsv')}
      </button>
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
