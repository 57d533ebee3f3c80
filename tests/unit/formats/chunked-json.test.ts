import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ChunkedJsonError, ChunkedJsonReader, PartTooLargeError, type ChunkedJsonOptions, type JsonPath } from '../../../src/formats/chunked-json';

const enc = (s: string) => new TextEncoder().encode(s);

/** Reads `bytes` cut at `cuts`, returning the built document and what was handed out. */
function read(bytes: Uint8Array, cuts: number[], opts: ChunkedJsonOptions) {
  const r = new ChunkedJsonReader(opts);
  const taken: { path: JsonPath; value: unknown }[] = [];
  let at = 0;
  for (const c of [...cuts.filter((x) => x > 0 && x < bytes.length)].sort((a, b) => a - b).concat(bytes.length)) {
    r.push(bytes.subarray(at, c));
    taken.push(...r.take());
    at = c;
  }
  const value = r.end();
  taken.push(...r.take());
  return { value, taken };
}

// build every object and array at the top two levels; arrays below that in batches of a few bytes
const everything: ChunkedJsonOptions = {
  descend: (path, open) => (path.length < 2 ? 'members' : open === '[' ? 'batches' : false),
  batchBytes: 7,
};

describe('a JSON document read in chunks', () => {
  it('gives what JSON.parse gives, however the bytes are cut', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), fc.array(fc.nat(), { maxLength: 8 }), fc.boolean(), (v, cuts, pretty) => {
        const text = JSON.stringify(v, null, pretty ? 2 : undefined);
        const bytes = enc(text);
        const { value } = read(bytes, cuts.map((c) => c % (bytes.length + 1)), everything);
        expect(value).toEqual(JSON.parse(text));
      }),
      { numRuns: 400 },
    );
  });

  it('finds the end of strings full of escapes wherever a chunk ends', () => {
    const doc = { a: ['\\', '\\"', '"\\\\"', 'x\\', '\u0000\n\t"}]', '末\\'], b: '\\\\', c: { d: '"' } };
    const bytes = enc(JSON.stringify(doc));
    for (let cut = 0; cut <= bytes.length; cut++)
      for (const second of [cut + 1, cut + 2, cut + 5]) expect(read(bytes, [cut, second], everything).value).toEqual(doc);
  });

  it('hands out detached values in order and leaves them out of the document', () => {
    const doc = { format: 'x', items: [{ a: 1, big: ['é', 'ü', [1, 2]] }, { a: 2, big: [] }], tail: '末' };
    const bytes = enc(JSON.stringify(doc));
    for (let cut = 0; cut <= bytes.length; cut++) {
      const { value, taken } = read(bytes, [cut], {
        descend: (p, open) => (p.length === 0 || p[0] === 'items' ? (p.length === 3 && open === '[' ? 'batches' : 'members') : false),
        detach: (p) => p.length === 2 && p[0] === 'items',
        batchBytes: 1,
      });
      expect(taken).toEqual([
        { path: ['items', 0], value: doc.items[0] },
        { path: ['items', 1], value: doc.items[1] },
      ]);
      expect(value).toEqual({ format: 'x', items: [undefined, undefined], tail: '末' });
    }
  });

  it('keeps "__proto__" a plain member, as JSON.parse does', () => {
    const { value } = read(enc('{"__proto__":{"polluted":1}}'), [], everything);
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(value).toEqual(JSON.parse('{"__proto__":{"polluted":1}}'));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('skips a byte order mark', () => {
    expect(read(new Uint8Array([0xef, 0xbb, 0xbf, ...enc('{"a":[1]}')]), [], everything).value).toEqual({ a: [1] });
  });

  it('refuses what is not JSON, wherever the fault is', () => {
    for (const bad of ['', '{', '{"a":1', '{"a" 1}', '{"a":1,}', '[1,]', '[,1]', '[1 2]', '{"a":[1,2,]}', '{"a":[1,,2]}', '{"a":tru}', '{} {}', '{"a":"x}', '{a:1}', '[1]]', '{"a":[1}']) {
      const bytes = enc(bad);
      for (let cut = 0; cut <= bytes.length; cut++) {
        let thrown: unknown = null;
        try {
          read(bytes, [cut], everything);
        } catch (e) {
          thrown = e;
        }
        expect(thrown, `${bad} cut at ${cut}`).toBeInstanceOf(Error);
        expect(thrown instanceof ChunkedJsonError || thrown instanceof SyntaxError, bad).toBe(true);
      }
    }
    expect(() => read(new Uint8Array([0x22, 0xff, 0x22]), [], everything)).toThrow(ChunkedJsonError);
  });

  it('names a part larger than the limit instead of parsing it', () => {
    const bytes = enc(JSON.stringify({ a: { big: 'x'.repeat(100) }, b: [1, 'y'.repeat(100)] }));
    let e: unknown;
    try {
      read(bytes, [10, 20, 30], { ...everything, maxPart: 50 });
    } catch (x) {
      e = x;
    }
    expect(e).toBeInstanceOf(PartTooLargeError);
    expect(e).toMatchObject({ path: ['a', 'big'], limit: 50 });
    // batched elements count one by one
    expect(() => read(enc(`[${'1,'.repeat(100)}1]`), [], { ...everything, maxPart: 50, batchBytes: 10 })).not.toThrow();
  });
});
