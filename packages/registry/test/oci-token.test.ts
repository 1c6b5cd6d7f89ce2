import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RemoteError } from '@mlgate/core';
import { openRegistry } from '../src/index.js';
import { OciRegistry, TokenServer } from '../../../test/support/oci-registry.js';
import { modelDir, tmp, uniqueName } from './suite.js';

const tokens = new TokenServer({ 'github-actions': 'ghs_workflowtoken123' });
let reg: OciRegistry;
beforeAll(async () => {
  if (!TokenServer.available()) return;
  await tokens.start();
  reg = await new OciRegistry({ token: tokens.registryAuth }).start();
});
afterAll(async () => {
  await reg?.stop();
  if (TokenServer.available()) await tokens.stop();
});

describe.skipIf(!TokenServer.available())('registry on oci:// with the Bearer token flow (as GHCR with the workflow token)', () => {
  it('gets a token for the repository scope from the realm and round-trips publish, promote, rollback, pull', async () => {
    const r = openRegistry(reg.url('acme'), { username: 'github-actions', password: 'ghs_workflowtoken123', oci: { settleMs: 100 } });
    const name = uniqueName();
    const src = modelDir('bearer', 300_000);
    await r.publish(name, { model: src, who: 'ci' });
    await r.publish(name, { model: modelDir('bearer2'), who: 'ci' });
    await r.promote(name, 'production', '1', { who: 'ci' });
    await r.promote(name, 'production', '2', { who: 'ci' });
    expect((await r.rollback(name, 'production', { who: 'ci', why: 'regression' })).to.version).toBe('1');
    const dest = tmp();
    await r.pull(name, 'production', dest);
    expect(readFileSync(join(dest, 'model.bin')).equals(readFileSync(join(src, 'model.bin')))).toBe(true);
    expect(tokens.requests.some((q) => q.scope === `repository:acme/${name}:pull,push` && q.user === 'github-actions')).toBe(true);
    // Tokens are cached per scope: a handful of token requests for dozens of registry requests.
    expect(tokens.requests.length).toBeLessThan(6);
  });

  it('says the token service refused a wrong password, without the password', async () => {
    const r = openRegistry(reg.url('acme'), { username: 'github-actions', password: 'not-the-Token-42' });
    const err = (await r.versions(uniqueName()).catch((e: unknown) => e)) as Error;
    expect(err).toBeInstanceOf(RemoteError);
    expect(err.message).toMatch(/token service of 127\.0\.0\.1:\d+ refused the credentials of user "github-actions"/);
    expect(err.message).not.toContain('not-the-Token-42');
  });

  it('says anonymous access was refused when no credentials are given', async () => {
    const r = openRegistry(reg.url('acme'));
    const err = (await r.versions(uniqueName()).catch((e: unknown) => e)) as Error;
    expect(err.message).toMatch(/refused anonymous access/);
  });
});
