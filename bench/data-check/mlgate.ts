/** The bench suite through mlgate's engine (the same code as the action). Prints JSON. */
import { loadSuite, runDataCheck } from '../../packages/checks/src/index.js';

const t0 = performance.now();
const [file, suiteFile] = process.argv.slice(2) as [string, string];
const res = await runDataCheck({ suite: loadSuite(suiteFile), data: file });
const out: Record<string, unknown> = { rows: res.data.rows };
for (const r of res.results) {
  const id = r.check.id.replace(/^columns\./, '');
  if (id.endsWith('.quantiles')) out[id] = (r.verdict.observed as { values: number[] }).values;
  else if (r.verdict.unexpectedCount !== undefined) out[id] = r.verdict.unexpectedCount;
}
out.approximate = res.approximate;
out.seconds = (performance.now() - t0) / 1000;
out.max_rss_mb = process.resourceUsage().maxRSS / 1024;
process.stdout.write(JSON.stringify(out) + '\n');
