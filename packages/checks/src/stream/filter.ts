import type { Condition } from '../plan.js';
import { compare, isNull, sameValue } from '../values.js';

/** A row filter (GE `row_condition`) on one row; `get` reads a cell of that row. */
export function evalCondition(c: Condition, get: (column: string) => unknown, textual: boolean): boolean {
  switch (c.op) {
    case 'and':
      return c.args.every((a) => evalCondition(a, get, textual));
    case 'or':
      return c.args.some((a) => evalCondition(a, get, textual));
    default: {
      const v = get(c.column);
      if (c.op === '==') return c.value === null ? isNull(v) : sameValue(v, c.value, textual);
      if (c.op === '!=') return c.value === null ? !isNull(v) : !sameValue(v, c.value, textual);
      if (isNull(v) || c.value === null) return false;
      let k: number;
      try {
        k = compare(v, c.value, textual);
      } catch {
        return false;
      }
      return c.op === '<' ? k < 0 : c.op === '<=' ? k <= 0 : c.op === '>' ? k > 0 : k >= 0;
    }
  }
}
