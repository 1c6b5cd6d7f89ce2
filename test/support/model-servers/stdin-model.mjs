#!/usr/bin/env node
// A command model for fault tests: reads JSON lines, answers {"predictions":[{"label","score"}]} with
// score = sigmoid(Σ values / 1000 − 1) (the fault server's model).
//   --exit-after N     answer N requests, then exit with code 3 and a message on stderr
//   --malformed-at K   answer request K (1-based) with a line that is not JSON
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { 'exit-after': { type: 'string' }, 'malformed-at': { type: 'string' } } });
let n = 0;
for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
  if (!line.trim()) continue;
  n++;
  if (values['exit-after'] && n > Number(values['exit-after'])) {
    process.stderr.write('model crashed: out of memory (simulated)\n');
    process.exit(3);
  }
  if (Number(values['malformed-at']) === n) {
    process.stdout.write('this is not json\n');
    continue;
  }
  const body = JSON.parse(line);
  const z = Object.values(body).filter((v) => typeof v === 'number').reduce((a, b) => a + b, 0) / 1000 - 1;
  const s = 1 / (1 + Math.exp(-z));
  process.stdout.write(JSON.stringify({ predictions: [{ label: s > 0.5 ? 1 : 0, score: s }] }) + '\n');
}
