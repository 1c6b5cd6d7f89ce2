/** An expectation's arguments are wrong (GE raises at configuration time). */
export class ArgumentError extends Error {
  constructor(
    message: string,
    readonly field?: string,
  ) {
    super(message);
  }
}
