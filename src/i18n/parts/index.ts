export * as notices from './notices';
export * as exportui from './exportui';
export * as caveats from './caveats';
export * as percapita from './percapita';
export * as peers from './peers';
export * as compareview from './compareview';
export * as guards from './guards';
export * as guide from './guide';
