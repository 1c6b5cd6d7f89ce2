// A separate process that promotes from the view "production is at 1" (used by file.test.ts).
import { openRegistry } from '../src/index.js';

const [dir, name, version] = process.argv.slice(2) as [string, string, string];
const r = openRegistry(dir);
// Start both processes' moves at the same wall-clock instant (the next multiple of 400 ms).
await new Promise((res) => setTimeout(res, 400 - (Date.now() % 400)));
try {
  const m = await r.promote(name, 'production', version, { who: `process ${process.pid}`, expect: '1' });
  process.stdout.write(`moved to ${m.to.version}\n`);
} catch (e) {
  process.stdout.write(`${(e as Error).message}\n`);
  process.exitCode = 1;
}
