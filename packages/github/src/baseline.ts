import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import type { Host } from '@mlgate/core';

/**
 * The last metrics of the default branch, kept through @actions/cache: saved on a push to main under
 * a key per commit, restored on pull requests by prefix (newest first).
 */
export class CacheBaselineStore {
  constructor(private readonly tool: string, private readonly name: string, private readonly host: Host) {}

  private dir(): string {
    return join(process.env.RUNNER_TEMP || tmpdir(), 'mlgate-baseline', this.tool, this.name.replace(/[^A-Za-z0-9._-]/g, '_'));
  }
  private prefix(): string {
    return `mlgate-${this.tool}-${this.name.replace(/[^A-Za-z0-9._-]/g, '_')}-`;
  }

  /** @actions/cache is large (the Azure storage client): loaded only when a baseline is needed. */
  private async cache(): Promise<typeof import('@actions/cache')> {
    return import('@actions/cache');
  }

  async available(): Promise<boolean> {
    try {
      return (await this.cache()).isFeatureAvailable();
    } catch {
      return false;
    }
  }

  async restore(): Promise<unknown | undefined> {
    if (!(await this.available())) {
      this.host.notice('the GitHub cache service is not available here, so there is no baseline from main; the gate compares against absolute thresholds only');
      return undefined;
    }
    const dir = this.dir();
    mkdirSync(dir, { recursive: true });
    const hit = await (await this.cache()).restoreCache([dir], `${this.prefix()}none`, [this.prefix()]);
    const file = join(dir, 'baseline.json');
    if (!hit || !existsSync(file)) {
      this.host.notice(`no baseline from main yet for "${this.name}": the first push to main saves one; until then the gate compares against absolute thresholds only`);
      return undefined;
    }
    this.host.info(`baseline restored from cache entry ${hit}`);
    return JSON.parse(readFileSync(file, 'utf8'));
  }

  async save(value: unknown, sha: string): Promise<void> {
    if (!(await this.available())) {
      this.host.notice('the GitHub cache service is not available here, so these metrics were not saved as the baseline for pull requests');
      return;
    }
    const dir = this.dir();
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'baseline.json'), JSON.stringify(value));
    await (await this.cache()).saveCache([dir], `${this.prefix()}${sha}-${Date.now()}`);
    this.host.info('saved these metrics as the baseline for pull requests');
  }
}
