export { EXPECTATIONS } from './table.js';
export { compileExpectation, type CompiledExpectation } from './compile.js';
export { suggestColumn } from './verdicts.js';
export type { Judge, ExpectationKind as ExpectationKind, Verdict } from './types.js';
