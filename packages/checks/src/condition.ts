import type { Condition } from './plan.js';
import { ArgumentError } from './errors.js';

/**
 * GE `row_condition` in its pandas form (`a == 5 & (b != "x")`) or GE form (`col("a") > 5`):
 * comparisons of a column with a literal, joined by `&`/`and` and `|`/`or`, with parentheses.
 */
export function parseRowCondition(text: string): Condition {
  const tokens = tokenize(text);
  let i = 0;
  const peek = () => tokens[i];
  const fail = (what: string): never => {
    throw new ArgumentError(`row_condition "${text}": ${what}`, 'row_condition');
  };
  const or = (): Condition => {
    const args = [and()];
    while (peek() === '|' || peek() === 'or') {
      i++;
      args.push(and());
    }
    return args.length === 1 ? args[0]! : { op: 'or', args };
  };
  const and = (): Condition => {
    const args = [atom()];
    while (peek() === '&' || peek() === 'and') {
      i++;
      args.push(atom());
    }
    return args.length === 1 ? args[0]! : { op: 'and', args };
  };
  const atom = (): Condition => {
    if (peek() === '(') {
      i++;
      const c = or();
      if (tokens[i++] !== ')') fail('expected ")"');
      return c;
    }
    const column = operand();
    if (typeof column.value !== 'string' || !column.ident) fail('expected a column name');
    const op = tokens[i++];
    if (!op || !['==', '!=', '<', '<=', '>', '>='].includes(op)) fail(`expected a comparison after ${String(column.value)}`);
    const lit = operand();
    return { op: op as '==', column: column.value as string, value: lit.value };
  };
  const operand = (): { value: string | number | boolean | null; ident: boolean } => {
    const t = tokens[i++];
    if (t === undefined) return fail('unexpected end');
    if (t === 'col' && tokens[i] === '(') {
      i++;
      const name = tokens[i++];
      if (tokens[i++] !== ')') fail('expected ")" after col(…');
      return { value: unquote(name ?? ''), ident: true };
    }
    if (/^["']/.test(t)) return { value: unquote(t), ident: false };
    if (/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(t)) return { value: Number(t), ident: false };
    if (t === 'True' || t === 'true') return { value: true, ident: false };
    if (t === 'False' || t === 'false') return { value: false, ident: false };
    if (t === 'None' || t === 'null') return { value: null, ident: false };
    if (/^`.*`$/.test(t)) return { value: t.slice(1, -1), ident: true };
    if (/^[A-Za-z_][\w.]*$/.test(t)) return { value: t, ident: true };
    return fail(`unexpected "${t}"`);
  };
  const c = or();
  if (i !== tokens.length) fail(`unexpected "${tokens[i]}"`);
  return c;
}

function unquote(t: string): string {
  return /^["']/.test(t) ? t.slice(1, -1).replace(/\\(.)/g, '$1') : t;
}

function tokenize(s: string): string[] {
  const re = /\s*(==|!=|<=|>=|<|>|&|\||\(|\)|"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|`[^`]*`|[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?|[A-Za-z_][\w.]*)/y;
  const out: string[] = [];
  let pos = 0;
  while (pos < s.length) {
    if (/^\s*$/.test(s.slice(pos))) break;
    re.lastIndex = pos;
    const m = re.exec(s);
    if (!m) throw new ArgumentError(`row_condition "${s}": cannot read "${s.slice(pos).trim().slice(0, 20)}"`, 'row_condition');
    out.push(m[1]!);
    pos = re.lastIndex;
  }
  return out;
}
