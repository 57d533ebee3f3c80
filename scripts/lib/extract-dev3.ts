import { readFileSync, readdirSync } from 'node:fs';
import * as OpenCC from 'opencc-js';
import { extractReport } from '../../src/domain/extract/index';
import type { Metric } from '../../src/domain/schema';
const metrics: Metric[] = readdirSync('data/metrics').flatMap((f) => JSON.parse(readFileSync('data/metrics/' + f, 'utf8')) as Metric[]);
const text = readFileSync(process.argv[2]!, 'utf8');
const r = extractReport({ text, reportId: 't', period: 2023, metrics, practices: [], textSimplified: OpenCC.Converter({ from: 't', to: 'cn' })(text) });
console.log(r.warnings);
for (const o of r.observations) console.log(`${o.figure}\t${o.value}\t${o.qualifier}\t${o.category}\t${o.metric}\t${o.period}\t${o.confidence}`);
