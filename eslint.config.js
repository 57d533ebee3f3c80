// Lint: strict TypeScript, type-only imports, and the layers drawn in docs/architecture.md.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import importX from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import globals from 'globals';
import { readdirSync } from 'node:fs';

/**
 * The layers of src/, lowest first, and what each may import besides itself. A layer never imports one above it
 * or beside it unless listed; features never import each other; only the app imports features.
 */
export const LAYERS = {
  model: [],
  i18n: ['model'],
  extract: ['model'],
  formats: ['model'],
  store: ['model', 'formats'],
  reads: ['model', 'formats', 'store'],
  charts: ['model', 'i18n'],
  ui: ['model', 'i18n', 'extract', 'formats', 'store', 'reads', 'charts'],
  features: ['model', 'i18n', 'extract', 'formats', 'store', 'reads', 'charts', 'ui'],
  app: ['model', 'i18n', 'extract', 'formats', 'store', 'reads', 'charts', 'ui', 'features'],
};
const FEATURES = readdirSync(new URL('./src/features', import.meta.url), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);

const layerZones = Object.entries(LAYERS).flatMap(([layer, allowed]) =>
  Object.keys(LAYERS)
    .filter((other) => other !== layer && !allowed.includes(other))
    .map((other) => ({
      target: `./src/${layer}`,
      from: `./src/${other}`,
      message: `src/${layer} may import only ${allowed.length ? allowed.map((l) => `src/${l}`).join(', ') : 'itself'}.`,
    })),
);
const featureZones = FEATURES.map((f) => ({
  target: `./src/features/${f}`,
  from: './src/features',
  except: [`./${f}`],
  message: 'A feature never imports another feature: move what both need into src/ui (or lower).',
}));

const ECHARTS_ENTRY = { name: 'echarts', message: 'Import from echarts/core through src/charts/echart/echarts.ts.' };
const DEXIE_IN_STORE = { group: ['dexie', 'dexie/*'], message: 'Only src/store knows Dexie.' };
const ECHARTS_REGISTRATION = {
  group: ['echarts/charts', 'echarts/components', 'echarts/renderers'],
  message: 'Register ECharts modules only in src/charts/echart/echarts.ts.',
};
const STORE_FROM_COMPONENTS = {
  group: ['**/store/*', '**/store/**'],
  allowTypeImports: true,
  message: 'A component never touches the database: call a read (src/reads, a feature\'s reads/) or a plain module that does. Type-only imports are fine.',
};
const NO_FRAMEWORK = [
  { group: ['react', 'react-*', 'react/*', '@tanstack/*', 'zustand', 'zustand/*'], message: 'Pure layer: no React, query cache or UI state.' },
  { group: ['echarts', 'echarts/*', 'echarts-for-react', 'echarts-for-react/*'], message: 'Pure layer: no ECharts.' },
  { group: ['dexie', 'dexie/*'], message: 'Pure layer: no Dexie.' },
];

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'coverage', 'bench/tmp', 'dev-dist'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  {
    // The arrows between layers, and no import cycles anywhere in the app.
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      ...importX.flatConfigs.typescript.settings,
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })],
    },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones: [...layerZones, ...featureZones] }],
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
    },
  },
  // Where two of the blocks below match a file, the later one's no-restricted-imports options replace the earlier
  // one's (flat config does not merge a rule's options): each block lists every restriction its files have.
  {
    // Only src/store knows Dexie; only the chart wrapper registers ECharts modules.
    files: ['src/**'],
    ignores: ['src/store/**', 'src/charts/echart/**'],
    rules: { 'no-restricted-imports': ['error', { paths: [ECHARTS_ENTRY], patterns: [DEXIE_IN_STORE, ECHARTS_REGISTRATION] }] },
  },
  {
    // ...and components (.tsx) take nothing but types from the store.
    files: ['src/**/*.tsx'],
    ignores: ['src/store/**', 'src/charts/echart/**'],
    rules: {
      'no-restricted-imports': ['error', { paths: [ECHARTS_ENTRY], patterns: [DEXIE_IN_STORE, ECHARTS_REGISTRATION, STORE_FROM_COMPONENTS] }],
    },
  },
  {
    // The chart wrapper registers ECharts modules, but it is a component all the same.
    files: ['src/charts/echart/**/*.tsx'],
    rules: { 'no-restricted-imports': ['error', { patterns: [STORE_FROM_COMPONENTS] }] },
  },
  {
    // The domain, the extractor and the file formats are plain TypeScript: data in, data out.
    files: ['src/model/**', 'src/extract/**', 'src/formats/**'],
    rules: { 'no-restricted-imports': ['error', { paths: [ECHARTS_ENTRY], patterns: NO_FRAMEWORK }] },
  },
  {
    // ECharts' dataView toolbox feature renders the option's data (place names, report text) as HTML: never use it.
    files: ['src/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-syntax': [
        'error',
        ...["Property[key.name='dataView']", "Property[key.value='dataView']", "MemberExpression[property.name='dataView']", "MemberExpression[property.value='dataView']"].map(
          (selector) => ({ selector, message: "ECharts' dataView toolbox feature renders data as HTML; show data through the app's own tables and exports." }),
        ),
      ],
    },
  },
  {
    // Short bodies: a function reads in one screen, a file holds one purpose. String tables are data.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/i18n/parts/**', 'src/i18n/messages.ts', 'src/formats/common-hanzi.ts'],
    rules: {
      'max-lines': ['error', { max: 300, skipBlankLines: true, skipComments: true }],
      'max-lines-per-function': ['error', { max: 80, skipBlankLines: true, skipComments: true, IIFEs: true }],
    },
  },
  { files: ['**/*.{js,mjs}'], languageOptions: { globals: { ...globals.node } } },
);
