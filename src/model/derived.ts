/** Derived figures: computed from other observations, never typed. */
import type { Qualifier } from './schema';

export type DerivedFormula = 'ratio_pct' | 'difference' | 'sum';

export interface Operand {
  value: number;
  qualifier: Qualifier;
}

export const FORMULA_TEXT: Record<DerivedFormula, string> = {
  ratio_pct: 'a ÷ b × 100',
  difference: 'a − b',
  sum: 'a + b + …',
};

/** Computes a derived value; the result is approximate when any input is not exact. */
export function computeDerived(formula: DerivedFormula, inputs: readonly Operand[]): { value: number; qualifier: Qualifier } {
  if (inputs.length === 0) throw new Error('a derived figure needs inputs');
  const v = inputs.map((i) => i.value);
  let value: number;
  switch (formula) {
    case 'ratio_pct':
      if (v.length !== 2 || v[1] === 0) throw new Error('ratio_pct needs two inputs and a non-zero divisor');
      value = Math.round((v[0]! / v[1]!) * 100 * 100) / 100;
      break;
    case 'difference':
      if (v.length !== 2) throw new Error('difference needs two inputs');
      value = v[0]! - v[1]!;
      break;
    case 'sum':
      value = v.reduce((a, b) => a + b, 0);
      break;
  }
  const qualifier: Qualifier = inputs.every((i) => i.qualifier === 'exact') ? 'exact' : 'approx';
  return { value, qualifier };
}

/** "444 ÷ 574 × 100" — the formula with the input values filled in. */
export function formulaWithValues(formula: DerivedFormula, values: readonly number[]): string {
  switch (formula) {
    case 'ratio_pct':
      return `${values[0]} ÷ ${values[1]} × 100`;
    case 'difference':
      return `${values[0]} − ${values[1]}`;
    case 'sum':
      return values.join(' + ');
  }
}
