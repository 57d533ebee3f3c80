import type { TestProject } from 'vitest/node';
import type { Server } from 'node:http';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
// @ts-expect-error -- plain ESM script without types
import { startServer } from '../../scripts/serve.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

/** Serves the built app (npm test builds it first) on a free port of 127.0.0.1. */
export default async function setup(project: TestProject) {
  // ROL_DIST lets a second checkout or a helper test its own build without touching dist/.
  const root = process.env.ROL_DIST ?? fileURLToPath(new URL('../../dist', import.meta.url));
  if (!existsSync(`${root}/index.html`)) throw new Error('dist/ is missing: run `npx vite build` (npm test does it) first');
  const { server, url } = (await startServer({ root, port: 0 })) as { server: Server; url: string };
  project.provide('baseUrl', url);
  return () => new Promise<void>((ok) => server.close(() => ok()));
}
