/**
 * Traditional → simplified script, as opencc-js's `Converter({ from: 't', to: 'cn' })` converts it (the same output:
 * tests/unit/model/to-simplified.test.ts), loaded once per thread on first use. The page, the import worker and the
 * batch worker each load it, so it is built from the three dictionaries the conversion reads (./t2s-converter.ts),
 * not opencc-js's `t2cn` entry with every regional variant's.
 */
export type ToSimplified = (text: string) => string;

let loading: Promise<ToSimplified> | null = null;

export function loadToSimplified(): Promise<ToSimplified> {
  if (!loading) {
    loading = import('./t2s-converter').then((m) => m.makeToSimplified());
    // a failed load is tried again next time
    loading.catch(() => (loading = null));
  }
  return loading;
}
