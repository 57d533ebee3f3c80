/** Reads the indicator catalogue from data/indicators/ (Node only) and parses it; throws with every problem found. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseIndicatorCatalogue, parseIndicatorCoverage, type IndicatorCoverage } from '../../src/formats/indicator-catalogue';
import type { IndicatorCatalogue } from '../../src/model/indicators';

/** Every .json file of the folder, parsed, by file name. */
function jsonFiles(dir: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const f of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) out[f] = JSON.parse(readFileSync(join(dir, f), 'utf8'));
  return out;
}

export function loadIndicatorCatalogue(dir: string): IndicatorCatalogue {
  const r = parseIndicatorCatalogue(jsonFiles(dir));
  if (!r.ok) throw new Error(`the indicator catalogue in ${dir} has problems:\n- ${r.errors.map((e) => e.message).join('\n- ')}`);
  return r.value;
}

export function loadIndicatorCoverage(dir: string, catalogue: IndicatorCatalogue): IndicatorCoverage {
  const r = parseIndicatorCoverage(JSON.parse(readFileSync(join(dir, 'coverage.json'), 'utf8')), catalogue);
  if (!r.ok) throw new Error(`${join(dir, 'coverage.json')} has problems:\n- ${r.errors.map((e) => e.message).join('\n- ')}`);
  return r.value;
}
