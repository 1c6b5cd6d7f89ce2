import { RemoteError } from '@mlgate/core';

/** A compare-and-swap lost: the alias was not where the caller saw it, or another move held it. Nothing changed. */
export class AliasConflictError extends RemoteError {
  constructor(message: string) {
    super(message, { field: 'alias' });
    this.name = 'AliasConflictError';
  }
}
