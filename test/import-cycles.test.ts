import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { ROOT } from './support/run-action.js';

/**
 * No source file imports a file that (directly or through others) imports it back. The graph is
 * every relative `import`/`export … from`/`import()` (type-only ones included) between the .ts files
 * of packages/<name>/src and actions/<name>/src; a cycle is a strongly connected component of more
 * than one file, or a file importing itself.
 */

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir)) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) out.push(...sourceFiles(path));
    else if (entry.endsWith('.ts') && !entry.endsWith('.d.ts')) out.push(path);
  }
  return out;
}

/** `./x.js` → `./x.ts`, `./dir` → `./dir/index.ts`; undefined when nothing matches. */
function resolveSpecifier(from: string, spec: string): string | undefined {
  const base = resolve(dirname(from), spec);
  const candidates = [base.replace(/\.js$/, '.ts'), base.replace(/\.mjs$/, '.mts'), base, `${base}.ts`, join(base, 'index.ts')];
  return candidates.find((c) => existsSync(c) && statSync(c).isFile());
}

export function importGraph(files: string[]): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of files) {
    const info = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
    const targets = info.importedFiles
      .map((f) => f.fileName)
      .filter((s) => s.startsWith('./') || s.startsWith('../'))
      .map((s) => resolveSpecifier(file, s))
      .filter((t): t is string => t !== undefined);
    graph.set(file, [...new Set(targets)]);
  }
  return graph;
}

/** Tarjan's strongly connected components, each returned as one cycle path through its files. */
export function findCycles(graph: Map<string, string[]>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const components: string[][] = [];
  let counter = 0;
  const visit = (v: string): void => {
    index.set(v, counter);
    low.set(v, counter);
    counter++;
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const scc: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        scc.push(w);
      } while (w !== v);
      if (scc.length > 1 || (graph.get(v) ?? []).includes(v)) components.push(scc);
    }
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return components.map((scc) => cyclePath(graph, scc));
}

/** A closed walk inside one component, from its first file back to it (breadth-first, shortest). */
function cyclePath(graph: Map<string, string[]>, scc: string[]): string[] {
  const members = new Set(scc);
  const start = [...scc].sort()[0]!;
  const prev = new Map<string, string>();
  const queue = [start];
  while (queue.length > 0) {
    const v = queue.shift()!;
    for (const w of graph.get(v) ?? []) {
      if (!members.has(w)) continue;
      if (w === start) {
        const path = [start];
        for (let u = v; u !== start; u = prev.get(u)!) path.splice(1, 0, u);
        return [...path, start];
      }
      if (!prev.has(w)) {
        prev.set(w, v);
        queue.push(w);
      }
    }
  }
  return [...scc, scc[0]!];
}

const roots = ['packages', 'actions'].flatMap((top) =>
  readdirSync(join(ROOT, top))
    .map((name) => join(ROOT, top, name, 'src'))
    .filter((dir) => existsSync(dir)),
);

describe('import graph', () => {
  it('finds a cycle of any length and names its path', () => {
    const g = new Map([
      ['a', ['b']],
      ['b', ['c']],
      ['c', ['a', 'd']],
      ['d', []],
      ['e', ['e']],
    ]);
    expect(findCycles(g)).toEqual(expect.arrayContaining([['a', 'b', 'c', 'a'], ['e', 'e']]));
    expect(findCycles(g)).toHaveLength(2);
    expect(findCycles(new Map([['a', ['b']], ['b', []]]))).toEqual([]);
  });

  it('resolves .js specifiers to the .ts sources', () => {
    const file = join(ROOT, 'packages', 'core', 'src', 'index.ts');
    expect(importGraph([file]).get(file)!.length).toBeGreaterThan(0);
  });

  it('packages/*/src and actions/*/src have no import cycles', () => {
    const files = roots.flatMap(sourceFiles);
    expect(files.length).toBeGreaterThan(50);
    const cycles = findCycles(importGraph(files)).map((c) => c.map((f) => relative(ROOT, f)).join(' → '));
    // one cycle is named per strongly connected component; fixing it may show another in the same component
    expect(cycles, `import cycles:\n${cycles.join('\n')}`).toEqual([]);
  });
});
