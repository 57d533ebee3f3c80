/**
 * The string parts that load with their views (each view's register-strings module adds them), not with the first
 * screen: listed here for the types of src/i18n/messages.ts and for tests that need every key.
 */
export * as data from './parts/data';
export * as mapping from './parts/mapping';
export * as framework from './parts/framework';
export * as batch from './parts/batch';
export * as rank from './parts/rank';
export * as profile from './parts/profile';
export * as practices from './parts/practices';
export * as reader from './parts/reader';
export * as extract from './parts/extract';
export * as reportcheck from './parts/reportcheck';
