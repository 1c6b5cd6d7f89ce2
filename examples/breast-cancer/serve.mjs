#!/usr/bin/env node
// A tiny model server that needs only Node: a logistic regression exported from scikit-learn
// (a model JSON: features, mean, scale, coef, intercept), answering {"predictions":[{"label","score"}]}.
// examples/shadow/model-server.mjs runs this same file.
//   node serve.mjs models/production/model.json --port 8080   HTTP: POST / (a row or an array of rows), GET /health
//   node serve.mjs models/production/model.json --stdin       JSON Lines: one row a line in, one answer a line out
// Without a model file: models/production.json beside the script that was run.
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { port: { type: 'string', default: '0' }, host: { type: 'string', default: '127.0.0.1' }, stdin: { type: 'boolean', default: false } } });
const model = JSON.parse(readFileSync(positionals[0] ?? new URL('models/production.json', pathToFileURL(process.argv[1])), 'utf8'));

/** P(class 1) of one row, keyed by feature name: exactly scikit-learn's predict_proba(...)[:, 1]. */
export function score(row) {
  let z = model.intercept;
  model.features.forEach((f, i) => {
    const v = row[f];
    if (typeof v !== 'number') throw new Error(`feature "${f}" is missing or not a number`);
    z += ((v - model.mean[i]) / model.scale[i]) * model.coef[i];
  });
  return 1 / (1 + Math.exp(-z));
}
const answer = (rows) => ({ predictions: rows.map((r) => { const s = score(r); return { label: s > 0.5 ? 1 : 0, score: s }; }) });

if (values.stdin) {
  for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
    if (!line.trim()) continue;
    try {
      const body = JSON.parse(line);
      process.stdout.write(JSON.stringify(answer(Array.isArray(body) ? body : [body])) + '\n');
    } catch (e) {
      process.stdout.write(JSON.stringify({ error: String(e.message) }) + '\n');
    }
  }
} else {
  const server = createServer((req, res) => {
    if (req.method === 'GET' && req.url === '/health') return res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}');
    if (req.method !== 'POST') return res.writeHead(405).end();
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      try {
        const body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
        const out = JSON.stringify(answer(Array.isArray(body) ? body : [body]));
        res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(out) }).end(out);
      } catch (e) {
        res.writeHead(400, { 'content-type': 'application/json' }).end(JSON.stringify({ error: String(e.message) }));
      }
    });
  });
  server.keepAliveTimeout = 60_000;
  server.listen(Number(values.port), values.host, () => {
    const a = server.address();
    process.stdout.write(`listening http://${a.address}:${a.port}\n`);
  });
  process.on('SIGTERM', () => server.close(() => process.exit(0)));
}
