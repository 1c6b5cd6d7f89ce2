/**
 * Completes an action's dist/licenses.txt after `ncc build --stats-out dist/stats.json`: ncc's
 * licence list misses some ES-module packages that webpack concatenates into another module (js-yaml
 * among them). Every package any bundled module comes from is listed, with its licence text; the
 * stats file is removed.
 *
 *   node --import tsx ../../packages/cli/src/dev/licenses.ts dist
 */
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

interface StatsModule {
  identifier?: string;
  name?: string;
  modules?: StatsModule[];
}

const dist = process.argv[2] ?? 'dist';
const statsFile = join(dist, 'stats.json');
const stats = JSON.parse(readFileSync(statsFile, 'utf8')) as { modules?: StatsModule[]; chunks?: Array<{ modules?: StatsModule[] }> };
const packages = new Map<string, string>();
const walk = (m: StatsModule): void => {
  for (const id of [m.identifier ?? '', m.name ?? '']) {
    for (const hit of id.matchAll(/(^|[\s!|])([^\s!|]*\/node_modules\/\.pnpm\/[^/]+\/node_modules\/((?:@[^/]+\/)?[^/!|]+))/g)) packages.set(hit[3]!, hit[2]!);
  }
  m.modules?.forEach(walk);
};
stats.modules?.forEach(walk);
stats.chunks?.forEach((c) => c.modules?.forEach(walk));

const file = join(dist, 'licenses.txt');
let text = existsSync(file) ? readFileSync(file, 'utf8') : '';
const listed = (name: string) => text.startsWith(`${name}\n`) || text.includes(`\n${name}\n`);
const added: string[] = [];
for (const name of [...packages.keys()].sort()) {
  if (listed(name)) continue;
  const dir = packages.get(name)!;
  const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { license?: string };
  const licenceFile = readdirSync(dir).find((f) => /^(licen[cs]e|copying)(\.|$)/i.test(f));
  const body = licenceFile ? readFileSync(join(dir, licenceFile), 'utf8').trim() : `${pkg.license ?? 'UNKNOWN'} (no licence file in the package)`;
  text += `${text.endsWith('\n') || text === '' ? '' : '\n'}\n${name}\n${pkg.license ?? 'UNKNOWN'}\n${body}\n`;
  added.push(name);
}
writeFileSync(file, text);
rmSync(statsFile);
if (added.length) console.log(`licenses.txt: added ${added.join(', ')}`);
