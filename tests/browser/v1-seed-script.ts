/**
 * The v1 database fixture (tests/fixtures/db-versions/v1.ts) as one script for a page: after it is added,
 * `window.RolFixtures.v1.seed(name)` writes the database exactly as the v1 app left it.
 */
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

export async function v1SeedScript(): Promise<string> {
  const out = await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      write: false,
      minify: false,
      lib: { entry: fileURLToPath(new URL('../fixtures/db-versions/v1.ts', import.meta.url)), formats: ['iife'], name: 'RolFixtures' },
    },
  });
  const chunk = (Array.isArray(out) ? out[0]! : out) as { output: { type: string; code?: string }[] };
  return chunk.output.find((o) => o.type === 'chunk')!.code!;
}
