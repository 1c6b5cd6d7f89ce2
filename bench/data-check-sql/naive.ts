/**
 * The naive integration, for comparison: one SQL round trip per expectation (each check compiled on
 * its own and run as its own plan), as a tool that maps each expectation to a query would do it.
 *   node --import tsx bench/data-check-sql/naive.ts URL SUITE PASSWORD  → JSON of counts on stdout
 */
import { compileExpectation, emptyPlan, loadSuite } from '../../packages/checks/src/index.js';
import { openSqlRunner } from '../../packages/checks/src/sql/open.js';

const [url, suiteFile, password] = process.argv.slice(2) as [string, string, string];
const suite = loadSuite(suiteFile);
const out: Record<string, unknown> = {};
let statements = 0;
for (const check of suite.checks) {
  const plan = emptyPlan();
  const one = compileExpectation(check.type, check.kwargs, plan);
  const runner = await openSqlRunner(url, { password, onStatement: () => statements++ });
  const v = one.judge(await runner.run(plan));
  out[check.id.replace(/^columns\./, '')] = v.unexpectedCount ?? (v.observed as { values?: number[] })?.values ?? v.observed;
}
out.statements = statements;
process.stdout.write(JSON.stringify(out) + '\n');
