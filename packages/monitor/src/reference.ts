import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigurationError } from '@mlgate/core';
import { readProfile, type Profile } from '@mlgate/checks';
import type { Registry } from '@mlgate/registry';

export interface Reference {
  profile: Profile;
  /** How a user finds it again: the file, or model, version and alias in the registry. */
  label: string;
  file?: string;
  registry?: { url: string; name: string; alias: string; version: string };
}

/** A profile file written by data-check (`profile-out`). */
export function referenceFromFile(file: string): Reference {
  if (!/\.json$/i.test(file)) throw new ConfigurationError('the reference must be a profile JSON written by data-check (profile-out), or come from the registry (registry, name, alias)', { file, field: 'reference' });
  // readProfile gives the precise error (missing file, bad JSON, wrong schema) with the file named.
  return { profile: readProfile(file), label: file, file };
}

/**
 * The data profile recorded with the version an alias points at (deploy's `data-profile`), verified
 * against its digest and parsed with the same schema as a profile file.
 */
export async function referenceFromRegistry(registry: Registry, name: string, alias: string): Promise<Reference> {
  const info = await registry.resolve(name, alias, 'alias');
  const raw = await registry.attachment(name, info, 'data-profile');
  if (raw === undefined) {
    throw new ConfigurationError(`${name} ${info.version} (alias ${alias}) in ${registry.url} has no data profile in its lineage: publish it with deploy's "data-profile" input, or give "reference" a profile file`, { field: 'reference' });
  }
  // Validate through the one profile reader so a registry profile and a file profile are held to the same schema.
  const dir = mkdtempSync(join(tmpdir(), 'mlgate-monitor-ref-'));
  try {
    const file = join(dir, 'profile.json');
    writeFileSync(file, JSON.stringify(raw));
    const profile = readProfile(file);
    return { profile, label: `${name} ${info.version} (${alias}) in ${registry.url}`, registry: { url: registry.url, name, alias, version: info.version } };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
