/** opencc's traditional → simplified converter, loaded once when the add-report view first needs it. */
export type ToSimplified = (s: string) => string;

let converter: Promise<ToSimplified> | null = null;

export function loadToSimplified(): Promise<ToSimplified> {
  if (!converter) {
    converter = import('opencc-js/t2cn').then(({ Converter }) => Converter({ from: 't', to: 'cn' }));
    // a failed load is tried again next time
    converter.catch(() => (converter = null));
  }
  return converter;
}
