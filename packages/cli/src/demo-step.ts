import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** One step of the demo: an mlgate command on the example, as a user's workflow would run it. */
export interface DemoStep {
  title: string;
  /** An mlgate command, or `node` for the user's own script (training) run with this Node. */
  command: string;
  args: (ex: string, out: string) => string[];
  /** A step may need a peer that is not always there (e.g. Python with scikit-learn). */
  when?: () => boolean;
  /** The demo shows a failing gate on purpose: its exit code 1 is expected. */
  expectFailure?: boolean;
  /** What the page calls the report (default: "Pull request comment", or "Output" for a script or a command with no report). */
  label?: string;
  /** The first step of a part of the demo: the part's heading and what it shows. */
  part?: { title: string; intro: string };
  /** Where the step's report goes when its command has no `--out` (its printed output is kept there). */
  dir?: string;
  /** The Markdown the page shows for the step, in its directory (default comment.md; a step without `--out` shows its output). */
  markdown?: string;
  /** What the step must have done besides its exit code, read from what it wrote; the problem, if any. */
  check?: (run: StepRun) => string | undefined;
  /** The status the page shows when the step behaved as expected (default: passed). */
  outcome?: (run: StepRun) => string;
}

/** A step that ran: its directory, the example and the demo's output directory, what it printed. */
export interface StepRun {
  dir: string;
  ex: string;
  out: string;
  output: string;
}

/** The report.json a step wrote in `dir` (undefined when there is none). */
export function reportIn(dir: string): { status?: string; data?: Record<string, unknown> } | undefined {
  const f = join(dir, 'report.json');
  return existsSync(f) ? (JSON.parse(readFileSync(f, 'utf8')) as { status?: string; data?: Record<string, unknown> }) : undefined;
}
