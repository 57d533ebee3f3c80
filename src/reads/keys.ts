/**
 * The one key factory of the query cache. Everything the store can change sits under `storeKeys.all`: an import,
 * a deletion or a restore invalidates that prefix, and every read of the store refreshes — in the other open tabs
 * too (./store-sync.ts).
 */
export const storeKeys = {
  all: ['store'] as const,
  catalog: () => [...storeKeys.all, 'catalog'] as const,
  jurisdictions: (ids: readonly string[]) => [...storeKeys.all, 'jurisdictions', [...ids].sort()] as const,
  metric: (id: string) => [...storeKeys.all, 'metric', id] as const,
  ranking: (id: string, year: number | null) => [...storeKeys.all, 'ranking', id, year] as const,
  profileScores: (jurisdiction: string, metrics: readonly string[]) => [...storeKeys.all, 'profileScores', jurisdiction, [...metrics]] as const,
  allReports: () => [...storeKeys.all, 'allReports'] as const,
  reportHome: (report: string) => [...storeKeys.all, 'reportHome', report] as const,
  setting: (key: string) => [...storeKeys.all, 'setting', key] as const,
  estimate: () => [...storeKeys.all, 'estimate'] as const,
  wordings: () => [...storeKeys.all, 'wordings'] as const,
};

/** The indicator catalogue the app ships (public/data/indicators.json): static, nothing the store changes. */
export const indicatorsKey = ['indicators'] as const;

/**
 * The gazetteer the app ships (public/data/gazetteer.json): places, codes, levels and populations, for figures per
 * 10,000 residents, peer groups and the add-report place field. Static too.
 */
export const placesKey = ['places'] as const;

/** The gazetteer with the traditional → simplified converter the add-report view reads names with: static. */
export const gazetteerKey = ['gazetteer'] as const;

/**
 * The bootstrap (the bundled dataset written into the store on first load) stays outside the store's prefix on
 * purpose: it is a write that runs once per page load, not a read. Under the prefix, every store change would run
 * it again — and deleting the bundled dataset in the data view would import it straight back.
 */
export const bootstrapKey = ['bootstrap'] as const;
