/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';

/**
 * Content-Security-Policy of the built app (no 'unsafe-eval'; inline styles are needed by ECharts tooltips
 * and SVG output). Injected at build only: the dev server needs inline scripts for hot reload.
 */
export const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

function cspPlugin(): Plugin {
  return {
    name: 'rol-compare-csp',
    apply: 'build',
    transformIndexHtml: (html) =>
      html.replace('<meta charset="UTF-8" />', `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${CSP}" />`),
  };
}

/**
 * The page's first script: `src/app/boot-entry.ts`, built as an entry of its own and loaded `async` ahead of the app's
 * entry, starts the bootstrap (the import worker opens the store and brings in the bundled dataset) while the app's
 * JavaScript is still loading (src/reads/bootstrap-start.ts). The dev server goes without it (the app starts the
 * bootstrap itself).
 */
function bootScriptPlugin(): Plugin {
  return {
    name: 'rol-compare-boot-script',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const boot = Object.values(ctx.bundle ?? {}).find((c) => c.type === 'chunk' && c.isEntry && c.name === 'boot');
        if (!boot) throw new Error('rol-compare-boot-script: the boot entry was not built');
        const main = /\n(\s*)<script type="module"/;
        if (!main.test(html)) throw new Error("rol-compare-boot-script: index.html has no module script");
        return html.replace(main, `\n$1<script type="module" async crossorigin src="/${boot.fileName}"></script>$&`);
      },
    },
  };
}

export default defineConfig({
  resolve: {
    // echarts-for-react's resize watcher is never used: the chart wrapper turns autoResize off and resizes itself
    alias: [{ find: /^size-sensor$/, replacement: fileURLToPath(new URL('./src/charts/echart/no-size-sensor.ts', import.meta.url)) }],
  },
  plugins: [
    react(),
    cspPlugin(),
    bootScriptPlugin(),
    VitePWA({
      registerType: 'prompt',
      injectRegister: null,
      manifest: {
        name: '法治政府建设对比看板 rol-compare',
        short_name: '法治对比',
        description: '对比各地法治政府建设报告中的数字,每个数字可追溯到原文句子',
        lang: 'zh-CN',
        start_url: '/',
        display: 'standalone',
        background_color: '#ffffff',
        theme_color: '#1f4e79',
        icons: [
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        // pdf-cmaps/: the Chinese CMaps the PDF reader needs for fonts a PDF does not embed (77 files, 0.55 MB).
        globPatterns: ['**/*.{js,css,html,svg,png,json,woff2,webmanifest}', 'pdf-cmaps/*.{bcmap,txt}'],
        // The build fails (see scripts/check-precache.mjs) when an emitted file is not precached.
        maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
        navigateFallback: '/index.html',
        cleanupOutdatedCaches: true,
      },
    }),
  ],
  build: {
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 1200,
    rollupOptions: { input: { index: 'index.html', boot: 'src/app/boot-entry.ts' } },
  },
  worker: { format: 'es' },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/browser/global-setup.ts'],
          testTimeout: 90_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
