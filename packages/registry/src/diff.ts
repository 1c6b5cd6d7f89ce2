import * as z from 'zod/mini';
import type { DataFile } from './data-lineage.js';
import { dvcHash, type DvcRecord } from './dvc.js';
import type { Registry, VersionInfo } from './registry.js';

export interface Change<T> {
  key: string;
  before?: T;
  after?: T;
}

/** What changed between two versions of a model: data, metrics, code, model files. */
export interface VersionDiff {
  name: string;
  a: { version: string; digest: string };
  b: { version: string; digest: string };
  /** The model files themselves (the content digest). */
  sameFiles: boolean;
  /** The data digests: `undefined` on a side that recorded no data. */
  data: { a?: string; b?: string; files: Array<Change<DataFile>>; dvc: Array<Change<DvcRecord>> };
  metrics: Array<{ name: string; a?: number; b?: number }>;
  commit: { a?: string; b?: string };
}

/** The metrics an eval-gate report kept with a version holds (read from the registry, so checked). */
const evaluationMetrics = z.object({ data: z.object({ metrics: z.array(z.object({ name: z.string(), candidate: z.optional(z.nullable(z.number())) })) }) });

async function metricsOf(r: Registry, v: VersionInfo): Promise<Map<string, number>> {
  const out = new Map<string, number>();
  const parsed = z.safeParse(evaluationMetrics, await r.attachment(v.name, v, 'evaluation'));
  if (parsed.success) for (const m of parsed.data.data.metrics) if (typeof m.candidate === 'number') out.set(m.name, m.candidate);
  return out;
}

function changes<T>(a: T[], b: T[], key: (x: T) => string, same: (x: T, y: T) => boolean): Array<Change<T>> {
  const before = new Map(a.map((x) => [key(x), x]));
  const after = new Map(b.map((x) => [key(x), x]));
  const out: Array<Change<T>> = [];
  for (const k of [...new Set([...before.keys(), ...after.keys()])].sort()) {
    const x = before.get(k);
    const y = after.get(k);
    if (x && y && same(x, y)) continue;
    out.push({ key: k, ...(x ? { before: x } : {}), ...(y ? { after: y } : {}) });
  }
  return out;
}

const dvcKey = (r: DvcRecord) => `${r.file}${r.stage ? `:${r.stage}` : ''} ${r.kind} ${r.path}`;

/** Compare two versions of one model: their data (mlgate's digests and DVC's), the evaluation's metrics and the commit. */
export async function diffVersions(r: Registry, name: string, refA: string, refB: string): Promise<VersionDiff> {
  const [a, b] = [await r.resolve(name, refA, 'a'), await r.resolve(name, refB, 'b')];
  const [ma, mb] = [await metricsOf(r, a), await metricsOf(r, b)];
  const da = a.lineage.data;
  const db = b.lineage.data;
  return {
    name,
    a: { version: a.version, digest: a.digest },
    b: { version: b.version, digest: b.digest },
    sameFiles: a.lineage.contentDigest === b.lineage.contentDigest,
    data: {
      a: da?.digest,
      b: db?.digest,
      files: changes(da?.files ?? [], db?.files ?? [], (f) => f.path, (x, y) => x.digest === y.digest),
      dvc: changes(da?.dvc ?? [], db?.dvc ?? [], dvcKey, (x, y) => dvcHash(x) === dvcHash(y)),
    },
    metrics: [...new Set([...ma.keys(), ...mb.keys()])].sort().map((m) => ({ name: m, a: ma.get(m), b: mb.get(m) })),
    commit: { a: a.lineage.source.commit, b: b.lineage.source.commit },
  };
}

const short = (d: string | undefined) => (d ? d.replace(/^sha256:/, '').slice(0, 12) : '(none)');
const num = (v: number | undefined) => (v === undefined ? '—' : String(Number(v.toPrecision(6))));

/** The diff for a terminal: one line per change, nothing for what stayed the same but a summary line. */
export function renderDiff(d: VersionDiff): string {
  const lines = [`${d.name} ${d.a.version} → ${d.b.version}`];
  lines.push(`  model files ${d.sameFiles ? 'identical' : 'changed'}`);
  lines.push(d.commit.a === d.commit.b ? `  commit      ${d.commit.a ?? '(not recorded)'} (same)` : `  commit      ${d.commit.a ?? '(not recorded)'} → ${d.commit.b ?? '(not recorded)'}`);
  if (d.data.a === d.data.b) lines.push(`  data        ${d.data.a ? `identical (${short(d.data.a)})` : 'not recorded on either version'}`);
  else {
    lines.push(`  data        ${short(d.data.a)} → ${short(d.data.b)}`);
    for (const c of d.data.files) {
      const what = !c.before ? 'added  ' : !c.after ? 'removed' : 'changed';
      lines.push(`    ${what} ${c.key}  ${c.before ? `${short(c.before.digest)} ${c.before.size} B` : ''}${c.before && c.after ? ' → ' : ''}${c.after ? `${short(c.after.digest)} ${c.after.size} B` : ''}`);
    }
    for (const c of d.data.dvc) {
      const what = !c.before ? 'added  ' : !c.after ? 'removed' : 'changed';
      lines.push(`    ${what} ${c.key} (DVC)  ${c.before ? dvcHash(c.before) : ''}${c.before && c.after ? ' → ' : ''}${c.after ? dvcHash(c.after) : ''}`);
    }
  }
  if (!d.metrics.length) lines.push('  metrics     no evaluation kept with either version');
  else {
    lines.push('  metrics');
    for (const m of d.metrics) {
      const delta = m.a !== undefined && m.b !== undefined ? `  (${m.b - m.a >= 0 ? '+' : ''}${num(m.b - m.a)})` : '';
      lines.push(`    ${m.name.padEnd(20)} ${num(m.a).padStart(10)} → ${num(m.b).padEnd(10)}${delta}`);
    }
  }
  return lines.join('\n');
}
