import { appendFileSync } from 'node:fs';
import { EOL, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Host } from './host.js';
import type { SourceLocation } from './errors.js';

/*
 * The runner's workflow-command protocol (docs.github.com, "Workflow commands for GitHub Actions"),
 * written directly rather than through @actions/core: @actions/core 3 imports its OIDC client and with
 * it undici at load time, which cost the action most of its start-up budget. The few commands used
 * here are the same ones @actions/core writes, with the same escaping.
 */
const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

export function command(name: string, props: Record<string, string | number | undefined>, message: string): string {
  const p = Object.entries(props)
    .filter(([, v]) => v !== undefined && v !== '')
    .map(([k, v]) => `${k}=${escapeProperty(String(v))}`)
    .join(',');
  return `::${name}${p ? ` ${p}` : ''}::${escapeData(message)}${EOL}`;
}

function annotation(kind: 'error' | 'warning' | 'notice', message: string, loc?: SourceLocation): void {
  const props = loc?.file ? { file: loc.file, line: loc.line, col: loc.line !== undefined ? loc.column : undefined } : {};
  process.stdout.write(command(kind, props, message));
}

/** Append `name<<DELIMITER … DELIMITER` to a file command (GITHUB_OUTPUT), as the runner expects. */
function fileCommand(file: string, name: string, value: string): void {
  // unguessable enough for a delimiter, and checked against the value below (node:crypto costs start-up)
  const delimiter = `ghadelimiter_${Date.now().toString(36)}${Math.random().toString(36).slice(2)}${Math.random().toString(36).slice(2)}`;
  if (name.includes(delimiter) || value.includes(delimiter)) throw new Error('output value contains its delimiter');
  appendFileSync(file, `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}${EOL}`, 'utf8');
}

/** The host on a GitHub runner: inputs from INPUT_*, outputs, annotations, masks and the job summary. */
export function githubHost(env: NodeJS.ProcessEnv = process.env): Host {
  return {
    input: (name) => (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim(),
    setOutput: (name, value) => {
      if (env.GITHUB_OUTPUT) fileCommand(env.GITHUB_OUTPUT, name, value);
      else process.stdout.write(EOL + command('set-output', { name }, value));
    },
    info: (m) => process.stdout.write(m + EOL),
    notice: (m, loc) => annotation('notice', m, loc),
    warning: (m, loc) => annotation('warning', m, loc),
    error: (m, loc) => annotation('error', m, loc),
    debug: (m) => process.stdout.write(command('debug', {}, m)),
    summary: async (md) => {
      if (env.GITHUB_STEP_SUMMARY) appendFileSync(env.GITHUB_STEP_SUMMARY, fitSummary(md) + EOL, 'utf8');
    },
    setSecret: (v) => process.stdout.write(command('add-mask', {}, v)),
    outDir: (tool, name) => join(env.RUNNER_TEMP || tmpdir(), 'mlgate', tool, safeName(name)),
    exit: (code) => {
      process.exitCode = code;
    },
  };
}

/** A step summary holds at most 1 MiB; a longer one is cut on a line with a note (the report file has it all). */
export function fitSummary(md: string, limit = 1024 * 1024): string {
  if (Buffer.byteLength(md, 'utf8') <= limit) return md;
  let cut = Buffer.from(md, 'utf8').subarray(0, limit - 200).toString('utf8');
  cut = cut.slice(0, Math.max(0, cut.lastIndexOf('\n')));
  return `${cut}\n\n> ✂️ The summary was cut to GitHub's 1 MiB limit; the full report is in report.json.\n`;
}

export function safeName(name: string): string {
  return name.replace(/[^A-Za-z0-9._-]+/g, '_').slice(0, 100) || 'default';
}
