import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './support/run-action.js';

// Names only the SDKs' code holds: a command of @aws-sdk/client-s3, a client class of @azure/storage-blob.
const S3_MARK = 'ListObjectsV2Command';
const AZURE_MARK = 'BlockBlobClient';

describe('the S3 and Azure Blob SDKs stay off the start-up path', () => {
  for (const action of ['deploy', 'eval-gate', 'monitor']) {
    it(`${action}: dist/index.js holds neither SDK; chunks loaded on first use do`, () => {
      const dist = join(ROOT, 'actions', action, 'dist');
      const entry = readFileSync(join(dist, 'index.js'), 'utf8');
      const chunks = readdirSync(dist)
        .filter((f) => /^\d+\.index\.js$/.test(f))
        .map((f) => readFileSync(join(dist, f), 'utf8'));
      expect(entry).not.toContain(S3_MARK);
      expect(entry).not.toContain(AZURE_MARK);
      expect(chunks.some((c) => c.includes(S3_MARK))).toBe(true);
      expect(chunks.some((c) => c.split(AZURE_MARK).length > 10)).toBe(true);
    });
  }
});
