/**
 * The data behind a view as a `rol-compare/dataset` JSON document, validated before it is offered: the
 * observations of the registered charts with the reports, metrics and jurisdictions they need.
 */
import { t as translate, type Translate } from '../../i18n';
import type { LocatedObservation } from '../../model/compare';
import type { Jurisdiction, Metric, Report } from '../../model/schema';
import type { ExportEntry } from './registry';
import { UserMessage } from './export-jobs';

export interface ViewData {
  /** every observation the view read (resolves inputs of derived figures) */
  pool: readonly LocatedObservation[];
  reports: readonly (Report & { dataset?: string })[];
  metrics: ReadonlyMap<string, Metric>;
  jurisdictions: ReadonlyMap<string, Jurisdiction>;
}

/** Bilingual texts hold at most 500 UTF-16 units. */
const cap = (s: string): string => Array.from(s).slice(0, 240).join('');

/** The document as formatted JSON; throws a UserMessage naming the first problem when it does not validate. */
export async function viewDatasetJson(args: {
  charts: readonly ExportEntry[];
  data: ViewData;
  filenameParts: readonly string[];
  date: string;
  t: Translate;
}): Promise<string> {
  const { charts, data, date, t } = args;
  const [{ buildSubset, exportDatasetId }, { validateDataset, formatPath }] = await Promise.all([
    import('../../formats/export/subset'),
    import('../../formats/validate'),
  ]);
  const label = args.filenameParts.filter(Boolean).join(' · ') || 'rol-compare';
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
  return `${JSON.stringify(doc, null, 2)}\n`;
}
