// A separate process that deploys a model and prints its upload progress, so a test can kill it
// (SIGKILL) in the middle of the push (used by store-suite.ts).
import { deploy, openRegistry } from '../src/index.js';

const [url, name, model] = process.argv.slice(2) as [string, string, string];
const r = openRegistry(url, { store: { partSize: 5 << 20 } });
const m = await deploy(r, { name, model, promote: 'production', who: `process ${process.pid}`, progress: (p) => process.stdout.write(`sent ${p.sent} ${p.size}\n`) });
process.stdout.write(`deployed ${m.version.version}\n`);
