import type { Readable } from 'node:stream';
import type { Progress } from '../backend.js';

/** A write's condition, as both S3 and Azure Blob express it: create only, or replace only this ETag. */
export type WriteCondition = { ifNoneMatch: '*' } | { ifMatch: string };

/** The store refused a conditional write: the object exists (create only) or has changed (ETag). */
export class PreconditionFailed extends Error {
  constructor(readonly key: string) {
    super(`the conditional write of ${key} was refused: it changed since it was read`);
    this.name = 'PreconditionFailed';
  }
}

/**
 * The few operations mlgate needs of a bucket or container (keys are relative to the registry's
 * prefix). Implemented over `@aws-sdk/client-s3` (`s3.ts`) and `@azure/storage-blob` (`azure.ts`),
 * each loaded only when a registry URL of its scheme is opened.
 */
export interface ObjectStore {
  /** The object's bytes and ETag, or undefined when it does not exist. */
  get(key: string): Promise<{ bytes: Buffer; etag: string } | undefined>;
  stream(key: string): Promise<Readable | undefined>;
  /** The object's size, or undefined when it does not exist. */
  size(key: string): Promise<number | undefined>;
  /** Write a small object whole; with a condition, throw `PreconditionFailed` when the store refuses it. Returns the new ETag. */
  put(key: string, body: Buffer, contentType: string, condition?: WriteCondition): Promise<string>;
  /** Upload a file (multipart / blocks for large ones): the object appears whole or not at all. */
  upload(key: string, file: string, size: number, progress?: (sent: number) => void): Promise<void>;
  /** Every key under `prefix`, with `delimiter` the common prefixes below it instead of their keys. */
  list(prefix: string, delimiter?: string): Promise<{ keys: string[]; prefixes: string[] }>;
}

export type { Progress };
