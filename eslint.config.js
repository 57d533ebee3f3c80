// Lint: strict TypeScript, type-only imports, and the layer rules of docs/architecture.md.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const noReactEchartsDexie = {
  patterns: [
    { group: ['react', 'react-*', 'react/*', '@tanstack/*', 'zustand', 'zustand/*'], message: 'src/domain is pure: no React.' },
    { group: ['echarts', 'echarts/*', 'echarts-for-react', 'echarts-for-react/*'], message: 'src/domain is pure: no ECharts.' },
    { group: ['dexie', 'dexie/*', '**/db/*', '**/db'], message: 'src/domain is pure: no Dexie or store.' },
  ],
};

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
      'react-hooks/exhaustive-deps': 'warn',
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'echarts', message: 'Import from echarts/core through src/lib/chart/echarts.ts.' }] },
      ],
    },
  },
  { files: ['src/domain/**'], rules: { 'no-restricted-imports': ['error', noReactEchartsDexie] } },
  {
    // Only src/db knows Dexie; only the chart wrapper registers ECharts modules.
    files: ['src/**'],
    ignores: ['src/db/**', 'src/lib/chart/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'echarts', message: 'Import from echarts/core through src/lib/chart/echarts.ts.' }],
          patterns: [
            { group: ['dexie', 'dexie/*'], message: 'Only src/db knows Dexie.' },
            { group: ['echarts/charts', 'echarts/components', 'echarts/renderers'], message: 'Register ECharts modules only in src/lib/chart/echarts.ts.' },
          ],
        },
      ],
    },
  },
  { files: ['src/domain/**'], rules: { 'no-restricted-imports': ['error', noReactEchartsDexie] } },
  { files: ['**/*.{js,mjs}'], languageOptions: { globals: { ...globals.node } } },
);
