/** Per-chart export: PNG 1×/2×/3× (white or transparent), SVG, copy as PNG, copy its table as TSV. */
import { downloadBlob } from '../download';
import { useState } from 'react';
import { ExportStatus, type ExportJobStatus } from './ExportStatus';
import { useLang } from '../hooks/useLang';
import type { MessageKey } from '../../i18n';
import type { ExportEntry } from './registry';
import {
  chartFilename,
  chartPng,
  chartSvg,
  copyPngToClipboard,
  copyTextToClipboard,
  failureText,
  UserMessage,
  svgBlob,
  today,
  type ClipboardOutcome,
} from './exporting';
import { rowsTsv } from './tables';
import './export.css';

const RATIOS = [1, 2, 3] as const;

type Status = ExportJobStatus;

const CLIPBOARD_MESSAGE: Record<Exclude<ClipboardOutcome, 'ok'>, MessageKey> = {
  denied: 'export.clipboardDenied',
  unsupported: 'export.clipboardUnsupported',
};

export function ChartExportMenu({ entry }: { entry: ExportEntry }) {
  const { lang, t } = useLang();
  const [transparent, setTransparent] = useState(false);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const rendering = () => ({ lang, t, date: today() });

  const run = async (job: () => Promise<string>) => {
    setStatus({ kind: 'busy' });
    try {
      setStatus({ kind: 'ok', text: await job() });
    } catch (e) {
      setStatus({ kind: 'error', text: failureText(e, t) });
    }
  };

  const png = (ratio: number) =>
    run(async () => {
      const name = chartFilename(entry, 'png', ratio === 1 ? '' : `@${ratio}x`);
      downloadBlob(await chartPng(entry, rendering(), ratio, transparent), name);
      return t('export.done', { name });
    });

  const svg = () =>
    run(async () => {
      const name = chartFilename(entry, 'svg');
      downloadBlob(svgBlob(await chartSvg(entry, rendering(), transparent)), name);
      return t('export.done', { name });
    });

  const copyPng = () =>
    run(async () => {
      // the write starts within the click; the image is drawn while the browser waits for it
      const outcome = await copyPngToClipboard(chartPng(entry, rendering(), 2, transparent));
      if (outcome !== 'ok') throw new UserMessage(t(CLIPBOARD_MESSAGE[outcome]));
      return t('export.copied');
    });

  const copyTable = () =>
    run(async () => {
      const outcome = await copyTextToClipboard(rowsTsv(entry.rows, t));
      if (outcome !== 'ok') throw new UserMessage(t(CLIPBOARD_MESSAGE[outcome]));
      return t('export.copiedTable');
    });

  const busy = status.kind === 'busy';
  return (
    <div className="export-menu" role="group" aria-label={`${t('export.menu')}: ${entry.title}`}>
      {RATIOS.map((r) => (
        <button
          key={r}
          type="button"
          data-testid={`export-png-${r}x`}
          disabled={busy}
          title={t('export.pngTitle', { ratio: r })}
          onClick={() => void png(r)}
        >
          {t('export.png', { ratio: r })}
        </button>
      ))}
      <button type="button" data-testid="export-svg" disabled={busy} title={t('export.svgTitle')} onClick={() => void svg()}>
        {t('export.svg')}
      </button>
      <label className="export-check">
        <input
          type="checkbox"
          data-testid="export-transparent"
          checked={transparent}
          onChange={(e) => setTransparent(e.target.checked)}
        />
        {t('export.transparent')}
      </label>
      <button type="button" data-testid="copy-png" disabled={busy} onClick={() => void copyPng()}>
        {t('export.copyPng')}
      </button>
      <button type="button" data-testid="copy-table-tsv" disabled={busy} onClick={() => void copyTable()}>
        {t('export.copyTable')}
      </button>
      <ExportStatus status={status} testId="export-status" />
    </div>
  );
}
