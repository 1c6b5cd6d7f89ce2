/**
 * The bench suite in Polars (nodejs-polars, pinned): every check a lazy expression over `scanCSV` (or
 * `scanParquet`), one
 * `collect` (Polars' own threads: all cores). Prints JSON.
 */
import pl from 'nodejs-polars';

const t0 = performance.now();
const file = process.argv[2]!;
const RANGES: Record<string, [number, number]> = { age: [0, 120], income: [0, 1e6], score: [0, 1], balance: [-1e4, 1e4], tenure: [0, 240], visits: [0, 1000], height: [100, 250], weight: [0, 250], ratio: [0, 2], temp: [-50, 60] };
const NOT_NULL = ['id', 'balance', 'tenure', 'visits', 'ratio', 'temp'];
const SETS: Record<string, string[]> = { country: ['DE', 'FR', 'NL', 'ES', 'IT'], segment: ['A', 'B', 'C', 'D'], channel: ['web', 'app', 'store'], plan: ['basic', 'pro', 'enterprise'] };
const REGEX: Record<string, string> = { email: '^[^@]+@[^@]+$', code: '^[A-Z]{2}-[0-9]{4}$' };
const Q = [0.05, 0.25, 0.5, 0.75, 0.95];
const col = pl.col;
const exprs = [pl.len().alias('rows')];
for (const c of NOT_NULL) exprs.push(col(c).isNull().sum().alias(`${c}.nullable`));
// every row of a duplicated id is unexpected (as GE counts it)
exprs.push(col('id').isDuplicated().sum().alias('id.unique'));
for (const [c, [lo, hi]] of Object.entries(RANGES)) {
  exprs.push(col(c).lt(lo).or(col(c).gt(hi)).sum().alias(`${c}.min`));
  Q.forEach((q, i) => exprs.push(col(c).quantile(q, 'nearest').alias(`${c}.q${i}`)));
}
for (const [c, vs] of Object.entries(SETS)) exprs.push(col(c).isNotNull().and(col(c).isIn(vs).not()).sum().alias(`${c}.in`));
for (const [c, rx] of Object.entries(REGEX)) exprs.push(col(c).isNotNull().and(col(c).str.contains(rx).not()).sum().alias(`${c}.regex`));
const scan = file.endsWith('.parquet') ? pl.scanParquet(file) : pl.scanCSV(file, { hasHeader: true });
const df = scan.select(...exprs).collectSync();
const row = df.toRecords()[0] as Record<string, unknown>;
const out: Record<string, unknown> = {};
for (const [k, v] of Object.entries(row)) {
  const m = k.match(/^(.*)\.q(\d)$/);
  if (m) ((out[`${m[1]}.quantiles`] ??= []) as number[])[Number(m[2])] = Number(v);
  else out[k] = Number(v);
}
out.seconds = (performance.now() - t0) / 1000;
out.max_rss_mb = process.resourceUsage().maxRSS / 1024;
process.stdout.write(JSON.stringify(out) + '\n');
