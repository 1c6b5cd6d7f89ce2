import type { Host } from '@mlgate/core';
import type { DeltaInterval } from '@mlgate/metrics';

/** Production's metrics and where they came from; paired predictions add the intervals of each change. */
export interface Baseline {
  metrics: Record<string, number>;
  source: string;
  intervals?: Record<string, DeltaInterval>;
  joinedBy?: 'id' | 'row order';
}

/** Where the production metrics come from when there are no paired predictions (main's last run, the registry). */
export interface BaselineProvider {
  restore(host: Host, gate: string): Promise<Baseline | undefined>;
  save?(metrics: Record<string, number>, host: Host, gate: string): Promise<void>;
}

/** Registry credentials for a registry URL the inputs give none for (on GitHub: the workflow token for GHCR). */
export type RegistryCredentials = (url: string, token: string | undefined) => { username?: string; password?: string } | undefined;
