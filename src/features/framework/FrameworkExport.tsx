import { useMemo } from 'react';
import type { Catalog } from '../../model/catalog';
import type { FrameworkMatrix } from './framework-matrix';
import { matrixCsv, matrixTsv } from './framework-csv';
import { exportNotes, matrixLabels, matrixNotes } from './framework-labels';
import { shortName } from '../../i18n';
import { useLang } from '../../ui/hooks/useLang';
import { downloadBlob } from '../../ui/download';
import { ExportButton } from '../../ui/export/ExportButton';
import { ExportStatus } from '../../ui/export/ExportStatus';
import { useExportJob } from '../../ui/export/useExportJob';
import { copyTextToClipboard, expectCopied } from '../../ui/export/exporting';
import { csvBlob } from '../../ui/export/tables';
import { safeFilename } from '../../formats/export/filename';
import '../../ui/export/export.css';

/** The matrix as CSV (a file, with its notes) and as TSV (the clipboard), every indicator, the chosen places. */
export function FrameworkExport({ matrix, catalog }: { matrix: FrameworkMatrix; catalog: Catalog }) {
  const { lang, t } = useLang();
  const { status, busy, run } = useExportJob(t);
  const labels = useMemo(() => matrixLabels(catalog, lang, t), [catalog, lang, t]);
  const notes = useMemo(() => matrixNotes(matrix, t), [matrix, t]);
  const file = safeFilename([t('framework.title'), ...matrix.jurisdictions.map((j) => shortName(catalog, j, lang))], 'csv', 'rol-compare');
  return (
    <div className="fw-export">
      <div className="export-toolbar" role="toolbar" aria-label={t('framework.export')}>
        <span className="export-toolbar-label">{t('framework.export')}</span>
        <ExportButton
          testId="framework-csv"
          disabled={busy}
          title={t('framework.csvTitle')}
          onClick={() =>
            run(async () => {
              downloadBlob(csvBlob(matrixCsv(matrix, labels, exportNotes(matrix, catalog, lang, t))), file);
              return t('export.done', { name: file });
            })
          }
        >
          {t('framework.csv')}
        </ExportButton>
        <ExportButton
          testId="framework-tsv"
          disabled={busy}
          onClick={() =>
            run(async () => {
              expectCopied(await copyTextToClipboard(matrixTsv(matrix, labels)), t);
              return t('export.copiedTable');
            })
          }
        >
          {t('framework.copyTsv')}
        </ExportButton>
        <ExportStatus status={status} testId="framework-export-status" />
      </div>
      <ul className="note fw-notes" data-testid="framework-notes">
        {notes.map((n) => (
          <li key={n}>{n}</li>
        ))}
      </ul>
    </div>
  );
}
