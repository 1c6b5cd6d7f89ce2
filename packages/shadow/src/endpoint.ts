import { ConfigurationError } from '@mlgate/core';
import { CommandEndpoint, parseCommand } from './command-endpoint.js';
import { FileEndpoint } from './file-endpoint.js';
import { HttpEndpoint, type HttpOptions } from './http-endpoint.js';
import type { Endpoint } from './types.js';
import { resolve } from 'node:path';

/** What every endpoint is made with: an HTTP endpoint's options (its URL aside), and how to start a command. */
export interface EndpointSettings extends Omit<HttpOptions, 'url'> {
  startupMs: number;
  cwd: string;
  env?: NodeJS.ProcessEnv;
}

/** `http(s)://…`, `command: argv…` or `file: path` → the endpoint behind one interface. */
export function makeEndpoint(target: string, field: string, s: EndpointSettings): Endpoint {
  const text = target.trim();
  if (/^https?:\/\//i.test(text)) {
    try {
      new URL(text);
    } catch {
      throw new ConfigurationError(`input "${field}": not a valid URL`, { field });
    }
    return new HttpEndpoint({ url: text, headers: s.headers, timeoutMs: s.timeoutMs, retries: s.retries, backoffMs: s.backoffMs, concurrency: s.concurrency, batchSize: s.batchSize, path: s.path });
  }
  const m = /^(command|file)\s*:\s*(.*)$/is.exec(text);
  if (m && m[1]!.toLowerCase() === 'command') {
    return new CommandEndpoint({ argv: parseCommand(m[2]!, `input "${field}"`), cwd: s.cwd, env: s.env, timeoutMs: s.timeoutMs, startupMs: s.startupMs });
  }
  if (m && m[1]!.toLowerCase() === 'file') {
    if (!m[2]!.trim()) throw new ConfigurationError(`input "${field}": "file:" needs a path`, { field });
    return new FileEndpoint(resolve(s.cwd, m[2]!.trim()));
  }
  throw new ConfigurationError(`input "${field}": expected an http(s):// URL, "command: program args…" or "file: path" (got "${text.slice(0, 60)}")`, { field });
}
