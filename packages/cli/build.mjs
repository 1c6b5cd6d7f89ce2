// Bundles the CLI for npm as the actions are bundled: one ncc build of src/bin.ts (every dependency
// inside, so installing @mlgate/cli fetches nothing), the data scan's worker beside it, the licenses
// of what is bundled, and the example `mlgate demo` runs. DuckDB stays out (an optional peer).
import { execFileSync } from 'node:child_process';
import { appendFileSync, chmodSync, cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '../..');
const dist = join(here, 'dist');
const run = (cmd, args) => execFileSync(cmd, args, { cwd: here, stdio: 'inherit' });
const ncc = join(root, 'node_modules/@vercel/ncc/dist/ncc/cli.js');
const licenses = ['--import', 'tsx', join(here, 'src/dev/licenses.ts')];

rmSync(dist, { recursive: true, force: true });
run(process.execPath, [ncc, 'build', 'src/bin.ts', '-o', 'dist', '--minify', '--license', 'licenses.txt', '--target', 'es2022', '--stats-out', 'dist/stats.json', '--quiet']);
run(process.execPath, [...licenses, 'dist']);
run(process.execPath, [ncc, 'build', 'src/scan-worker.ts', '-o', 'dist/scan-worker', '--minify', '--license', 'licenses.txt', '--target', 'es2022', '--stats-out', 'dist/scan-worker/stats.json', '--quiet']);
run(process.execPath, [...licenses, 'dist/scan-worker']);
cpSync(join(root, 'examples/breast-cancer'), join(dist, 'example'), { recursive: true });
// the demo page draws its Mermaid charts offline with Mermaid's browser build, shipped as a file
const mermaid = dirname(createRequire(join(here, 'package.json')).resolve('mermaid/package.json'));
cpSync(join(mermaid, 'dist/mermaid.min.js'), join(dist, 'mermaid.min.js'));
appendFileSync(join(dist, 'licenses.txt'), `\nmermaid (dist/mermaid.min.js)\n${readFileSync(join(mermaid, 'LICENSE'), 'utf8')}`);

// the bin runs as `mlgate`: a shebang line and the executable bit
const bin = join(dist, 'index.js');
const code = readFileSync(bin, 'utf8');
if (!code.startsWith('#!')) writeFileSync(bin, `#!/usr/bin/env node\n${code}`);
chmodSync(bin, 0o755);
