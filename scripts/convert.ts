/**
 * npm run convert -- in.json out.arrow
 * A rol-compare/dataset JSON file (or CSV, by its name) → the same dataset as an Arrow IPC file
 * (docs/dataset-format.md, "Arrow IPC"), which imports much faster. The input is validated first, as the app
 * would; an invalid file is refused with its problems and nothing is written.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { datasetToArrow } from '../src/formats/arrow-dataset/write';
import { parseCsvDataset } from '../src/formats/csv-dataset';
import { decodeText } from '../src/formats/decode-text';
import { parseDatasetJson } from '../src/formats/parse-dataset';
import { formatPath } from '../src/formats/validate';

const [input, output] = process.argv.slice(2).filter((a) => a !== '--');
if (!input || !output || input === '-h' || input === '--help') {
  console.log('npm run convert -- in.json out.arrow   (a dataset JSON or CSV file → Arrow IPC)');
  process.exit(input ? 0 : 2);
}
const t0 = performance.now();
const text = decodeText(new Uint8Array(readFileSync(input))).text;
const parsed = /\.(csv|txt)$/i.test(input) ? parseCsvDataset(text, input) : parseDatasetJson(text, input);
if (!parsed.ok) {
  for (const e of parsed.errors.slice(0, 20)) {
    const at = e.params?.row !== undefined ? `row ${e.params.row}${e.params.column ? `, column ${e.params.column}` : ''}` : formatPath(e.path);
    console.error(`${e.file} ${at}: ${e.code} ${e.message}`);
  }
  console.error(`${parsed.errors.length} problem(s): nothing written`);
  process.exit(1);
}
const bytes = datasetToArrow(parsed.value);
writeFileSync(output, bytes);
console.log(
  `wrote ${output}: ${(bytes.byteLength / 1e6).toFixed(1)} MB, ${parsed.value.observations.length} observations, ${parsed.value.reports.length} reports (${Math.round(performance.now() - t0)} ms)`,
);
