import { AccountSASPermissions, AccountSASResourceTypes, AccountSASServices, BlobServiceClient, generateAccountSASQueryParameters, StorageSharedKeyCredential } from '@azure/storage-blob';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigurationError, RemoteError } from '@mlgate/core';
import { openRegistry } from '../src/index.js';
import { AzuriteServer } from '../../../test/support/object-stores.js';
import { objectStoreBehaviour } from './store-suite.js';
import { modelDir, uniqueName } from './suite.js';

const azurite = new AzuriteServer(['models']);
const account = AzuriteServer.account;
const url = `azblob://${account}/models/ml/registry`;
const container = () => BlobServiceClient.fromConnectionString(azurite.connectionString()).getContainerClient('models');

beforeAll(async () => {
  await azurite.start();
  process.env.AZURE_STORAGE_CONNECTION_STRING = azurite.connectionString();
});
afterAll(() => azurite.stop());

async function read(key: string): Promise<Buffer> {
  return container().getBlockBlobClient(key).downloadToBuffer();
}

/** A SAS for the whole account, as `az storage account generate-sas` gives one. */
function sas(permissions = 'rwdlac'): string {
  const cred = new StorageSharedKeyCredential(account, AzuriteServer.key);
  return generateAccountSASQueryParameters({ services: AccountSASServices.parse('b').toString(), resourceTypes: AccountSASResourceTypes.parse('sco').toString(), permissions: AccountSASPermissions.parse(permissions), expiresOn: new Date(Date.now() + 3600_000) }, cred).toString();
}

describe('registry on azblob:// (Azurite on loopback; ETag conditions applied by the emulator)', () => {
  objectStoreBehaviour({
    url,
    prefix: 'ml/registry',
    open: (opts) => openRegistry(url, { ...opts, store: { partSize: 4 << 20, ...opts?.store } }),
    read,
    // No crashStore: Azurite killed forgets its containers (its metadata is saved in the background); the killed-process test covers the push.
    write: async (key, bytes) => void (await container().getBlockBlobClient(key).upload(bytes, bytes.length)),
    keys: async (prefix) => {
      const out: string[] = [];
      for await (const b of container().listBlobsFlat({ prefix })) out.push(b.name);
      return out;
    },
  });

  it('works with a SAS (connection string of the SAS form) and says when the SAS may not write', async () => {
    const saved = process.env.AZURE_STORAGE_CONNECTION_STRING;
    const masked: string[] = [];
    try {
      const token = sas();
      process.env.AZURE_STORAGE_CONNECTION_STRING = `BlobEndpoint=${azurite.endpoint};SharedAccessSignature=${token}`;
      const r = openRegistry(url, { secret: (v) => masked.push(v) });
      expect(masked).toEqual([token]);
      const name = uniqueName();
      await r.publish(name, { model: modelDir('sas'), who: 'ci' });
      expect((await r.promote(name, 'production', '1', { who: 'ci' })).moved).toBe(true);
      process.env.AZURE_STORAGE_CONNECTION_STRING = `BlobEndpoint=${azurite.endpoint};SharedAccessSignature=${sas('rl')}`;
      const err = (await openRegistry(url).publish(uniqueName(), { model: modelDir('ro'), who: 'ci' }).catch((e: unknown) => e)) as Error;
      expect(err).toBeInstanceOf(RemoteError);
      expect(err.message).toMatch(/refused these Azure Storage credentials to (write|upload) .*\(403 .*check the connection string or SAS/);
      expect(err.message).not.toContain('sig=');
    } finally {
      process.env.AZURE_STORAGE_CONNECTION_STRING = saved;
    }
  });

  it('masks the account key, names what to set without credentials, and refuses a mismatched account or a bad URL', async () => {
    const masked: string[] = [];
    openRegistry(url, { secret: (v) => masked.push(v) });
    expect(masked).toEqual([AzuriteServer.key]);
    await expect(openRegistry('azblob://otheraccount/models/x').versions('m')).rejects.toThrow(/AZURE_STORAGE_CONNECTION_STRING is for account "devstoreaccount1", but the registry azblob:\/\/otheraccount\/models\/x names account "otheraccount"/);
    await expect(openRegistry(`azblob://${account}/no-such-container/x`).versions('m')).rejects.toThrow(/the container no-such-container of .* does not exist/);
    const saved = process.env.AZURE_STORAGE_CONNECTION_STRING;
    delete process.env.AZURE_STORAGE_CONNECTION_STRING;
    try {
      const err = (await openRegistry(url).versions('m').catch((e: unknown) => e)) as Error;
      expect(err).toBeInstanceOf(ConfigurationError);
      expect(err.message).toMatch(/no Azure Storage credentials for azblob:\/\/devstoreaccount1\/models\/ml\/registry: set AZURE_STORAGE_CONNECTION_STRING, or AZURE_STORAGE_SAS_TOKEN/);
    } finally {
      process.env.AZURE_STORAGE_CONNECTION_STRING = saved;
    }
    expect(() => openRegistry(`azblob://${account}`)).toThrow(/name a container after the account/);
    expect(() => openRegistry(`azblob://${account}/models/x?sv=2024&sig=SECRET`)).toThrow(/no query or fragment in the URL/);
    expect(() => openRegistry(`azblob://${account}/models/x?sv=2024&sig=SECRET`)).not.toThrow(/SECRET/);
  });
});
