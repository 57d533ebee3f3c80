export * as rank from './rank';
export * as profile from './profile';
export * as practices from './practices';
export * as reader from './reader';
export * as notices from './notices';
export * as exportui from './exportui';
export * as extract from './extract';
export * as caveats from './caveats';
