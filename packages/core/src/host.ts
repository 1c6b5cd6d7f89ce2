import type { SourceLocation } from './errors.js';

/**
 * Everything the runner does to the outside world, so the same run works on a GitHub runner,
 * in the terminal and in tests.
 */
export interface Host {
  input(name: string): string | undefined;
  setOutput(name: string, value: string): void;
  info(message: string): void;
  notice(message: string, loc?: SourceLocation): void;
  warning(message: string, loc?: SourceLocation): void;
  error(message: string, loc?: SourceLocation): void;
  debug(message: string): void;
  /** Append Markdown to the job summary (no-op where there is none). */
  summary(markdown: string): Promise<void>;
  setSecret(value: string): void;
  /** Where report files go when the user did not say. */
  outDir(tool: string, name: string): string;
  exit(code: number): void;
}
