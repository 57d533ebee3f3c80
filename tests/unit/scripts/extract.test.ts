import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync, closeSync, openSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { validateDataset } from '../../../src/formats/validate';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'rol-extract-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function cli(...args: string[]) {
  const r = spawnSync('npx', ['tsx', 'scripts/extract.ts', ...args], { cwd: root, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
function file(name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}
/** A GB18030 / Big5 encoder built from Node's decoder (which cannot encode). */
function encoderFor(label: 'gb18030' | 'big5'): (s: string) => Uint8Array {
  const decoder = new TextDecoder(label);
  const table = new Map<string, number[]>();
  for (let lead = 0x81; lead <= 0xfe; lead++)
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      const ch = decoder.decode(new Uint8Array([lead, trail]));
      if (ch.length === 1 && ch !== '\uFFFD' && !table.has(ch)) table.set(ch, [lead, trail]);
    }
  return (s) => new Uint8Array([...s].flatMap((ch) => (ch.charCodeAt(0) < 0x80 ? [ch.charCodeAt(0)] : table.get(ch)!)));
}
const ARGS = ['--jurisdiction', '测试区', '--year', '2023'];
const T = 60_000;

describe('npm run extract: bad input', () => {
  it('missing file', () => {
    const r = cli(join(dir, 'nope.txt'), ...ARGS);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/file not found/);
  }, T);

  it('bad arguments', () => {
    expect(cli('--jurisdiction', '测试区').stderr).toMatch(/give at least one report file or folder[\s\S]*usage:/);
    const r = cli(file('a.txt', '全年办理行政复议案件88件。'), '--jurisdiction', '测试区', '--year', '20x3');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/--year must be a year/);
    expect(r.stderr).toMatch(/usage:/);
  }, T);

  it('a report whose year is neither stated nor given is left out, and then nothing is written', () => {
    const r = cli(file('a.txt', '全年办理行政复议案件88件。'), '--jurisdiction', '测试区');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/left out .*a\.txt: no year found in its title or first lines: give --year/);
    expect(r.stderr).toMatch(/no dataset written/);
    expect(r.stdout).toBe('');
  }, T);

  it('an empty folder', () => {
    const empty = join(dir, 'empty-folder');
    mkdirSync(empty);
    const r = cli(empty, ...ARGS);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/empty-folder \(no_files\): the folder holds no files/);
    expect(r.stderr).toMatch(/no dataset written: no report files/);
  }, T);

  it('empty text (no bytes, or only white space)', () => {
    for (const content of ['', ' \n\t\u3000\n']) {
      const r = cli(file('empty.txt', content), ...ARGS);
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/cannot read .*empty\.txt \(empty\)/);
    }
  }, T);

  it('a binary file', () => {
    const r = cli(file('bin.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x0d, 0x0a])), ...ARGS);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/cannot read .*bin\.txt \((binary|unsupported)\)/);
  }, T);

  it('a file over 50 MB is refused', () => {
    const path = join(dir, 'big.txt');
    closeSync(openSync(path, 'w'));
    truncateSync(path, 50 * 1024 * 1024 + 1); // sparse: no 50 MB written to disk
    const r = cli(path, ...ARGS);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/limit is 50 MB/);
  }, T);

  it('a text with no figures: exit 0, a warning, no observations', () => {
    const r = cli(file('words.txt', '深入学习贯彻习近平法治思想,全面推进依法行政。'), ...ARGS);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/warning: no figures found/);
    const doc = JSON.parse(r.stdout) as unknown;
    const v = validateDataset(doc);
    expect(v.ok).toBe(true);
    if (v.ok) expect(v.value.observations).toEqual([]);
  }, T);
});

describe('npm run extract: encodings and output', () => {
  it('a GB18030 file, written to --out as a valid dataset', () => {
    const text = '2023年,全区各类调解组织共调解矛盾纠纷2.3万余件,调解成功率98.6%。全年受理法律援助案件1410件。';
    const out = join(dir, 'gb.json');
    const r = cli(file('gb.txt', encoderFor('gb18030')(text)), ...ARGS, '--out', out);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/encoding: GB18030 \(detected/);
    expect(r.stderr).toMatch(/script: simplified/);
    expect(r.stderr).toMatch(/wrote .*gb\.json: 1 report\(s\), 3 figure\(s\)/);
    const v = validateDataset(JSON.parse(readFileSync(out, 'utf8')) as unknown);
    expect(v.ok).toBe(true);
    if (!v.ok) return;
    expect(v.value.reports[0]!.text).toBe(text);
    expect(v.value.jurisdictions[0]!.name.zh).toBe('测试区');
    expect(v.value.observations.map((o) => [o.value, o.qualifier])).toEqual([
      [23000, 'at_least'],
      [98.6, 'exact'],
      [1410, 'exact'],
    ]);
    expect(v.value.observations.map((o) => o.metric)).toContain('legal_services.legal_aid_cases');
  }, T);

  it('a Big5 file in traditional script', () => {
    const text = '全年我市12345熱線共受理各類訴求80.63萬件,辦結80.27萬件,按時辦結率99.19%。';
    const r = cli(file('big5.txt', encoderFor('big5')(text)), ...ARGS);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/encoding: BIG5 \(detected/);
    expect(r.stderr).toMatch(/script: traditional/);
    const doc = JSON.parse(r.stdout) as { reports: { script: string; textSimplified?: string }[]; observations: { value: number }[] };
    expect(doc.reports[0]!.script).toBe('traditional');
    expect(doc.reports[0]!.textSimplified).toContain('热线');
    expect(doc.observations.map((o) => o.value)).toEqual([806300, 802700, 99.19]);
  }, T);

  it('a UTF-8 file with a BOM', () => {
    const r = cli(file('bom.txt', '\uFEFF全年办理行政复议案件88件。'), ...ARGS);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/encoding: UTF-8 with BOM/);
    const doc = JSON.parse(r.stdout) as { reports: { text: string }[] };
    expect(doc.reports[0]!.text.startsWith('全年')).toBe(true);
  }, T);
});
