import type { Host } from '@mlgate/core';

/** Where the production metrics come from when there are no paired predictions (main's last run, the registry). */
export interface BaselineProvider {
  restore(host: Host, gate: string): Promise<{ metrics: Record<string, number>; source: string } | undefined>;
  save?(metrics: Record<string, number>, host: Host, gate: string): Promise<void>;
}
