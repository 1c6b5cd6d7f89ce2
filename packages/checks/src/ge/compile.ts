import { closest } from '@mlgate/core';
import { ArgumentError } from '../errors.js';
import { parseRowCondition } from '../condition.js';
import { addFilter, type Condition, type Plan } from '../plan.js';
import { EXPECTATIONS } from './table.js';
import type { Args, Judge } from './types.js';
import { suggestColumn } from './verdicts.js';

/** Arguments every expectation accepts (GE's standard arguments and metadata). */
const COMMON = ['result_format', 'catch_exceptions', 'meta', 'include_config', 'row_condition', 'condition_parser', 'notes', 'severity', 'description', 'id', 'rendered_content', 'batch_id', 'windows'];
const CONDITION_PARSERS = ['pandas', 'great_expectations', 'great_expectations__experimental__', 'spark', 'spark_sql'];

export interface CompiledExpectation {
  type: string;
  kwargs: Args;
  judge: Judge;
  filter: number;
}

/** Check a GE expectation's name and arguments and add what it needs to the plan. */
export function compileExpectation(type: string, kwargs: Args, plan: Plan): CompiledExpectation {
  const kind = EXPECTATIONS[type];
  if (!kind) {
    const hint = closest(type, Object.keys(EXPECTATIONS));
    throw new ArgumentError(`unknown expectation "${type}"${hint ? `; did you mean "${hint}"?` : ''}`, 'expectation_type');
  }
  const allowed = [...kind.args, ...COMMON];
  for (const k of Object.keys(kwargs)) {
    if (!allowed.includes(k)) {
      const hint = closest(k, kind.args);
      throw new ArgumentError(`${type}: unknown argument "${k}"${hint ? `; did you mean "${hint}"?` : `; it takes ${kind.args.join(', ')}`}`, k);
    }
  }
  for (const k of kind.required ?? []) if (kwargs[k] === undefined) throw new ArgumentError(`${type}: argument "${k}" is required`, k);
  let cond: Condition | undefined;
  if (kwargs.row_condition !== undefined && kwargs.row_condition !== null && kwargs.row_condition !== '') {
    const parser = kwargs.condition_parser ?? 'pandas';
    if (!CONDITION_PARSERS.includes(String(parser))) throw new ArgumentError(`condition_parser: "${String(parser)}" is not a valid enumeration member; expected one of ${CONDITION_PARSERS.join(', ')}`, 'condition_parser');
    cond = parseRowCondition(String(kwargs.row_condition));
  }
  const filter = addFilter(plan, cond);
  const judge = kind.compile(kwargs, plan, filter);
  const column = kind.column ? (kwargs.column as string) : undefined;
  const wrapped: Judge = (m) => {
    if (column !== undefined && !m.columns.includes(column)) return { success: false, error: `column "${column}" not found${suggestColumn(column, m.columns)}` };
    try {
      return judge(m);
    } catch (e) {
      return { success: false, error: (e as Error).message };
    }
  };
  return { type, kwargs, judge: wrapped, filter };
}

