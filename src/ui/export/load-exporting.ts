/**
 * The export code (rendering PNG/SVG, tables, archives, the view's dataset) is not part of the first screen: it loads
 * when the browser is idle after a view is drawn, or sooner when a pointer or the focus reaches an export menu, so
 * that exporting and presenting need no request once a view has settled.
 */
export const loadExporting = () => import('./exporting');
export const loadTables = () => import('./tables');
export const loadArchive = () => import('./view-archive');
export const loadViewDataset = () => import('./view-dataset');

/** Starts loading what an export needs (idempotent: the module loader keeps each import's promise). */
export function prefetchExporting(): void {
  void loadExporting()
    .then((ex) => ex.loadSvgRenderer())
    .catch(() => undefined);
  void loadTables().catch(() => undefined);
}

/** Runs `fn` once the browser is idle; returns the cancel. */
export function whenIdle(fn: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(fn, { timeout: 3000 });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(fn, 1000);
  return () => clearTimeout(id);
}
