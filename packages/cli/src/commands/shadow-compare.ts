import type { Report } from '@mlgate/core';
import { renderTerminal, shadowCompareAction, type ShadowData } from '@mlgate/shadow';
import { actionCommand } from '../command.js';

export const shadowCompare = actionCommand({
  action: shadowCompareAction(),
  summary: 'replay recorded inputs against the candidate and production models and compare',
  usage:
    'mlgate shadow-compare --inputs F --candidate (URL | "command: …" | "file: F") --production (URL | "command: …" | "file: F") [--production-secondary …] [--config F] [--concurrency N] [--timeout 10s] [--retries N] [--wait-for URL] [--name N] [--fail-on fail|warn|never] [--out DIR]',
  terminal: (r) => renderTerminal(r as Report<ShadowData>),
});
