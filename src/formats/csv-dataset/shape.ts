/** The shape of the assembled document: optional fields are absent, never undefined. */

export const bilingual = (zh: string | undefined, en: string | undefined) => ({ zh, en });

/** A bilingual field that is absent when neither language is given. */
export const optBilingual = (zh: string | undefined, en: string | undefined) =>
  zh === undefined && en === undefined ? undefined : { zh, en };

/** Removes keys whose value is undefined, so optional fields are absent rather than undefined. */
export function dropUndefined<T extends Record<string, unknown>>(o: T): T {
  for (const k of Object.keys(o)) if (o[k] === undefined) delete o[k];
  return o;
}
