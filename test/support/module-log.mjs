// Loaded with `node --import` (NODE_OPTIONS) by tests that check which files a bundle loads: every
// file: URL the module loader resolves (an ncc chunk is an import() of ./N.index.js) is appended to
// the file named by MLGATE_MODULE_LOG.
import { register } from 'node:module';

register(
  'data:text/javascript,' +
    encodeURIComponent(`import { appendFileSync } from 'node:fs';
export async function resolve(specifier, context, next) {
  const r = await next(specifier, context);
  if (process.env.MLGATE_MODULE_LOG && r.url.startsWith('file:')) appendFileSync(process.env.MLGATE_MODULE_LOG, r.url + '\\n');
  return r;
}`),
);
