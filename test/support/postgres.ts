import { execFileSync, spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';
import { chownSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { freePort } from './server-process.js';

/**
 * A real PostgreSQL server for tests: Debian's `postgresql` (the newest /usr/lib/postgresql/N/bin),
 * one `initdb` per test process (a template cluster, copied for each server: ≈0.1 s), each server on
 * 127.0.0.1 and a free port, its unix socket, data and log in a temporary folder. As root (CI) the
 * server runs as the `postgres` user. Every statement is logged (`log_statement=all`, jsonlog) so a
 * test can count what a runner sent: `mark()`, then `statementsSince(mark)`.
 */

const HARNESS_APP = 'mlgate-test-harness';
const MARK = 'mlgate-harness-mark';

/** The newest installed PostgreSQL bin directory (Debian: /usr/lib/postgresql/<major>/bin), or undefined. */
export function postgresBin(): string | undefined {
  if (process.env.MLGATE_PG_BIN) return process.env.MLGATE_PG_BIN;
  const base = '/usr/lib/postgresql';
  if (!existsSync(base)) return undefined;
  const majors = readdirSync(base).filter((v) => existsSync(join(base, v, 'bin', 'initdb'))).sort((a, b) => Number(b) - Number(a));
  return majors.length ? join(base, majors[0]!, 'bin') : undefined;
}

export function postgresAvailable(): boolean {
  return postgresBin() !== undefined;
}

/** As root, run the server's programs as the `postgres` user (initdb and postgres refuse root). */
function serverUser(): { uid: number; gid: number } | undefined {
  if (process.getuid?.() !== 0) return undefined;
  const id = (flag: string) => Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8' }).trim());
  return { uid: id('-u'), gid: id('-g') };
}

function run(file: string, args: string[], opts: SpawnOptions = {}): Promise<string> {
  return new Promise((res, rej) => {
    const user = serverUser();
    const child = spawn(file, args, { stdio: ['ignore', 'pipe', 'pipe'], ...user, ...opts });
    let out = '';
    child.stdout!.on('data', (d) => (out += d));
    child.stderr!.on('data', (d) => (out += d));
    child.once('error', rej);
    child.once('exit', (code) => (code === 0 ? res(out) : rej(new Error(`${file} ${args.join(' ')} exited with ${code}: ${out}`))));
  });
}

let root: Promise<{ dir: string; template: string }> | undefined;
let serial = 0;
/** Servers not stopped yet: SIGQUIT (immediate shutdown) when this process exits. */
const running = new Set<ChildProcess>();

/**
 * The per-process folder, its template cluster, and a watchdog: a detached shell that, once this
 * process is gone however it ended, stops every server under the folder (SIGQUIT: immediate
 * shutdown) and removes it. Paths reach the shell as positional arguments, never in its script.
 */
function processRoot(): Promise<{ dir: string; template: string }> {
  root ??= (async () => {
    const bin = postgresBin();
    if (!bin) throw new Error('PostgreSQL is not installed (no /usr/lib/postgresql/*/bin/initdb)');
    const dir = mkdtempSync(join(tmpdir(), 'mlgate-pg-'));
    const user = serverUser();
    if (user) chownSync(dir, user.uid, user.gid);
    const watchdog = `while kill -0 "$1" 2>/dev/null; do sleep 1; done
for f in "$2"/*/data/postmaster.pid; do [ -f "$f" ] && kill -QUIT "$(head -n 1 "$f")" 2>/dev/null; done
sleep 1; rm -rf "$2"`;
    spawn('/bin/sh', ['-c', watchdog, 'mlgate-pg-watchdog', String(process.pid), dir], { detached: true, stdio: 'ignore' }).unref();
    process.once('exit', () => {
      for (const c of running) c.kill('SIGQUIT');
      rmSync(dir, { recursive: true, force: true });
    });
    const template = join(dir, 'template');
    await run(join(bin, 'initdb'), ['-D', template, '-U', 'postgres', '--auth-local=trust', '--auth-host=scram-sha-256', '--no-sync', '--no-locale', '-E', 'UTF8', '--no-instructions']);
    return { dir, template };
  })();
  return root;
}

export interface LogEntry {
  statement: string;
  user?: string;
  database?: string;
  application?: string;
  /** `$1 = '…', $2 = '…'` for a statement sent with parameters */
  parameters?: string;
}

export interface Mark {
  readonly id: string;
}

export class Postgres {
  readonly password = randomBytes(12).toString('hex');
  /** A role that can read every table `mlgate` creates and write none. */
  readonly reader = { user: 'mlgate_reader', password: randomBytes(12).toString('hex') };
  private client?: Promise<pg.Client>;
  private marks = 0;

  constructor(
    readonly dir: string,
    readonly port: number,
    private readonly bin: string,
    private readonly child: ChildProcess,
  ) {}

  get host(): string {
    return '127.0.0.1';
  }
  /** postgresql://mlgate@127.0.0.1:PORT/mlgate — the password is `password` (PGPASSWORD in `env`). */
  get url(): string {
    return `postgresql://mlgate@${this.host}:${this.port}/mlgate`;
  }
  /** The same URL with the password in it. */
  get urlWithPassword(): string {
    return `postgresql://mlgate:${this.password}@${this.host}:${this.port}/mlgate`;
  }
  get readerUrl(): string {
    return `postgresql://${this.reader.user}@${this.host}:${this.port}/mlgate`;
  }
  /** Environment for a process that connects with `url`. */
  get env(): Record<string, string> {
    return { PGPASSWORD: this.password };
  }
  get logDir(): string {
    return join(this.dir, 'log');
  }

  /** A query as `mlgate` on the harness's own connection (its statements are left out of `statements*`). */
  async query<R extends pg.QueryResultRow = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<pg.QueryResult<R>> {
    return (await this.connection()).query<R>(sql, params);
  }

  /** A query as the superuser `postgres` over the unix socket, on a connection of its own. */
  async admin<R extends pg.QueryResultRow = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<pg.QueryResult<R>> {
    const c = new pg.Client({ host: this.dir, port: this.port, user: 'postgres', database: 'mlgate', application_name: HARNESS_APP });
    await c.connect();
    try {
      return await c.query<R>(sql, params);
    } finally {
      await c.end();
    }
  }

  /** `CREATE TABLE name (columns)` (dropped first if it exists) and the rows through COPY FROM STDIN. */
  async loadTable(name: string, columns: Record<string, string>, rows: readonly unknown[][]): Promise<void> {
    const c = await this.connection();
    const table = name.split('.').map((p) => pg.escapeIdentifier(p)).join('.');
    const cols = Object.keys(columns).map((k) => pg.escapeIdentifier(k));
    await c.query(`DROP TABLE IF EXISTS ${table}; CREATE TABLE ${table} (${Object.entries(columns).map(([, t], i) => `${cols[i]} ${t}`).join(', ')})`);
    const width = cols.length;
    function* chunks(): Generator<string> {
      let buf = '';
      for (let r = 0; r < rows.length; r++) {
        const row = rows[r]!;
        if (row.length !== width) throw new Error(`loadTable ${name}: row ${r} has ${row.length} values for ${width} columns`);
        buf += row.map(copyText).join('\t') + '\n';
        if (buf.length > 65_536) {
          yield buf;
          buf = '';
        }
      }
      if (buf) yield buf;
    }
    await pipeline(Readable.from(chunks()), c.query(copyFrom(`COPY ${table} (${cols.join(', ')}) FROM STDIN`)));
    await c.query(`ANALYZE ${table}`);
  }

  /** A point in the statement log; `statementsSince(mark)` returns what came after it. */
  async mark(): Promise<Mark> {
    const id = `${MARK}:${++this.marks}`;
    await this.query(`SELECT '${id}'`);
    await this.waitForLog(id);
    return { id };
  }

  /** Every statement the server ran after `mark` (or since it started), the harness's own left out. */
  async log(since?: Mark): Promise<LogEntry[]> {
    const end = await this.mark();
    const lines = this.readLog();
    const from = since ? lines.findIndex((l) => l.message === `statement: SELECT '${since.id}'`) : -1;
    const to = lines.findIndex((l) => l.message === `statement: SELECT '${end.id}'`);
    if (since && from < 0) throw new Error(`mark ${since.id} is not in the statement log`);
    const out: LogEntry[] = [];
    for (const l of lines.slice(from + 1, to)) {
      if (l.application_name === HARNESS_APP) continue;
      const m = /^(?:statement|execute [^:]*): ([\s\S]*)$/.exec(l.message ?? '');
      if (!m) continue;
      out.push({ statement: m[1]!, user: l.user, database: l.dbname, application: l.application_name, parameters: l.detail?.replace(/^parameters: /, '') });
    }
    return out;
  }

  async statementsSince(mark: Mark): Promise<string[]> {
    return (await this.log(mark)).map((e) => e.statement);
  }

  /** Every statement since the server started, the harness's own left out. */
  async statements(): Promise<string[]> {
    return (await this.log()).map((e) => e.statement);
  }

  /** Stop at once (`pg_ctl stop -m immediate`) and remove the data and the log. */
  async stop(): Promise<void> {
    const c = this.client;
    this.client = undefined;
    if (c) await (await c).end().catch(() => undefined);
    if (this.child.exitCode === null) {
      const exited = new Promise<void>((res) => this.child.once('exit', () => res()));
      await run(join(this.bin, 'pg_ctl'), ['stop', '-D', join(this.dir, 'data'), '-m', 'immediate', '-w']).catch(() => this.child.kill('SIGQUIT'));
      await exited;
    }
    rmSync(this.dir, { recursive: true, force: true });
  }

  private connection(): Promise<pg.Client> {
    this.client ??= (async () => {
      const c = new pg.Client({ connectionString: this.urlWithPassword, application_name: HARNESS_APP });
      await c.connect();
      return c;
    })();
    return this.client;
  }

  private readLog(): Array<{ message?: string; detail?: string; user?: string; dbname?: string; application_name?: string }> {
    const files = existsSync(this.logDir) ? readdirSync(this.logDir).filter((f) => f.endsWith('.json')).sort() : [];
    return files
      .flatMap((f) => readFileSync(join(this.logDir, f), 'utf8').split('\n'))
      .filter((l) => l.startsWith('{'))
      .map((l) => JSON.parse(l) as { message?: string });
  }

  /** The log is written by the server's logging process, a little after the statement ran. */
  private async waitForLog(id: string): Promise<void> {
    const deadline = Date.now() + 10_000;
    while (!this.readLog().some((l) => l.message === `statement: SELECT '${id}'`)) {
      if (Date.now() > deadline) throw new Error(`the statement log did not show ${id} within 10 s`);
      await new Promise((r) => setTimeout(r, 5));
    }
  }
}

/** A value in COPY's text format. */
function copyText(v: unknown): string {
  if (v === null || v === undefined) return '\\N';
  let s: string;
  if (v instanceof Date) s = v.toISOString();
  else if (typeof v === 'boolean') s = v ? 't' : 'f';
  else if (typeof v === 'number') s = Number.isNaN(v) ? 'NaN' : v === Infinity ? 'Infinity' : v === -Infinity ? '-Infinity' : String(v);
  else if (typeof v === 'object') s = JSON.stringify(v);
  else s = String(v);
  return s.replace(/[\\\t\n\r]/g, (c) => (c === '\\' ? '\\\\' : c === '\t' ? '\\t' : c === '\n' ? '\\n' : '\\r'));
}

const FAST = ['fsync=off', 'synchronous_commit=off', 'full_page_writes=off', 'wal_level=minimal', 'max_wal_senders=0', 'autovacuum=off', 'shared_buffers=32MB', 'max_connections=30', 'jit=off', 'timezone=UTC', 'lc_messages=C'];

/** Start a server; `stop()` it when done (it is also stopped when this process ends). */
export async function startPostgres(): Promise<Postgres> {
  const bin = postgresBin();
  if (!bin) throw new Error('PostgreSQL is not installed (no /usr/lib/postgresql/*/bin/initdb)');
  const { dir: base, template } = await processRoot();
  const dir = join(base, String(++serial));
  const user = serverUser();
  mkdirSync(dir);
  if (user) chownSync(dir, user.uid, user.gid);
  await run('cp', ['-a', template, join(dir, 'data')]);
  for (let attempt = 1; ; attempt++) {
    const port = await freePort();
    const settings = [...FAST, `port=${port}`, 'listen_addresses=127.0.0.1', `unix_socket_directories=${dir}`, 'log_statement=all', 'log_destination=jsonlog', 'logging_collector=on', `log_directory=${join(dir, 'log')}`, 'log_filename=postgresql', 'log_rotation_age=0', 'log_rotation_size=0'];
    const child = spawn(join(bin, 'postgres'), ['-D', join(dir, 'data'), ...settings.flatMap((s) => ['-c', s])], { stdio: ['ignore', 'ignore', 'pipe'], ...user });
    let stderr = '';
    child.stderr!.on('data', (d) => (stderr += d));
    running.add(child);
    child.once('exit', () => running.delete(child));
    if (await ready(dir, child)) {
      const server = new Postgres(dir, port, bin, child);
      await setup(server);
      return server;
    }
    if (attempt >= 3 || !/could not (bind|create listen)/i.test(stderr)) throw new Error(`postgres did not start: ${stderr}`);
  }
}

async function setup(server: Postgres): Promise<void> {
  const c = new pg.Client({ host: server.dir, port: server.port, user: 'postgres', database: 'postgres', application_name: HARNESS_APP });
  await c.connect();
  try {
    await c.query(`CREATE ROLE mlgate LOGIN PASSWORD '${server.password}'`);
    await c.query(`CREATE ROLE ${server.reader.user} LOGIN PASSWORD '${server.reader.password}'`);
    await c.query('CREATE DATABASE mlgate OWNER mlgate');
  } finally {
    await c.end();
  }
  await server.admin(`ALTER DEFAULT PRIVILEGES FOR ROLE mlgate IN SCHEMA public GRANT SELECT ON TABLES TO ${server.reader.user}`);
}

/** Wait until postmaster.pid says "ready" (what `pg_ctl -w` waits for); false if the server exited. */
async function ready(dir: string, child: ChildProcess): Promise<boolean> {
  const pidFile = join(dir, 'data', 'postmaster.pid');
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) return false;
    if (existsSync(pidFile) && /^ready\s*$/m.test(readFileSync(pidFile, 'utf8'))) return true;
    await new Promise((r) => setTimeout(r, 10));
  }
  child.kill('SIGQUIT');
  throw new Error('postgres did not become ready within 30 s');
}
