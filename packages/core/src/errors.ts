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
  /** Every mistake found, in file order: this error alone, or each of a file's mistakes (see `all`). */
  readonly problems: ReadonlyArray<ConfigurationError>;
  constructor(message: string, location: SourceLocation = {}, options?: { cause?: unknown; problems?: ReadonlyArray<ConfigurationError> }) {
    super('config', message, location, options);
    this.name = 'ConfigurationError';
    this.problems = options?.problems ?? [this];
  }

  /**
   * Several mistakes as one error, ordered by file, line and column (those without a position last),
   * so a user fixes them all in one pass; one line each in `oneLine()`, one annotation each.
   */
  static all(problems: ReadonlyArray<ConfigurationError>): ConfigurationError {
    const flat = problems.flatMap((p) => p.problems);
    const seen = new Set<string>();
    const ordered = flat
      .map((p, i) => ({ p, i }))
      .sort((a, b) => byPosition(a.p.location, b.p.location) || a.i - b.i)
      .map(({ p }) => p)
      .filter((p) => !seen.has(p.oneLine()) && seen.add(p.oneLine()));
    if (ordered.length === 1) return ordered[0]!;
    const first = ordered[0]!;
    return new ConfigurationError(ordered.map((p) => p.oneLine()).join('\n'), first.location, { problems: ordered });
  }

  override oneLine(): string {
    return this.problems.length > 1 ? this.problems.map((p) => p.oneLine()).join('\n') : super.oneLine();
  }
}

function byPosition(a: SourceLocation, b: SourceLocation): number {
  if ((a.file ?? '') !== (b.file ?? '')) return (a.file ?? '\uffff') < (b.file ?? '\uffff') ? -1 : 1;
  const line = (a.line ?? Infinity) - (b.line ?? Infinity);
  if (line !== 0 && !Number.isNaN(line)) return line;
  const col = (a.column ?? Infinity) - (b.column ?? Infinity);
  return Number.isNaN(col) ? 0 : col;
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

/** What a user error is made of: each of a config's mistakes, or the error itself. */
export function problemsOf(e: UserError): ReadonlyArray<UserError> {
  return e instanceof ConfigurationError ? e.problems : [e];
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
