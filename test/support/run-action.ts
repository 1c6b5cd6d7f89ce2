import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');

export interface ActionRun {
  code: number;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  /** `::error ...::message` lines written by the action. */
  annotations: Array<{ level: string; props: string; message: string }>;
  tmp: string;
}

export interface RunOptions {
  inputs: Record<string, string>;
  /** The webhook payload; `pull_request` makes it a PR run. */
  event?: object;
  eventName?: string;
  apiUrl?: string;
  env?: Record<string, string>;
  cwd?: string;
  timeoutMs?: number;
}

/** Parse GITHUB_OUTPUT's `name<<DELIM … DELIM` blocks. */
export function parseOutputFile(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = lines[i]!.match(/^([^<=]+)<<(.+)$/);
    if (m) {
      const val: string[] = [];
      i++;
      while (i < lines.length && lines[i] !== m[2]) val.push(lines[i++]!);
      out[m[1]!] = val.join('\n');
    } else if (lines[i]!.includes('=')) {
      const [k, ...v] = lines[i]!.split('=');
      out[k!] = v.join('=');
    }
  }
  return out;
}

/**
 * Run an action's bundled dist/index.js as GitHub's runner does: a node process with INPUT_* variables,
 * GITHUB_OUTPUT, GITHUB_STEP_SUMMARY, an event file and GITHUB_API_URL.
 */
export async function runAction(action: string, opts: RunOptions): Promise<ActionRun> {
  const tmp = mkdtempSync(join(tmpdir(), `mlgate-${action}-`));
  const outputFile = join(tmp, 'output');
  const summaryFile = join(tmp, 'summary');
  const eventFile = join(tmp, 'event.json');
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
  writeFileSync(eventFile, JSON.stringify(opts.event ?? {}));
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? tmp,
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_EVENT_PATH: eventFile,
    GITHUB_EVENT_NAME: opts.eventName ?? ((opts.event as { pull_request?: unknown })?.pull_request ? 'pull_request' : 'push'),
    GITHUB_REPOSITORY: 'acme/churn',
    GITHUB_REPOSITORY_OWNER: 'acme',
    GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567',
    GITHUB_REF: 'refs/heads/main',
    GITHUB_RUN_ID: '4242',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_ACTOR: 'octocat',
    GITHUB_WORKFLOW: 'model',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: opts.apiUrl ?? 'http://127.0.0.1:9',
    GITHUB_WORKSPACE: opts.cwd ?? ROOT,
    RUNNER_TEMP: tmp,
    RUNNER_OS: 'Linux',
    ...opts.env,
  };
  for (const [k, v] of Object.entries(opts.inputs)) env[`INPUT_${k.replace(/ /g, '_').toUpperCase()}`] = v;
  const bundle = join(ROOT, 'actions', action, 'dist', 'index.js');
  if (!existsSync(bundle)) throw new Error(`${bundle} is missing: run pnpm build`);
  const child = spawn(process.execPath, [bundle], { cwd: opts.cwd ?? ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  const code = await new Promise<number>((res, rej) => {
    const t = setTimeout(() => {
      child.kill('SIGKILL');
      rej(new Error(`${action} did not finish within ${opts.timeoutMs ?? 60000} ms\n${stdout}\n${stderr}`));
    }, opts.timeoutMs ?? 60000);
    child.on('close', (c) => {
      clearTimeout(t);
      res(c ?? -1);
    });
  });
  const annotations = [...stdout.matchAll(/^::(error|warning|notice)([^:]*)::(.*)$/gm)].map((m) => ({ level: m[1]!, props: m[2]!.trim(), message: m[3]! }));
  return { code, stdout, stderr, outputs: parseOutputFile(readFileSync(outputFile, 'utf8')), summary: readFileSync(summaryFile, 'utf8'), annotations, tmp };
}
