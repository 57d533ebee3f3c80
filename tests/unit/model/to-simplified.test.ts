/**
 * The app's traditional → simplified conversion (three dictionaries) gives what opencc-js's own
 * `Converter({ from: 't', to: 'cn' })` gives: on every text the repository holds (the bundled reports and every
 * labelled set's texts, traditional script among them) and on every entry of every dictionary opencc-js's t2cn
 * entry bundles (the regional ones too, which the conversion from `t` never reads).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Converter } from 'opencc-js/t2cn';
import { loadToSimplified } from '../../../src/model/to-simplified';

const ROOT = join(__dirname, '../../..');
const reference = Converter({ from: 't', to: 'cn' });

function textFiles(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...textFiles(p));
    else if (e.name.endsWith('.txt')) out.push(p);
  }
  return out;
}

describe('traditional → simplified', () => {
  it('converts every text of the repository as opencc-js t → cn does', async () => {
    const convert = await loadToSimplified();
    const files = [...textFiles(join(ROOT, 'data/reports')), ...textFiles(join(ROOT, 'tests/fixtures'))];
    expect(files.length).toBeGreaterThan(250);
    let changed = 0;
    for (const f of files) {
      const text = readFileSync(f, 'utf8');
      const want = reference(text);
      if (want !== text) changed++;
      expect(convert(text), f).toBe(want);
    }
    // the comparison means something only if traditional script is among the texts
    expect(changed).toBeGreaterThan(20);
  });

  it('converts every entry of every bundled opencc dictionary as opencc-js t → cn does', async () => {
    const convert = await loadToSimplified();
    const dir = join(ROOT, 'node_modules/opencc-js/dist/esm-lib/dict');
    let entries = 0;
    for (const name of readdirSync(dir)) {
      const source = readFileSync(join(dir, name), 'utf8');
      const body = /export default "([^"]*)"/.exec(source)?.[1] ?? '';
      for (const pair of body.split('|')) {
        if (!pair) continue;
        const words = pair.split(' ');
        for (const w of words) {
          expect(convert(w), `${name}: ${w}`).toBe(reference(w));
          entries++;
        }
      }
    }
    expect(entries).toBeGreaterThan(10_000);
  });

  it('loads once and hands out the same converter', async () => {
    expect(await loadToSimplified()).toBe(await loadToSimplified());
    expect((await loadToSimplified())('法治政府建設年度報告')).toBe('法治政府建设年度报告');
  });
});
