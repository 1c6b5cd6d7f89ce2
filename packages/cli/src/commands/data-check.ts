import { dataCheckAction, renderTerminal, type DataCheckData } from '@mlgate/checks';
import type { Report } from '@mlgate/core';
import { actionCommand } from '../command.js';

export const dataCheck = actionCommand({
  action: dataCheckAction(),
  summary: 'check data against a suite (mlgate or Great Expectations) in one pass; profiles and drift',
  usage: 'mlgate data-check --suite F --data F [--reference F] [--profile-out F] [--name N] [--fail-on fail|warn|never] [--out DIR]',
  terminal: (r) => renderTerminal(r as Report<DataCheckData>),
});
