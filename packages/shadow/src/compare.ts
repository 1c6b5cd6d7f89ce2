import { FAULT_KINDS, type FaultKind, type CallResult, type Request } from './types.js';
import { MISSING, valueAt, type Segment } from './path.js';
import { psi, Quantiles, Reservoir, TopK } from './stats.js';

export type Role = 'candidate' | 'production' | 'production-secondary';
export type Task = 'classification' | 'regression';

/** An outcome with the prediction read from the answer (a missing path becomes a fault). */
export type Answered = (CallResult & { ok: false }) | { ok: true; value: unknown; score: number | undefined; ms: number | undefined; retries: number };

export function readAnswer(o: CallResult, value: Segment[], score: Segment[] | undefined, pathText: { value: string; score?: string }): Answered {
  if (!o.ok) return o;
  const row = o.row === true;
  const v = valueAt(o.answer, value, row);
  if (v === MISSING || v === undefined) return { ok: false, kind: 'missing-path', message: `the answer has no value at "${pathText.value || '$'}": ${preview(o.answer, 120)}`, ms: o.ms, retries: o.retries };
  let s: number | undefined;
  if (score) {
    const sv = valueAt(o.answer, score, row);
    if (sv === MISSING || typeof sv !== 'number' || !Number.isFinite(sv)) return { ok: false, kind: 'missing-path', message: `the answer has no number at "${pathText.score}": ${preview(o.answer, 120)}`, ms: o.ms, retries: o.retries };
    s = sv;
  }
  return { ok: true, value: v, score: s, ms: o.ms, retries: o.retries };
}

export function preview(v: unknown, max = 300): string {
  let s: string;
  try {
    s = typeof v === 'string' ? JSON.stringify(v) : (JSON.stringify(v) ?? String(v));
  } catch {
    s = String(v);
  }
  return s.length > max ? s.slice(0, max - 1) + '…' : s;
}

export interface FaultExample {
  index: number;
  line: number;
  kind: FaultKind;
  message: string;
}

/** Operational figures of one endpoint. */
export class RoleStats {
  requests = 0;
  ok = 0;
  faults: Record<FaultKind, number> = Object.fromEntries(FAULT_KINDS.map((k) => [k, 0])) as Record<FaultKind, number>;
  retried = 0;
  retries = 0;
  latency = new Quantiles();
  examples: FaultExample[] = [];
  private perKind = new Map<FaultKind, number>();

  add(r: Request, a: Answered): void {
    this.requests++;
    if (a.retries > 0) {
      this.retried++;
      this.retries += a.retries;
    }
    if (a.ms !== undefined && (a.ok || a.kind !== 'not-sent')) this.latency.add(a.ms);
    if (a.ok) {
      this.ok++;
      return;
    }
    this.faults[a.kind]++;
    const n = this.perKind.get(a.kind) ?? 0;
    if (n < 3) this.examples.push({ index: r.index, line: r.line, kind: a.kind, message: a.message.slice(0, 300) });
    this.perKind.set(a.kind, n + 1);
  }

  summary() {
    const errors = this.requests - this.ok;
    const lat = this.latency.count > 0;
    return {
      requests: this.requests,
      ok: this.ok,
      errors,
      error_rate: this.requests ? errors / this.requests : NaN,
      timeout_rate: this.requests ? this.faults.timeout / this.requests : NaN,
      faults: Object.fromEntries(Object.entries(this.faults).filter(([, n]) => n > 0)),
      retried: this.retried,
      retries: this.retries,
      latency: lat ? { p50: this.latency.quantile(0.5), p95: this.latency.quantile(0.95), p99: this.latency.quantile(0.99), mean: this.latency.mean, max: this.latency.max, exact: this.latency.exact } : undefined,
      examples: this.examples,
    };
  }
}
export type RoleSummary = ReturnType<RoleStats['summary']>;

const MAX_LABELS = 30;

/** How one model's answers differ from production's on the inputs both answered. */
export class PairStats {
  compared = 0;
  labeled = 0;
  agree = 0;
  differ = 0;
  flips = new Map<string, Map<string, number>>();
  labelsCut = false;
  delta = new Quantiles();
  beyond = 0;
  sample = new Reservoir<[number, number]>();

  /** Adds one input; returns whether the two answers differ (label or |Δ| beyond tolerance). */
  add(base: { label?: string; num?: number }, other: { label?: string; num?: number }, tolerance: number): boolean {
    this.compared++;
    let differs = false;
    if (base.label !== undefined && other.label !== undefined) {
      this.labeled++;
      if (base.label === other.label) this.agree++;
      else differs = true;
      let row = this.flips.get(base.label);
      if (!row) {
        if (this.flips.size >= MAX_LABELS) this.labelsCut = true;
        else this.flips.set(base.label, (row = new Map()));
      }
      if (row) {
        if (row.has(other.label) || row.size < MAX_LABELS) row.set(other.label, (row.get(other.label) ?? 0) + 1);
        else this.labelsCut = true;
      }
    }
    if (base.num !== undefined && other.num !== undefined) {
      const d = Math.abs(other.num - base.num);
      this.delta.add(d);
      if (d > tolerance) {
        this.beyond++;
        differs = true;
      }
      this.sample.add([base.num, other.num]);
    }
    if (differs) this.differ++;
    return differs;
  }

  summary(tolerance: number) {
    const n = this.delta.count;
    const p = n ? psi(this.sample.items.map((x) => x[0]), this.sample.items.map((x) => x[1])) : undefined;
    return {
      compared: this.compared,
      differ: this.differ,
      agreement: this.labeled ? this.agree / this.labeled : undefined,
      labeled: this.labeled,
      flips: this.labeled ? [...this.flips].map(([from, row]) => ({ from, to: Object.fromEntries(row) })) : undefined,
      flipsCut: this.labelsCut,
      delta: n
        ? { count: n, mean: this.delta.mean, p50: this.delta.quantile(0.5), p95: this.delta.quantile(0.95), max: this.delta.max, beyond: this.beyond, beyond_share: this.beyond / n, tolerance, exact: this.delta.exact }
        : undefined,
      psi: p ? { ...p, sampled: this.sample.seen > this.sample.items.length, sample: this.sample.items.length } : undefined,
    };
  }
}
export type PairSummary = ReturnType<PairStats['summary']>;

export interface Divergent {
  index: number;
  line: number;
  input: string;
  production: string;
  candidate: string;
  delta?: number;
  flipped: boolean;
}

export interface ComparisonOptions {
  task: Task | 'auto';
  tolerance: number;
  threshold?: number;
  divergent: number;
  secondary: boolean;
  /** Inputs are held against a training profile: compare the models apart on novel and familiar inputs. */
  novelty?: boolean;
}

/**
 * Everything measured in one replay, in memory bounded by the options (not by the number of
 * requests): counts, sketches of |Δ| and latency, a fixed-size sample for PSI, the top-N divergent.
 */
export class Comparison {
  readonly roles: Record<Role, RoleStats> = { candidate: new RoleStats(), production: new RoleStats(), 'production-secondary': new RoleStats() };
  /** Candidate against production, on every input both answered. */
  readonly raw = new PairStats();
  /** Candidate against production, on inputs where production agrees with itself (with a secondary). */
  readonly clean = new PairStats();
  /** Secondary against production: the noise. */
  readonly noise = new PairStats();
  /** Candidate against production on inputs with a value training never saw, and on the others (models disagree most where neither has seen data). */
  readonly novel = new PairStats();
  readonly familiar = new PairStats();
  noisy = 0;
  task: Task | undefined;
  readonly top: TopK<Divergent>;
  inputs = 0;

  constructor(readonly o: ComparisonOptions) {
    this.task = o.task === 'auto' ? undefined : o.task;
    this.top = new TopK(o.divergent);
  }

  private view(a: Answered & { ok: true }): { label?: string; num?: number } {
    if (!this.task) this.task = typeof a.value === 'number' && !Number.isInteger(a.value) ? 'regression' : 'classification';
    if (this.task === 'classification') return { label: labelOf(a.value), num: a.score };
    const num = typeof a.value === 'number' && Number.isFinite(a.value) ? a.value : undefined;
    const label = num !== undefined && this.o.threshold !== undefined ? (num >= this.o.threshold ? `≥ ${this.o.threshold}` : `< ${this.o.threshold}`) : num === undefined ? labelOf(a.value) : undefined;
    return { label, num };
  }

  add(r: Request, answers: Partial<Record<Role, Answered>>, novel?: boolean): void {
    this.inputs++;
    const prod = answers.production;
    const cand = answers.candidate;
    const sec = answers['production-secondary'];
    // the roles in the order they were given (as Object.entries would), without its arrays
    for (const role in answers) this.roles[role as Role].add(r, answers[role as Role]!);
    if (!prod?.ok) return;
    const pv = this.view(prod);
    let noisy = false;
    if (sec?.ok) noisy = this.noise.add(pv, this.view(sec), this.o.tolerance);
    if (noisy) this.noisy++;
    if (!cand?.ok) return;
    const cv = this.view(cand);
    const differs = this.raw.add(pv, cv, this.o.tolerance);
    if (!noisy) this.clean.add(pv, cv, this.o.tolerance);
    if (novel !== undefined) (novel ? this.novel : this.familiar).add(pv, cv, this.o.tolerance);
    if (!differs || noisy) return;
    const flipped = pv.label !== undefined && cv.label !== undefined && pv.label !== cv.label;
    const delta = pv.num !== undefined && cv.num !== undefined ? Math.abs(cv.num - pv.num) : undefined;
    const key = (flipped ? 1e12 : 0) + (delta ?? 0);
    if (!this.top.accepts(key)) return;
    this.top.add(key, { index: r.index, line: r.line, input: preview(r.text !== undefined ? JSON.parse(r.text) : r.body, 300), production: show(prod), candidate: show(cand), delta, flipped });
  }

  summary() {
    return {
      task: this.task ?? (this.o.task === 'auto' ? 'classification' : this.o.task),
      inputs: this.inputs,
      tolerance: this.o.tolerance,
      threshold: this.o.threshold,
      roles: {
        candidate: this.roles.candidate.summary(),
        production: this.roles.production.summary(),
        ...(this.o.secondary ? { 'production-secondary': this.roles['production-secondary'].summary() } : {}),
      } as Partial<Record<Role, RoleSummary>>,
      comparison: this.raw.summary(this.o.tolerance),
      noise: this.o.secondary ? { noisy: this.noisy, pair: this.noise.summary(this.o.tolerance), clean: this.clean.summary(this.o.tolerance) } : undefined,
      byNovelty: this.o.novelty ? { novel: this.novel.summary(this.o.tolerance), familiar: this.familiar.summary(this.o.tolerance) } : undefined,
      divergent: this.top.sorted(),
    };
  }
}
export type ComparisonSummary = ReturnType<Comparison['summary']>;

function labelOf(v: unknown): string {
  return typeof v === 'string' ? v : preview(v, 80);
}

function show(a: Answered & { ok: true }): string {
  return preview(a.value, 120) + (a.score !== undefined ? ` (score ${+a.score.toPrecision(6)})` : '');
}
