/**
 * The layer rules of eslint.config.js bite: ESLint, with the project's own config, rejects an import that goes up
 * a layer, across features, into a cycle, to Dexie outside the store or from a component to the store (types
 * aside) — and accepts the same file without it.
 */
import { ESLint } from 'eslint';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
let eslint: ESLint;
beforeAll(() => {
  eslint = new ESLint({ cwd: root });
});

async function rulesHit(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: `${root}/${filePath}` });
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
}

// the first lint loads the config, the resolver and the TypeScript project: seconds on a busy machine
describe('layer rules', { timeout: 60_000 }, () => {
  it('the model may not import a feature, the store or React', async () => {
    expect(await rulesHit('src/model/probe.ts', "import CompareView from '../features/compare/CompareView';\nexport const x = CompareView;\n")).toContain(
      'import-x/no-restricted-paths',
    );
    expect(await rulesHit('src/model/probe.ts', "import { getDb } from '../store/db';\nexport const x = getDb;\n")).toContain(
      'import-x/no-restricted-paths',
    );
    expect(await rulesHit('src/model/probe.ts', "import { useState } from 'react';\nexport const x = useState;\n")).toContain('no-restricted-imports');
  });

  it('a feature may not import another feature; it may import shared UI', async () => {
    const across = "import { ReviewRowEditor } from '../add-report/ReviewTable';\nexport const x = ReviewRowEditor;\n";
    expect(await rulesHit('src/features/compare/probe.ts', across)).toContain('import-x/no-restricted-paths');
    const shared = "import { useLang } from '../../ui/hooks/useLang';\nexport const x = useLang;\n";
    expect(await rulesHit('src/features/compare/probe.ts', shared)).toEqual([]);
  });

  it('shared UI may not import a feature or the app', async () => {
    expect(await rulesHit('src/ui/probe.ts', "import { startPwa } from '../app/Shell';\nexport const x = startPwa;\n")).toContain(
      'import-x/no-restricted-paths',
    );
    expect(await rulesHit('src/ui/probe.ts', "import DataView from '../features/data/DataView';\nexport const x = DataView;\n")).toContain(
      'import-x/no-restricted-paths',
    );
  });

  it('an import that closes a cycle is refused', async () => {
    // schema.ts imports constants.ts; constants importing schema closes the loop
    const code = "import { bilingual } from './schema';\nexport const b = bilingual;\n";
    expect(await rulesHit('src/model/constants.ts', code)).toContain('import-x/no-cycle');
  });

  it('only the store imports Dexie', async () => {
    const code = "import Dexie from 'dexie';\nexport const x = Dexie;\n";
    expect(await rulesHit('src/reads/probe.ts', code)).toContain('no-restricted-imports');
    expect(await rulesHit('src/store/probe.ts', code)).toEqual([]);
  });

  it('a component takes nothing but types from the store, and keeps the restrictions of all src files', async () => {
    const value = "import { getDb } from '../../store/db';\nexport const x = getDb;\n";
    expect(await rulesHit('src/features/data/Probe.tsx', value)).toContain('no-restricted-imports');
    expect(await rulesHit('src/features/data/probe.ts', value)).toEqual([]);
    expect(await rulesHit('src/features/data/Probe.tsx', "import type { RolDb } from '../../store/db';\nexport type X = RolDb;\n")).toEqual([]);
    expect(await rulesHit('src/features/data/Probe.tsx', "import { type RolDb } from '../../store/db';\nexport type X = RolDb;\n")).toEqual([]);
    expect(await rulesHit('src/features/data/Probe.tsx', "import Dexie from 'dexie';\nexport const x = Dexie;\n")).toContain('no-restricted-imports');
    expect(await rulesHit('src/features/data/Probe.tsx', "import { BarChart } from 'echarts/charts';\nexport const x = BarChart;\n")).toContain(
      'no-restricted-imports',
    );
  });

  it("ECharts' dataView toolbox feature (it renders data as HTML) is refused, however it is written", async () => {
    const literal = "export const option = { toolbox: { feature: { dataView: { readOnly: true }, saveAsImage: {} } } };\n";
    expect(await rulesHit('src/charts/probe.ts', literal)).toContain('no-restricted-syntax');
    expect(await rulesHit('src/features/rank/Probe.tsx', "export const f = { 'dataView': {} };\n")).toContain('no-restricted-syntax');
    const assigned = "const feature: Record<string, unknown> = {};\nfeature.dataView = { show: true };\nfeature['dataView'] = {};\nexport const f = feature;\n";
    expect((await rulesHit('src/charts/probe.ts', assigned)).filter((r) => r === 'no-restricted-syntax')).toHaveLength(2);
    expect(await rulesHit('src/charts/probe.ts', "export const option = { toolbox: { feature: { saveAsImage: {} } } };\n")).toEqual([]);
  });
});
