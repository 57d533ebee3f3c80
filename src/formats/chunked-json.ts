/**
 * A JSON document read in chunks of bytes, never held as one string: the containers the caller names are built
 * member by member, everything else is parsed with JSON.parse from its own bytes (one "part"). Arrays may be read
 * in batches: runs of elements of about `batchBytes` parsed at once. A completed value at a path the caller
 * `detach`es is handed out (take()) and left out of its parent, so a document far larger than the largest string
 * can be read as long as each part fits in one. Pure and synchronous: push() bytes, end(), take().
 */

export type JsonPath = readonly (string | number)[];

/** How a container at a path is read: built from its members, built from batches of elements (arrays), or parsed whole. */
export type Descend = 'members' | 'batches' | false;

export interface ChunkedJsonOptions {
  /** `open`: '{' or '['; the reader only builds what the document really holds there */
  descend(path: JsonPath, open: '{' | '['): Descend;
  /** values at these paths are handed out by take() when complete, and not kept in their parent */
  detach?(path: JsonPath): boolean;
  /** the largest part parsed as one string, in bytes (default 256 MB) */
  maxPart?: number;
  /** bytes of array elements parsed together in a batched array (default 4 MB) */
  batchBytes?: number;
}

/** The document is not JSON (or ends early); `offset` is the byte where it was noticed. */
export class ChunkedJsonError extends Error {
  override name = 'ChunkedJsonError';
  constructor(message: string, readonly offset: number) {
    super(message);
  }
}

/** A part of the document is larger than `maxPart`: it cannot be parsed as one string. */
export class PartTooLargeError extends Error {
  override name = 'PartTooLargeError';
  constructor(readonly path: JsonPath, readonly bytes: number, readonly limit: number) {
    super(`the part at ${path.join('.') || '(root)'} has more than ${limit} bytes`);
  }
}

const WS = (b: number) => b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const COLON = 0x3a;
const OPEN_OBJ = 0x7b;
const CLOSE_OBJ = 0x7d;
const OPEN_ARR = 0x5b;
const CLOSE_ARR = 0x5d;

type Frame =
  | { kind: 'object'; path: JsonPath; value: Record<string, unknown>; state: 'keyOrEnd' | 'key' | 'colon' | 'value' | 'commaOrEnd'; key: string }
  | { kind: 'array'; path: JsonPath; value: unknown[]; state: 'valueOrEnd' | 'value' | 'commaOrEnd' };

/** A value being collected byte by byte: a whole part, a key, or the elements of a batched array. */
interface Capture {
  mode: 'value' | 'key' | 'batch';
  path: JsonPath;
  /** the batched array being filled */
  into?: unknown[];
  pieces: Uint8Array[];
  bytes: number;
  depth: number;
  inString: boolean;
  escaped: boolean;
  scalar: boolean;
  /** batches: whether a batch of elements was parsed */
  started: boolean;
}

/**
 * Inside a string at `i`: the next quote or backslash (or the chunk's length), found with indexOf rather than byte
 * by byte (report texts are most of a backup's bytes). `backslash.at` caches the next backslash.
 */
function stringStop(chunk: Uint8Array, i: number, backslash: { at: number }): number {
  const n = chunk.length;
  if (backslash.at < i) {
    const b = chunk.indexOf(BACKSLASH, i);
    backslash.at = b < 0 ? n : b;
  }
  const q = chunk.indexOf(QUOTE, i);
  return Math.min(q < 0 ? n : q, backslash.at);
}

export class ChunkedJsonReader {
  private readonly opts: Required<Omit<ChunkedJsonOptions, 'detach'>> & Pick<ChunkedJsonOptions, 'detach'>;
  private stack: Frame[] = [];
  private capture: Capture | null = null;
  private root: { value: unknown } | null = null;
  private out: { path: JsonPath; value: unknown }[] = [];
  private offset = 0;
  private first = true;
  private readonly decoder = new TextDecoder('utf-8', { fatal: true });

  constructor(opts: ChunkedJsonOptions) {
    this.opts = { maxPart: 256_000_000, batchBytes: 4_000_000, ...opts };
  }

  /** Bytes read so far. */
  get bytesRead(): number {
    return this.offset;
  }

  /** Completed detached values, in document order, since the last take(). */
  take(): { path: JsonPath; value: unknown }[] {
    return this.out.splice(0);
  }

  push(chunk: Uint8Array): void {
    let i = 0;
    if (this.first && chunk.length) {
      this.first = false;
      // a UTF-8 byte order mark (only whole in the first chunk)
      if (chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf) i = 3;
    }
    const n = chunk.length;
    while (i < n) {
      if (this.capture) {
        i = this.scan(chunk, i);
        continue;
      }
      const b = chunk[i]!;
      if (WS(b)) {
        i++;
        continue;
      }
      const top = this.stack[this.stack.length - 1];
      if (!top) {
        if (this.root) this.fail('unexpected data after the end of the document', i);
        i = this.startValue([], chunk, i);
        continue;
      }
      if (top.kind === 'object') {
        if (top.state === 'keyOrEnd' || top.state === 'key') {
          if (b === CLOSE_OBJ && top.state === 'keyOrEnd') {
            i++;
            this.close();
          } else if (b === QUOTE) this.startCapture('key', top.path, false);
          else this.fail('expected a key', i);
        } else if (top.state === 'colon') {
          if (b !== COLON) this.fail('expected ":"', i);
          top.state = 'value';
          i++;
        } else if (top.state === 'value') {
          i = this.startValue([...top.path, top.key], chunk, i);
        } else {
          if (b === COMMA) top.state = 'key';
          else if (b === CLOSE_OBJ) this.close();
          else this.fail('expected "," or "}"', i);
          i++;
        }
      } else {
        if (top.state === 'commaOrEnd') {
          if (b === COMMA) top.state = 'value';
          else if (b === CLOSE_ARR) this.close();
          else this.fail('expected "," or "]"', i);
          i++;
        } else if (b === CLOSE_ARR && top.state === 'valueOrEnd') {
          i++;
          this.close();
        } else i = this.startValue([...top.path, top.value.length], chunk, i);
      }
    }
    this.offset += n;
  }

  /** The document as built (detached values left out). Throws when it is incomplete. */
  end(): unknown {
    if (this.capture?.mode === 'value' && this.capture.scalar && this.capture.depth === 0) this.finishValue();
    if (this.capture || this.stack.length || !this.root) this.fail('unexpected end of the document', 0);
    return this.root!.value;
  }

  private fail(message: string, i: number): never {
    throw new ChunkedJsonError(`${message} at byte ${this.offset + i}`, this.offset + i);
  }

  /** Starts the value whose first byte is at `i`; returns where the loop goes on. */
  private startValue(path: JsonPath, chunk: Uint8Array, i: number): number {
    const b = chunk[i]!;
    const container = b === OPEN_OBJ || b === OPEN_ARR;
    const how = container ? this.opts.descend(path, b === OPEN_OBJ ? '{' : '[') : false;
    if (how === 'members' && b === OPEN_OBJ) {
      this.stack.push({ kind: 'object', path, value: {}, state: 'keyOrEnd', key: '' });
      return i + 1;
    }
    if (how && b === OPEN_ARR) {
      const value: unknown[] = [];
      if (how === 'batches') {
        // the frame ends when the batch capture meets the array's "]"
        this.stack.push({ kind: 'array', path, value, state: 'commaOrEnd' });
        this.startCapture('batch', path, false, value);
      } else this.stack.push({ kind: 'array', path, value, state: 'valueOrEnd' });
      return i + 1;
    }
    this.startCapture('value', path, !(container || b === QUOTE));
    return i;
  }

  private startCapture(mode: Capture['mode'], path: JsonPath, scalar: boolean, into?: unknown[]): void {
    this.capture = { mode, path, pieces: [], bytes: 0, depth: 0, inString: false, escaped: false, scalar, started: false, ...(into ? { into } : {}) };
  }

  /** Scans a capture from `i`; returns where the loop goes on. */
  private scan(chunk: Uint8Array, start: number): number {
    const c = this.capture!;
    const n = chunk.length;
    let i = start;
    let { depth, inString, escaped } = c;
    let from = start;
    const limit = this.opts.maxPart;
    let ended = false;
    const backslash = { at: -1 };
    for (; i < n; i++) {
      if (inString) {
        if (escaped) {
          escaped = false;
          continue;
        }
        i = stringStop(chunk, i, backslash);
        if (i >= n) break;
        if (chunk[i] === BACKSLASH) {
          escaped = true;
          continue;
        }
        inString = false;
        if (depth === 0 && c.mode !== 'batch') {
          i++;
          ended = true;
          break;
        }
        continue;
      }
      const b = chunk[i]!;
      if (c.scalar) {
        if (WS(b) || b === COMMA || b === CLOSE_OBJ || b === CLOSE_ARR) {
          ended = true;
          break;
        }
        continue;
      }
      if (b === QUOTE) inString = true;
      else if (b === OPEN_OBJ || b === OPEN_ARR) depth++;
      else if (b === CLOSE_OBJ || b === CLOSE_ARR) {
        if (depth === 0 && c.mode === 'batch') {
          if (b !== CLOSE_ARR) this.fail('expected "]"', i);
          ended = true;
          break;
        }
        depth--;
        if (depth === 0 && c.mode === 'value') {
          i++;
          ended = true;
          break;
        }
        if (depth < 0) this.fail('unbalanced brackets', i);
      } else if (b === COMMA && depth === 0 && c.mode === 'batch' && c.bytes + (i - from) >= this.opts.batchBytes) {
        this.piece(c, chunk, from, i);
        this.flushBatch(c, true);
        from = i + 1;
      }
    }
    c.depth = depth;
    c.inString = inString;
    c.escaped = escaped;
    this.piece(c, chunk, from, i);
    if (c.bytes > limit) throw new PartTooLargeError(c.path, c.bytes, limit);
    if (ended) {
      if (c.mode === 'batch') {
        this.flushBatch(c, false);
        this.capture = null;
        this.close();
        return i + 1;
      }
      this.finishValue();
      return i;
    }
    return i;
  }

  private piece(c: Capture, chunk: Uint8Array, from: number, to: number): void {
    if (to > from) {
      c.pieces.push(chunk.subarray(from, to));
      c.bytes += to - from;
    }
  }

  private text(pieces: readonly Uint8Array[]): string {
    try {
      let s = '';
      for (const p of pieces) s += this.decoder.decode(p, { stream: true });
      return s + this.decoder.decode();
    } catch {
      this.fail('the bytes are not UTF-8', 0);
    }
  }

  private parse(text: string, path: JsonPath): unknown {
    try {
      return JSON.parse(text);
    } catch (e) {
      const msg = e instanceof Error ? e.message : String(e);
      throw new ChunkedJsonError(`${msg} (in ${path.join('.') || 'the document'})`, this.offset);
    }
  }

  /** Parses the elements collected so far; `split`: at a "," (so at least one element came before it, and one follows). */
  private flushBatch(c: Capture, split: boolean): void {
    const text = this.text(c.pieces);
    c.pieces = [];
    c.bytes = 0;
    if (text.trim() === '') {
      if (split || c.started) this.fail('expected a value in the array', 0);
      return; // an empty array
    }
    c.started = true;
    const items = this.parse(`[${text}]`, c.path) as unknown[];
    const into = c.into!;
    for (const x of items) into.push(x);
  }

  private finishValue(): void {
    const c = this.capture!;
    this.capture = null;
    const text = this.text(c.pieces);
    if (c.mode === 'key') {
      const top = this.stack[this.stack.length - 1] as Extract<Frame, { kind: 'object' }>;
      top.key = this.parse(text, c.path) as string;
      top.state = 'colon';
      return;
    }
    this.place(c.path, this.parse(text, c.path));
  }

  private close(): void {
    const f = this.stack.pop()!;
    this.place(f.path, f.value);
  }

  /** Puts a completed value into its parent (or hands it out when detached). */
  private place(path: JsonPath, value: unknown): void {
    const parent = this.stack[this.stack.length - 1];
    if (!parent) {
      this.root = { value };
      return;
    }
    const detached = this.opts.detach?.(path) ?? false;
    if (detached) this.out.push({ path, value });
    parent.state = 'commaOrEnd';
    if (parent.kind === 'array') parent.value.push(detached ? undefined : value); // a detached element still has its index
    else if (!detached) Object.defineProperty(parent.value, parent.key, { value, enumerable: true, writable: true, configurable: true });
  }
}
