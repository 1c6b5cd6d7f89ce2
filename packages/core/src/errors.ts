/**
 * Errors a user can fix (bad config, bad data, bad input) carry where the problem is.
 * Anything else that reaches the action boundary is a bug in mlgate and is reported as one.
 */
export interface SourceLocation {
  file?: string;
  line?: number;
  column?: number;
  /** Dotted path of the config key or the name of the data column. */
  field?: string;
}

export type UserErrorKind = 'config' | 'data' | 'input' | 'remote';

export class UserError extends Error {
  readonly kind: UserErrorKind;
  readonly location: SourceLocation;
  constructor(kind: UserErrorKind, message: string, location: SourceLocation = {}, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'UserError';
    this.kind = kind;
    this.location = location;
  }

  /** `file:line:column: message` (the parts that are known), one line. */
  oneLine(): string {
    return formatLocated(this.message, this.location);
  }
}

/** A config file or action input that does not say what mlgate needs. */
export class ConfigurationError extends UserError {
  constructor(message: string, location: SourceLocation = {}, options?: { cause?: unknown }) {
    super('config', message, location, options);
    this.name = 'ConfigurationError';
  }
}

/** Data (predictions, tables, metrics files) that cannot be read or does not fit the config. */
export class DataError extends UserError {
  constructor(message: string, location: SourceLocation = {}, options?: { cause?: unknown }) {
    super('data', message, location, options);
    this.name = 'DataError';
  }
}

/** A remote service (GitHub, a registry, a model server) that refused or failed. */
export class RemoteError extends UserError {
  constructor(message: string, location: SourceLocation = {}, options?: { cause?: unknown }) {
    super('remote', message, location, options);
    this.name = 'RemoteError';
  }
}

export function isUserError(e: unknown): e is UserError {
  return e instanceof UserError;
}

export function formatLocated(message: string, loc: SourceLocation): string {
  let where = '';
  if (loc.file) {
    where = loc.file;
    if (loc.line !== undefined) {
      where += `:${loc.line}`;
      if (loc.column !== undefined) where += `:${loc.column}`;
    }
  }
  // with a file position the line says where; without one, the field does
  const field = loc.field && loc.line === undefined && !message.includes(loc.field) ? ` (${loc.field})` : '';
  const text = `${message}${field}`.replace(/\s*\n\s*/g, ' ');
  return where ? `${where}: ${text}` : text;
}
