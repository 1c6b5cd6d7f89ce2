import { deployAction } from '@mlgate/registry';
import type { Report } from '@mlgate/core';
import { actionCommand } from '../command.js';
import { who } from '../who.js';

export const deploy = actionCommand({
  action: deployAction({
    defaults: () => ({ registry: process.env.MLGATE_REGISTRY, username: process.env.MLGATE_REGISTRY_USERNAME, password: process.env.MLGATE_REGISTRY_PASSWORD }),
    source: () => ({ commit: process.env.GITHUB_SHA, repository: process.env.GITHUB_REPOSITORY, actor: who() }),
  }),
  summary: 'publish a model with its lineage, promote it to an alias, or roll an alias back',
  usage:
    'mlgate deploy --registry file://DIR|oci://HOST/REPO --name N (--model PATH [--version V] [--promote ALIAS] [--metrics-report F] [--data-profile F] | --promote ALIAS --version V | --rollback ALIAS [--rollback-to V]) [--reason TEXT] [--registry-username U] (password: MLGATE_REGISTRY_PASSWORD) [--out DIR]',
  terminal: (r: Report) => r.headline,
});
