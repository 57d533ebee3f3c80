/**
 * A dataset document that holds figures only — no practices, no mentions — as a CSV file and a view's export carry
 * them. The head (id, title, description…) and the figures come in the caller's key order.
 */
import { FORMAT, FORMAT_VERSION } from './constants';
import type { Mention, Practice } from './schema';

export const figuresOnly = <H extends object, F extends object>(head: H, figures: F) => ({
  format: FORMAT,
  version: FORMAT_VERSION,
  ...head,
  ...figures,
  practices: [] as Practice[],
  mentions: [] as Mention[],
});
