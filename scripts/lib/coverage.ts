/** docs/dataset-coverage.md: per report, how many quantitative statements it holds and how many were encoded. */
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Dataset } from '../../src/model/schema';

interface CoverageFile {
  statements: number;
  leftOut: { quote: string; reason: string }[];
}

const REASONS: Record<string, string> = {
  missing_number: 'number missing in the original',
  duplicate: 'repeats a figure already encoded',
  target: 'plan or target (left out by rule)',
  other_place: 'about another place',
  date_or_ordinal: 'date, ordinal or batch number',
  not_a_measure: 'number that is part of a name or a count of document parts',
};

export function coverageMarkdown(dataDir: string, ds: Dataset): string {
  const lines = [
    '# Dataset coverage',
    '',
    'Written by `npm run dataset:build` from `data/coverage/*.json` and the bundle; do not edit by hand.',
    '',
    '"Statements" counts the quantitative statements a report makes about its own work in its period (plans and',
    'targets excluded). "Encoded" counts the observations taken from the text (derived figures are counted apart).',
    '',
    '| report | statements | encoded | not encodable (counted) | derived | left out by rule (not counted) |',
    '|---|---|---|---|---|---|',
  ];
  let tS = 0;
  let tE = 0;
  let tD = 0;
  const details: string[] = [];
  for (const r of ds.reports) {
    const path = join(dataDir, 'coverage', `${r.id}.json`);
    const cov: CoverageFile = existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as CoverageFile) : { statements: 0, leftOut: [] };
    const encoded = ds.observations.filter((o) => o.report === r.id && !o.derived).length;
    const derived = ds.observations.filter((o) => o.report === r.id && o.derived).length;
    const counted = cov.leftOut.filter((x) => x.reason === 'missing_number' || x.reason === 'duplicate').length;
    const rule = cov.leftOut.length - counted;
    tS += cov.statements;
    tE += encoded;
    tD += derived;
    lines.push(`| ${r.id} (${r.title}) | ${cov.statements} | ${encoded} | ${counted} | ${derived} | ${rule} |`);
    details.push(`\n## ${r.id}: left out\n`);
    for (const x of cov.leftOut) details.push(`- ${REASONS[x.reason] ?? x.reason}: 「${x.quote}」`);
  }
  lines.push(`| **all five** | **${tS}** | **${tE}** | | **${tD}** | |`);
  lines.push('', `Practices: ${ds.practices.length}, mentions: ${ds.mentions.length}. Metrics: ${ds.metrics.length}.`);
  return lines.join('\n') + '\n' + details.join('\n') + '\n';
}
