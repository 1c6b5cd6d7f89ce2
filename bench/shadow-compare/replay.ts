/**
 * One mlgate replay in its own process, so its memory is measured apart from the server and the
 * load driver: prints {seconds, requests, rps, peakRssMb} as JSON on the last line.
 */
import { parseArgs } from 'node:util';
import { shadowCompare, shadowConfigSchema } from '../../packages/shadow/src/index.js';

const { values } = parseArgs({ options: { inputs: { type: 'string' }, candidate: { type: 'string' }, production: { type: 'string' }, concurrency: { type: 'string', default: '16' } } });
let peak = process.memoryUsage.rss();
// rss() alone: memoryUsage() also walks the heap spaces, which costs the replay CPU every tick
const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage.rss())), 20);
// CPU of the replay only, as autocannon's is measured around its run: start-up (tsx compiling the
// sources, loading modules) is reported apart
const startup = process.cpuUsage();
const result = await shadowCompare({
  inputs: values.inputs!,
  candidate: values.candidate!,
  production: values.production!,
  concurrency: Number(values.concurrency),
  timeoutMs: 10_000,
  config: shadowConfigSchema.parse({ answer: 'predictions[0].score' }),
});
clearInterval(timer);
const cpu = process.cpuUsage(startup);
peak = Math.max(peak, process.memoryUsage.rss(), process.resourceUsage().maxRSS * 1024);
const c = result.roles.candidate!;
if (c.ok !== c.requests || result.roles.production!.ok !== c.requests) throw new Error(`not every request was answered: ${JSON.stringify(result.roles)}`);
(globalThis as { gc?: () => void }).gc?.();
const heapAfterMb = process.memoryUsage().heapUsed / 2 ** 20;
console.log(JSON.stringify({ cpuSeconds: (cpu.user + cpu.system) / 1e6, startupCpuSeconds: (startup.user + startup.system) / 1e6, seconds: result.seconds, requests: c.requests, rps: c.requests / result.seconds, peakRssMb: peak / 2 ** 20, heapAfterMb, p50: c.latency?.p50, p99: c.latency?.p99, deltaMax: result.comparison.delta?.max }));
