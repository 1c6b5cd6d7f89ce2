import semver from 'semver';
import { ConfigurationError } from '@mlgate/core';

/** A model name is one OCI path component, so it maps onto `oci://HOST/REPO/NAME` unchanged. */
const NAME = /^[a-z0-9]+(?:[._-][a-z0-9]+)*$/;
/** Aliases are tags that can never look like a version tag (`v…`) or an mlgate bookkeeping tag (they hold a dot). */
const ALIAS = /^[A-Za-z][A-Za-z0-9_-]{0,62}$/;

export function checkName(name: string, field = 'name'): string {
  if (!NAME.test(name) || name.length > 128) {
    throw new ConfigurationError(`model name "${name}" is not valid: use lower-case letters, digits and single . _ - between them (e.g. churn-model)`, { field });
  }
  return name;
}

export function checkAlias(alias: string, field = 'alias'): string {
  if (!ALIAS.test(alias) || /^v\d/.test(alias)) {
    throw new ConfigurationError(`alias "${alias}" is not valid: start with a letter, then letters, digits, _ or - (at most 63), and not "v" followed by a digit (that is a version tag)`, { field });
  }
  return alias;
}

/** A version is a sequence number (`7`) or a semantic version without build metadata (`1.4.0`, `2.0.0-rc.1`). */
export function checkVersion(version: string, field = 'version'): string {
  const v = version.replace(/^v(?=\d)/, '');
  if (/^[1-9]\d{0,8}$/.test(v)) return v;
  if (semver.valid(v) && !v.includes('+')) return v;
  throw new ConfigurationError(`version "${version}" is not valid: give a sequence number (e.g. 3) or a semantic version without "+build" (e.g. 1.4.0)`, { field });
}

/** Order: sequence numbers by value, then semantic versions by precedence. */
export function compareVersions(a: string, b: string): number {
  const ia = /^\d+$/.test(a);
  const ib = /^\d+$/.test(b);
  if (ia && ib) return Number(a) - Number(b);
  if (ia) return -1;
  if (ib) return 1;
  return semver.compare(a, b);
}

/** The next number in sequence after the existing versions (semantic versions do not count). */
export function nextSequence(existing: string[]): string {
  let max = 0;
  for (const v of existing) if (/^\d+$/.test(v)) max = Math.max(max, Number(v));
  return String(max + 1);
}
