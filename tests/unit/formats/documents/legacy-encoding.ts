/**
 * Node's TextDecoder reads GB18030 and Big5 but cannot write them: an encoder is built here by decoding every
 * two-byte sequence once and keeping the first byte pair of each character.
 */
const range = (a: number, b: number): number[] => Array.from({ length: b - a + 1 }, (_, i) => a + i);

export function encoderFor(label: 'gb18030' | 'big5'): (s: string) => Uint8Array {
  const trails = label === 'gb18030' ? [...range(0x40, 0x7e), ...range(0x80, 0xfe)] : [...range(0x40, 0x7e), ...range(0xa1, 0xfe)];
  const decoder = new TextDecoder(label);
  const table = new Map<string, [number, number]>();
  for (let lead = 0x81; lead <= 0xfe; lead++)
    for (const trail of trails) {
      const ch = decoder.decode(new Uint8Array([lead, trail]));
      if (ch.length === 1 && ch !== '\uFFFD' && !table.has(ch)) table.set(ch, [lead, trail]);
    }
  return (s) => {
    const out: number[] = [];
    for (const ch of s) {
      const c = ch.codePointAt(0)!;
      if (c < 0x80) out.push(c);
      else {
        const pair = table.get(ch);
        if (!pair) throw new Error(`${label} cannot encode ${ch}`);
        out.push(...pair);
      }
    }
    return new Uint8Array(out);
  };
}

export const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
