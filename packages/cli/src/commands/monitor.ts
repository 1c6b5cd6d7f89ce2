import type { Report } from '@mlgate/core';
import { monitorAction } from '@mlgate/monitor';
import { actionCommand } from '../command.js';
import { who } from '../who.js';

/** Locally the monitor judges drift and keeps the history; the issue is written only by the action. */
export const monitor = actionCommand({
  action: monitorAction({ who }),
  summary: 'drift of recent production data against the production profile; per-run history',
  usage:
    'mlgate monitor --data F|GLOB (--reference PROFILE.json | --registry file://DIR|oci://HOST/REPO --name N [--alias production]) [--rules F] [--suite F] [--history FILE|registry|none] [--fail-on fail|warn|never] [--out DIR]',
  terminal: (r: Report) => r.headline,
});
