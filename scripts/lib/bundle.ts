import { createHash } from 'node:crypto';
import { assembleDataset, CurationError } from './assemble';
import { validateDataset, formatPath } from '../../src/formats/validate';
import { coverageMarkdown } from './coverage';

export function buildBundle(dataDir: string) {
  const input = assembleDataset(dataDir);
  const result = validateDataset(input);
  if (!result.ok)
    throw new CurationError(
      `the assembled dataset is invalid:\n- ${result.errors.map((e) => `${formatPath(e.path)}: ${e.message}`).join('\n- ')}`,
    );
  const json = JSON.stringify(input) + '\n';
  const sha256 = createHash('sha256').update(json).digest('hex');
  const ds = result.value;
  const counts = {
    jurisdictions: ds.jurisdictions.length,
    reports: ds.reports.length,
    metrics: ds.metrics.length,
    observations: ds.observations.length,
    derived: ds.observations.filter((o) => o.derived).length,
    practices: ds.practices.length,
    mentions: ds.mentions.length,
  };
  const manifest = { id: ds.id, file: 'bundled.json', sha256, bytes: Buffer.byteLength(json), counts };
  return { json, manifest, counts, dataset: ds, coverage: coverageMarkdown(dataDir, ds) };
}
