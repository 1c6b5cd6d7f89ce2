import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RemoteError } from '@mlgate/core';
import { deploy, openRegistry } from '../src/index.js';
import { OciRegistry } from '../../../test/support/oci-registry.js';
import { modelDir, uniqueName } from './suite.js';

// A registry of its own: this test kills it in the middle of a push and starts it again.
const reg = new OciRegistry({ users: { ci: 's3cret-pw' } });
beforeAll(() => reg.start());
afterAll(() => reg.stop());

const creds = { username: 'ci', password: 's3cret-pw' };
const open = () => openRegistry(reg.url('ml/models'), { ...creds, oci: { monolithicMax: 1 << 20, chunkSize: 1 << 20, settleMs: 100 } });

describe('registry on oci:// when the registry goes away', () => {
  it('a registry stopped in the middle of a push leaves every alias where it was, and says so', async () => {
    const name = uniqueName();
    const r = open();
    await deploy(r, { name, model: modelDir('stable'), promote: 'production', who: 'ci' });
    await r.promote(name, 'staging', '1', { who: 'ci' });
    let killed = false;
    const err = (await deploy(r, {
      name,
      model: modelDir('big', 12_000_000),
      promote: 'production',
      who: 'ci',
      progress: (p) => {
        if (!killed && p.sent >= 3 << 20) {
          killed = true;
          void reg.kill();
        }
      },
    }).catch((e: unknown) => e)) as Error;
    expect(killed).toBe(true);
    expect(err).toBeInstanceOf(RemoteError);
    expect(err.message).toMatch(/cannot reach the registry 127\.0\.0\.1:\d+ .*; nothing was promoted: production is still at 1 \(sha256:/);
    await reg.start();
    const after = open();
    expect(await after.versions(name)).toEqual(['1']);
    expect(await after.aliases(name)).toMatchObject({ production: { version: '1' }, staging: { version: '1' } });
    expect((await after.history(name, 'production')).length).toBe(1);
  });
});
