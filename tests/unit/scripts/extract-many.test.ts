import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateDataset } from '../../../src/formats/validate';
import type { Dataset } from '../../../src/model/schema';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'rol-extract-many-'));
const folder = join(dir, 'reports');
const out = join(dir, 'dataset.json');
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const report = (id: string) => readFileSync(join(root, 'data', 'reports', `${id}.txt`));

let run: { code: number | null; stderr: string; stdout: string };
let dataset: Dataset;

beforeAll(() => {
  mkdirSync(folder);
  writeFileSync(join(folder, 'sip-2022.txt'), report('001_7a6fb55e6f628b5f'));
  // a saved web page: the report's text in a page with a title, navigation and a footer
  const wujin = report('000_073c9bd919876828').toString('utf8').split('\n').filter((l) => l.trim());
  writeFileSync(join(folder, 'wujin-2022.html'), `<!doctype html><html><head><meta charset="utf-8"><title>常州市武进区2022年法治政府建设年度报告_武进区人民政府</title></head><body><nav><a href="/">首页</a> <a href="/zwgk">政务公开</a></nav><div class="article"><h1>常州市武进区2022年法治政府建设年度报告</h1>${wujin.map((p) => `<p>${p}</p>`).join('')}</div><footer>版权所有 常州市武进区人民政府</footer></body></html>`);
  for (const f of ['report.docx', 'report.pdf', 'scanned.pdf']) copyFileSync(join(root, 'tests', 'fixtures', 'documents', f), join(folder, f));
  writeFileSync(join(folder, 'more.zip'), zipSync({ '吕梁/lvliang-2023.txt': new Uint8Array(report('004_2a7c7eb89a7acd7c')), '吕梁/photo.png': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]) }));
  writeFileSync(join(folder, 'nowhere.txt'), '2023年,全年办理行政复议案件88件,同比下降12%。');
  const r = spawnSync('npx', ['tsx', 'scripts/extract.ts', folder, '--out', out], { cwd: root, encoding: 'utf8', timeout: 120_000 });
  run = { code: r.status, stderr: r.stderr, stdout: r.stdout };
  if (r.status !== 0) throw new Error(`npm run extract failed (status ${r.status}, ${r.signal ?? 'no signal'}${r.error ? `, ${r.error.message}` : ''}):\n${r.stderr}`);
  const v = validateDataset(JSON.parse(readFileSync(out, 'utf8')) as unknown);
  if (!v.ok) throw new Error(`invalid dataset: ${JSON.stringify(v.errors.slice(0, 3))}\n${run.stderr}`);
  dataset = v.value;
}, 150_000);

const f = (name: string) => join(folder, name);

describe('npm run extract on a folder of report files in every format', () => {
  it('prints a row per report read: file, format, place with its code, year, figures, indicators mapped, warnings', () => {
    expect(run.code).toBe(0);
    const rows = run.stderr.split('\n');
    expect(rows[0]).toMatch(/^file\s+format\s+place\s+year\s+figures\s+indicators mapped\s+warnings$/);
    const row = (file: string) => rows.find((l) => l.startsWith(`${file} `))?.split(/\s{2,}/);
    expect(row(f('more.zip/吕梁/lvliang-2023.txt'))?.slice(0, 4)).toEqual([f('more.zip/吕梁/lvliang-2023.txt'), 'text', '吕梁市 141100', '2023']);
    expect(row(f('report.docx'))?.slice(0, 4)).toEqual([f('report.docx'), 'docx', '杭州市江干区 330104', '2020']);
    expect(row(f('report.pdf'))?.slice(0, 4)).toEqual([f('report.pdf'), 'pdf', '杭州市江干区 330104', '2020']);
    expect(row(f('sip-2022.txt'))?.slice(0, 4)).toEqual([f('sip-2022.txt'), 'text', '苏州工业园区 320571', '2022']);
    expect(row(f('wujin-2022.html'))?.slice(0, 4)).toEqual([f('wujin-2022.html'), 'html', '常州市武进区 320412', '2022']);
    for (const file of ['report.docx', 'report.pdf', 'wujin-2022.html']) expect(Number(row(f(file))?.[4])).toBeGreaterThan(20);
  });

  it('names each file that could not be read or placed, and why; a file inside the archive that is no report', () => {
    expect(run.stderr).toContain(`cannot read ${f('scanned.pdf')} (pdf_scanned): a scanned PDF without a text layer`);
    expect(run.stderr).toContain(`left out ${f('nowhere.txt')}: no place found in its title or first lines: give --jurisdiction`);
    expect(run.stderr).toMatch(/photo\.png is not a report and was skipped/);
    expect(run.stderr).toContain(`wrote ${out}: 5 report(s)`);
  });

  it('writes one dataset of all reports: each with its file, places with GB/T 2260 codes, ids once each', () => {
    expect(dataset.reports.map((r) => [r.file?.name, r.file?.kind, r.jurisdiction, r.period]).sort()).toEqual([
      [f('more.zip/吕梁/lvliang-2023.txt'), 'text', 'sx.lvliang', 2023],
      [f('report.docx'), 'docx', 'zj.hangzhou.jianggan', 2020],
      [f('report.pdf'), 'pdf', 'zj.hangzhou.jianggan', 2020],
      [f('sip-2022.txt'), 'text', 'js.suzhou.sip', 2022],
      [f('wujin-2022.html'), 'html', 'js.changzhou.wujin', 2022],
    ].sort());
    expect(dataset.jurisdictions.map((j) => j.code).sort()).toEqual(['141100', '320412', '320571', '330104']);
    expect(new Set(dataset.reports.map((r) => r.id)).size).toBe(5);
    expect(new Set(dataset.metrics.map((m) => m.id)).size).toBe(dataset.metrics.length);
    expect(dataset.reports.find((r) => r.jurisdiction === 'sx.lvliang')?.script).toBe('traditional');
    for (const r of dataset.reports) expect(r.file?.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('finds the same figures in the .docx and the PDF of one report', () => {
    const figures = (kind: string) => {
      const id = dataset.reports.find((r) => r.file?.kind === kind)!.id;
      return dataset.observations.filter((o) => o.report === id).map((o) => `${o.metric} ${o.value}`).sort();
    };
    expect(figures('pdf')).toEqual(figures('docx'));
    expect(figures('pdf').length).toBeGreaterThan(20);
    expect(figures('pdf').some((x) => x.endsWith(' 98.88'))).toBe(true); // 行政首长出庭应诉率98.88%
  });
});
