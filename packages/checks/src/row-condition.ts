/**
 * Row conditions on their own (`@mlgate/checks/condition`): the eval-gate's slices use the same
 * syntax as data-check's `row_condition` without bundling the data-check engine.
 */
export type { Condition } from './plan.js';
export { parseRowCondition } from './condition.js';
export { evalCondition } from './stream/filter.js';
export { ArgumentError } from './errors.js';
