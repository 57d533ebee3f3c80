/**
 * A fast yes/no check compiled from a zod schema (no second schema: it reads the zod definition).
 *
 * Zod runs jitless under the app's Content-Security-Policy (src/model/schema.ts), which makes it the slowest step
 * of an import when it checks a national dataset's million observations one by one (docs/performance.md).
 * `compileGuard` turns the schema's definition into plain closures (no eval) that answer one question: "would zod
 * accept this value and give back an equal value?" It answers `true` only when certain; `false` means "ask zod",
 * which then produces the exact issues. Schemas using anything the compiler does not know (transforms, defaults
 * inside, other formats, conditional checks…) compile to `null`, and callers use zod alone.
 * tests/unit/formats/schema-guard.test.ts checks the guard against zod on generated values.
 */
import { z } from 'zod';

export type Guard = (value: unknown) => boolean;

interface CheckDef {
  check: string;
  [key: string]: unknown;
}
interface Node {
  _zod: { def: Def };
}
interface Def {
  type: string;
  checks?: readonly { _zod: { def: CheckDef } }[];
  shape?: Record<string, Node>;
  catchall?: Node;
  innerType?: Node;
  element?: Node;
  entries?: Record<string, unknown>;
  values?: readonly unknown[];
}

/** keys of a check definition that do not change what is accepted */
const HARMLESS = new Set(['check', 'abort', 'error', 'message', 'params', 'path', 'type']);

/** zod's default condition of length checks ("the value has a length"), taken from a length check it made */
const LENGTH_WHEN: unknown = (z.string().min(1) as unknown as Node)._zod.def.checks?.[0]?._zod.def.when;

class Unsupported extends Error {}
const unsupported = (what: string): never => {
  throw new Unsupported(what);
};

function checkGuard(c: CheckDef, kind: 'string' | 'number' | 'array'): Guard {
  const known = (...keys: string[]) => {
    for (const k of Object.keys(c)) if (!HARMLESS.has(k) && !keys.includes(k)) unsupported(`check key ${k}`);
  };
  switch (c.check) {
    case 'min_length': {
      known('minimum');
      const min = c.minimum;
      if (typeof min !== 'number' || kind === 'number') return unsupported('min_length');
      return (x) => (x as { length: number }).length >= min;
    }
    case 'max_length': {
      known('maximum');
      const max = c.maximum;
      if (typeof max !== 'number' || kind === 'number') return unsupported('max_length');
      return (x) => (x as { length: number }).length <= max;
    }
    case 'string_format': {
      known('format', 'pattern');
      const re = c.pattern;
      if (kind !== 'string' || c.format !== 'regex' || !(re instanceof RegExp)) return unsupported(`format ${String(c.format)}`);
      return (x) => {
        re.lastIndex = 0;
        return re.test(x as string);
      };
    }
    case 'number_format': {
      known('format');
      if (kind !== 'number' || c.format !== 'safeint') return unsupported(`number format ${String(c.format)}`);
      return (x) => Number.isSafeInteger(x);
    }
    case 'greater_than':
    case 'less_than': {
      known('value', 'inclusive');
      const v = c.value;
      if (kind !== 'number' || typeof v !== 'number') return unsupported(c.check);
      const inclusive = c.inclusive === true;
      if (c.check === 'greater_than') return inclusive ? (x) => (x as number) >= v : (x) => (x as number) > v;
      return inclusive ? (x) => (x as number) <= v : (x) => (x as number) < v;
    }
    case 'custom': {
      // .refine(fn): zod accepts when fn returns a truthy value; a promise means "ask zod"
      known('fn');
      const fn = c.fn;
      if (typeof fn !== 'function') return unsupported('custom');
      return (x) => {
        const r: unknown = (fn as (v: unknown) => unknown)(x);
        return !(r instanceof Promise) && Boolean(r);
      };
    }
    default:
      return unsupported(`check ${c.check}`);
  }
}

/**
 * A check with `when` applies only when `when(payload)` is true (zod's length checks carry one that asks "has a
 * length"). The guard asks it too, with the payload zod would pass at that point: the value and no issues yet
 * (the guard stops at the first failed check).
 */
function conditional(c: CheckDef, kind: 'string' | 'number' | 'array'): Guard {
  const { when, ...rest } = c;
  const check = checkGuard(rest as CheckDef, kind);
  // zod's own "has a length" condition is always true for the strings and arrays that reach a check
  if (when === undefined || (when === LENGTH_WHEN && kind !== 'number')) return check;
  if (typeof when !== 'function') return unsupported('when');
  const payload: { value: unknown; issues: unknown[] } = { value: undefined, issues: [] };
  return (x) => {
    payload.value = x;
    payload.issues.length = 0;
    return !(when as (p: typeof payload) => unknown)(payload) || check(x);
  };
}

function withChecks(base: Guard, d: Def, kind: 'string' | 'number' | 'array'): Guard {
  const checks = (d.checks ?? []).map((c) => conditional(c._zod.def, kind));
  if (checks.length === 0) return base;
  if (checks.length === 1) {
    const [a] = checks as [Guard];
    return (x) => base(x) && a(x);
  }
  if (checks.length === 2) {
    const [a, b] = checks as [Guard, Guard];
    return (x) => base(x) && a(x) && b(x);
  }
  if (checks.length === 3) {
    const [a, b, c] = checks as [Guard, Guard, Guard];
    return (x) => base(x) && a(x) && b(x) && c(x);
  }
  return (x) => {
    if (!base(x)) return false;
    for (const c of checks) if (!c(x)) return false;
    return true;
  };
}

/** Plain strings with length bounds and patterns, the common case: one closure, no per-check calls. */
function plainString(d: Def): Guard | null {
  let min = 0;
  let max = Infinity;
  const patterns: RegExp[] = [];
  for (const c of d.checks ?? []) {
    const { when, ...def } = c._zod.def;
    if (when !== undefined && when !== LENGTH_WHEN) return null;
    const keys = Object.keys(def).filter((k) => !HARMLESS.has(k));
    if (def.check === 'min_length' && keys.join() === 'minimum' && typeof def.minimum === 'number') min = Math.max(min, def.minimum);
    else if (def.check === 'max_length' && keys.join() === 'maximum' && typeof def.maximum === 'number') max = Math.min(max, def.maximum);
    else if (def.check === 'string_format' && def.format === 'regex' && def.pattern instanceof RegExp && !def.pattern.global && !def.pattern.sticky && keys.sort().join() === 'format,pattern')
      patterns.push(def.pattern);
    else return null;
  }
  const [re, ...more] = patterns;
  if (!re) return (x) => typeof x === 'string' && x.length >= min && x.length <= max;
  if (more.length === 0) return (x) => typeof x === 'string' && x.length >= min && x.length <= max && re.test(x);
  return (x) => typeof x === 'string' && x.length >= min && x.length <= max && patterns.every((p) => p.test(x));
}

/** Integers within bounds (z.number().int().min().max()). */
function plainInt(d: Def): Guard | null {
  let lo = -Infinity;
  let hi = Infinity;
  let int = false;
  for (const c of d.checks ?? []) {
    const def = c._zod.def;
    const keys = Object.keys(def).filter((k) => !HARMLESS.has(k)).sort().join();
    if (def.check === 'number_format' && def.format === 'safeint' && keys === 'format') int = true;
    else if (def.check === 'greater_than' && def.inclusive === true && typeof def.value === 'number' && keys === 'inclusive,value') lo = Math.max(lo, def.value);
    else if (def.check === 'less_than' && def.inclusive === true && typeof def.value === 'number' && keys === 'inclusive,value') hi = Math.min(hi, def.value);
    else return null;
  }
  if (!int) return null;
  return (x) => Number.isSafeInteger(x) && (x as number) >= lo && (x as number) <= hi;
}

function compileNode(n: Node): Guard {
  const d = n._zod.def;
  switch (d.type) {
    case 'string':
      return plainString(d) ?? withChecks((x) => typeof x === 'string', d, 'string');
    case 'number':
      return plainInt(d) ?? withChecks((x) => typeof x === 'number' && Number.isFinite(x), d, 'number');
    case 'boolean':
      if (d.checks?.length) return unsupported('boolean checks');
      return (x) => typeof x === 'boolean';
    case 'enum': {
      if (d.checks?.length || !d.entries) return unsupported('enum');
      // string enums only (z.enum([...]) has entries { a: 'a', … }); native enums map names and numbers
      if (!Object.entries(d.entries).every(([k, v]) => k === v)) return unsupported('enum entries');
      const values = new Set(Object.values(d.entries));
      return (x) => values.has(x);
    }
    case 'literal': {
      if (d.checks?.length || !d.values) return unsupported('literal');
      const values = d.values;
      return (x) => values.includes(x);
    }
    case 'optional': {
      if (d.checks?.length || !d.innerType) return unsupported('optional');
      const inner = compileNode(d.innerType);
      return (x) => x === undefined || inner(x);
    }
    case 'nullable': {
      if (d.checks?.length || !d.innerType) return unsupported('nullable');
      const inner = compileNode(d.innerType);
      return (x) => x === null || inner(x);
    }
    case 'default': {
      // a missing value would be replaced: only zod knows the output then
      if (d.checks?.length || !d.innerType) return unsupported('default');
      const inner = compileNode(d.innerType);
      return (x) => x !== undefined && inner(x);
    }
    case 'array': {
      if (!d.element) return unsupported('array');
      const el = compileNode(d.element);
      return withChecks(
        (x) => {
          if (!Array.isArray(x)) return false;
          for (let i = 0; i < x.length; i++) if (!el(x[i])) return false;
          return true;
        },
        d,
        'array',
      );
    }
    case 'object': {
      if (d.checks?.length || !d.shape) return unsupported('object');
      // strict (catchall never) rejects unknown keys; strip (unknown) drops them: either way "no unknown key" is
      // the case where zod's output equals the input
      const catchall = d.catchall?._zod.def.type;
      if (catchall !== undefined && catchall !== 'never' && catchall !== 'unknown') return unsupported(`catchall ${catchall}`);
      const keys = Object.keys(d.shape);
      const guards = new Map(keys.map((k) => [k, compileNode(d.shape![k]!)]));
      // a key is required when its guard refuses it absent; the others may be left out
      const required = new Set(keys.filter((k) => !guards.get(k)!(undefined)));
      const protoOk = (o: object) => {
        const p: unknown = Object.getPrototypeOf(o);
        return p === Object.prototype || p === null;
      };
      // one pass over the value's own keys (a for-in over a plain object is V8's fast path; a lookup of each of
      // the shape's keys in turn is not): each key known and its value accepted, every required key among them
      return (x) => {
        if (typeof x !== 'object' || x === null || Array.isArray(x) || !protoOk(x)) return false;
        const o = x as Record<string, unknown>;
        let found = 0;
        for (const k in o) {
          const g = guards.get(k);
          if (g === undefined || !g(o[k])) return false;
          if (required.has(k)) found++;
        }
        return found === required.size;
      };
    }
    default:
      return unsupported(d.type);
  }
}

/** The guard of a schema, or null when the schema uses something the compiler does not know. */
export function compileGuard(schema: z.ZodType): Guard | null {
  try {
    return compileNode(schema as unknown as Node);
  } catch (e) {
    if (e instanceof Unsupported) return null;
    throw e;
  }
}
