/** Why a request got no usable answer. Every kind is counted and reported, none stops the run. */
export type FaultKind =
  | 'timeout' // no answer within the per-request timeout
  | 'http-status' // a non-2xx status (5xx after its retries)
  | 'connection' // refused, reset or closed before an answer (after its retries)
  | 'malformed' // the answer is not JSON
  | 'too-large' // the answer is longer than the cap on one answer (MAX_ANSWER_BYTES)
  | 'missing-path' // the answer has no value at the answer path
  | 'exited' // the command model is no longer running
  | 'missing-answer' // a `file:` holds fewer answers than there are inputs
  | 'not-sent'; // the endpoint failed too often in a row; the rest was not sent

export const FAULT_KINDS: FaultKind[] = ['timeout', 'http-status', 'connection', 'malformed', 'missing-path', 'exited', 'missing-answer', 'not-sent', 'too-large'];

/** The cap on one answer (an HTTP body or a `command:` line): 16 MiB. A longer one is a `too-large` fault of its request, read no further. */
export const MAX_ANSWER_BYTES = 16 * 1024 * 1024;

/** What one endpoint did with one request. `answer` is the whole parsed answer (a batch's row). */
export type CallResult =
  | { ok: true; answer: unknown; ms: number | undefined; retries: number; /** `answer` is one row of a batch answer */ row?: boolean }
  | { ok: false; kind: FaultKind; message: string; ms: number | undefined; retries: number };

/** One recorded request: its position in the inputs, its body, and its source line for messages. */
export interface Request {
  index: number;
  line: number;
  /** The request as a value (CSV rows); JSON Lines requests keep only their `text`. */
  body: unknown;
  /** The request as it was recorded (a JSON Lines line), sent as is. */
  text?: string;
}

/**
 * A model behind one interface: an HTTP(S) URL, a long-lived command speaking JSON lines, or a file
 * of answers recorded earlier. `call` never throws: every failure is an CallResult.
 */
export interface Endpoint {
  readonly kind: 'http' | 'command' | 'file';
  /** What to show in reports and logs (no secrets). */
  readonly label: string;
  start(): Promise<void>;
  call(batch: Request[]): Promise<CallResult[]>;
  /** Stop processes and sockets; returns notes worth a warning (e.g. extra answers in a file). */
  close(): Promise<string[]>;
}

export function fault(kind: FaultKind, message: string, ms: number | undefined, retries = 0): CallResult {
  return { ok: false, kind, message, ms, retries };
}
