// `npm test`: every check and every test, browser tests included.
//   1. find or install Chromium   2. type-check   3. lint   4. the committed bundle is up to date
//   5. build the app              6. the precache holds every emitted file   7. vitest: unit + browser projects
import { spawnSync } from 'node:child_process';
import { ensureChromium } from './ensure-chromium.mjs';

const chromium = ensureChromium();
process.env.CHROMIUM_PATH = chromium;

const steps = [
  ['type-check', 'npx', ['tsc', '-b']],
  ['lint', 'npx', ['eslint', '.', '--max-warnings', '0']],
  ['bundled dataset up to date', 'npx', ['tsx', 'scripts/build-dataset.ts', '--check']],
  ['build', 'npx', ['vite', 'build']],
  ['precache covers the build', 'node', ['scripts/check-precache.mjs']],
  ['tests (unit + browser)', 'npx', ['vitest', 'run']],
];
for (const [name, cmd, args] of steps) {
  console.log(`\n▶ ${name}: ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: process.env });
  if (r.status !== 0) {
    console.error(`\n✖ ${name} failed (exit ${r.status ?? r.signal})`);
    process.exit(r.status || 1);
  }
}
console.log('\n✔ all checks and tests passed');
