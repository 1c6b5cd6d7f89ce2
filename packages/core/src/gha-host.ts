import * as core from '@actions/core';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import type { Host } from './host.js';
import type { SourceLocation } from './errors.js';

function props(loc?: SourceLocation): core.AnnotationProperties | undefined {
  if (!loc?.file) return undefined;
  return { file: loc.file, startLine: loc.line, startColumn: loc.line !== undefined ? loc.column : undefined };
}

/** The host on a GitHub runner: `@actions/core` for inputs, outputs, annotations and the summary. */
export function githubHost(): Host {
  return {
    input: (name) => core.getInput(name),
    setOutput: (n, v) => core.setOutput(n, v),
    info: (m) => core.info(m),
    notice: (m, loc) => core.notice(m, props(loc)),
    warning: (m, loc) => core.warning(m, props(loc)),
    error: (m, loc) => core.error(m, props(loc)),
    debug: (m) => core.debug(m),
    summary: async (md) => {
      if (!process.env.GITHUB_STEP_SUMMARY) return;
      await core.summary.addRaw(md, true).write();
    },
    setSecret: (v) => core.setSecret(v),
    outDir: (tool, name) => join(process.env.RUNNER_TEMP || tmpdir(), 'mlgate', tool, safeName(name)),
    exit: (code) => {
      process.exitCode = code;
    },
  };
}

export function safeName(name: string): string {
  return name.replace(/[^A-Za-z0-9._-]+/g, '_').slice(0, 100) || 'default';
}
