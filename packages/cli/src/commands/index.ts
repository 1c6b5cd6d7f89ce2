import type { Command } from '../command.js';
import { dataCheck } from './data-check.js';
import { evalGate } from './eval-gate.js';
import { shadowCompare } from './shadow-compare.js';
import { deploy } from './deploy.js';
import { registry } from './registry.js';
import { monitor } from './monitor.js';

/** Every `mlgate <command>`; each action adds its command here. */
export const commands: Command[] = [
  evalGate,
  dataCheck,
  shadowCompare,
  deploy,
  registry,
  monitor,
];
