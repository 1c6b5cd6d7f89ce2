import { evalGateAction, renderTerminal, type EvalGateData } from '@mlgate/eval-gate';
import type { Report } from '@mlgate/core';
import { actionCommand } from '../command.js';

export const evalGate = actionCommand({
  action: evalGateAction(),
  summary: 'gate a model on its metrics against thresholds and production',
  usage: 'mlgate eval-gate --config F (--predictions F [--baseline-predictions F] | --metrics F [--baseline-metrics F]) [--name N] [--fail-on fail|warn|never] [--out DIR]',
  terminal: (r) => renderTerminal(r as Report<EvalGateData>),
});
