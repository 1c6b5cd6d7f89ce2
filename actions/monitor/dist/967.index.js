export const id = 967;
export const ids = [967];
export const modules = {

/***/ 89967:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  openDuckDbFiles: () => (/* binding */ openDuckDbFiles),
  openSqlRunner: () => (/* binding */ openSqlRunner)
});

// UNUSED EXPORTS: DEFAULT_TIMEOUT_MS

// EXTERNAL MODULE: ../../packages/core/src/index.ts + 11 modules
var src = __webpack_require__(1105);
// EXTERNAL MODULE: ../../packages/data/src/index.ts + 10 modules
var data_src = __webpack_require__(37446);
// EXTERNAL MODULE: ../../packages/checks/src/sql/dialect.ts
var dialect = __webpack_require__(63461);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(73136);
;// CONCATENATED MODULE: ../../packages/checks/src/sql/vendor.ts
/**
 * What the warehouse connections (BigQuery, Snowflake, Databricks, Trino) share: the kind of a column
 * from the engine's type name, values back as the plain numbers and strings the runner reads, and
 * the one-line error that names the table, carries the server's own message and never a secret.
 */



/** The kind of a column from its SQL type name (BigQuery, Snowflake, Spark, Trino, DuckDB spellings). */
function kindOfType(type) {
    const t = type.toUpperCase().replace(/\(.*$/, '').trim();
    if (/^U?(TINYINT|SMALLINT|INTEGER|INT|BIGINT|HUGEINT|INT64|BYTEINT|LONG|SHORT|BYTE)$/.test(t))
        return 'int';
    if (/^(FLOAT|FLOAT64|DOUBLE|DOUBLE PRECISION|REAL|DECIMAL|NUMERIC|BIGNUMERIC|NUMBER|DEC)$/.test(t))
        return 'float';
    if (/^(BOOLEAN|BOOL)$/.test(t))
        return 'bool';
    if (/^(VARCHAR|STRING|TEXT|CHAR|CHARACTER|CHARACTER VARYING)$/.test(t))
        return 'text';
    if (/^(DATE|DATETIME|TIMESTAMP.*)$/.test(t))
        return 'time';
    return 'other';
}
/**
 * A value from a client as the runner reads it: 64-bit integers and decimals (BigInt, big.js,
 * bignumber.js and the like) as numbers, wrapped dates (BigQuery's `{ value }`) and Dates as ISO text,
 * arrays element by element. Text stays text: every textual output of the compiled SQL is a CAST to
 * the engine's string type.
 */
function plainValue(v) {
    if (v === null || v === undefined)
        return null;
    if (typeof v === 'bigint')
        return Number(v);
    if (typeof v !== 'object')
        return v;
    if (Array.isArray(v))
        return v.map(plainValue);
    if (v instanceof Date)
        return v.toISOString();
    if (typeof v.value === 'string')
        return v.value;
    const s = String(v);
    return s !== '[object Object]' && s.trim() !== '' && Number.isFinite(Number(s)) ? Number(s) : v;
}
function plainRow(row, lowerKeys = false) {
    const out = {};
    for (const [k, v] of Object.entries(row))
        out[lowerKeys ? k.toLowerCase() : k] = plainValue(v);
    return out;
}
/** Every secret removed from a message (a server or a client may echo what it was sent). */
function scrub(message, secrets) {
    let m = message;
    for (const s of secrets)
        if (s && s.length >= 3)
            m = m.split(s).join('***');
    return m;
}
/** The one line a failed connection or statement becomes: the table URL, what failed, the server's words. */
function tableError(t, failure, message, secrets) {
    const msg = scrub(message.split('\n').find((l) => l.trim()) ?? message, secrets).trim();
    const what = t.table ? `table ${t.table.join('.')}` : 'the query';
    if (failure === 'timeout')
        return new src/* DataError */.fL(`${t.label}: ${what} took longer than the timeout (${msg})`, { field: 'timeout' });
    if (failure === 'query')
        return new src/* DataError */.fL(`${t.label}: ${what}: ${msg}`, { field: 'data' });
    return new src/* RemoteError */.Hi(`${t.label}: ${msg}`, { field: 'data' });
}
/** A secret from the first source that has one: an input, the URL, the client's own environment variable. */
function secretFrom(input, url, env) {
    if (input)
        return input;
    if (url.password)
        return decodeURIComponent(url.password);
    return env ? process.env[env] || undefined : undefined;
}
/**
 * CommonJS code inside the drivers reads `__dirname` (snowflake-sdk's driver directory, `open`'s
 * bundled xdg-open), which an ES module bundle does not define: there it is the bundle's own folder,
 * where ncc puts the assets it copies. Called before a driver is imported.
 */
function defineDirname() {
    const g = globalThis;
    g.__dirname ??= (0,external_node_path_.dirname)((0,external_node_url_.fileURLToPath)(import.meta.url));
}

;// CONCATENATED MODULE: ../../packages/checks/src/sql/bigquery.ts
/**
 * BigQuery through Google's maintained client (`@google-cloud/bigquery`), loaded only when a
 * bigquery:// table is used. Credentials are Application Default Credentials: the file named by
 * GOOGLE_APPLICATION_CREDENTIALS (what google-github-actions/auth sets), else the metadata server.
 */



/** What the client is given for a URL (tested without the service). */
function bigQueryOptions(t, o) {
    const u = t.url;
    return {
        projectId: decodeURIComponent(u.hostname) || undefined,
        location: u.searchParams.get('location') ?? undefined,
        // a local emulator or a private endpoint; BigQuery's own API otherwise
        apiEndpoint: u.searchParams.get('endpoint') ?? undefined,
        // the job's own limit: BigQuery cancels a job that runs longer (no statement timeout to SET)
        jobTimeoutMs: Math.max(1, Math.round(o.timeoutMs)),
    };
}
async function connectBigQuery(t, o) {
    const opts = bigQueryOptions(t, o);
    defineDirname();
    const { BigQuery } = await Promise.all(/* import() */[__webpack_require__.e(111), __webpack_require__.e(416), __webpack_require__.e(56), __webpack_require__.e(592), __webpack_require__.e(86)]).then(__webpack_require__.bind(__webpack_require__, 67003));
    const bq = new BigQuery({ projectId: opts.projectId, location: opts.location, apiEndpoint: opts.apiEndpoint, userAgent: 'mlgate-data-check' });
    const run = async (sql) => {
        o.onStatement?.(sql);
        try {
            const [job] = await bq.createQueryJob({ query: sql, location: opts.location, jobTimeoutMs: opts.jobTimeoutMs, useLegacySql: false, labels: { tool: 'mlgate' } });
            const [rows, , response] = await job.getQueryResults();
            return { rows: rows, fields: response?.schema?.fields ?? [] };
        }
        catch (e) {
            if (e instanceof src/* UserError */.yo)
                throw e;
            throw tableError(t, failureOf(e), e.message ?? String(e), []);
        }
    };
    return {
        dialect: dialect/* DIALECTS */.O9.bigquery,
        async describe(from) {
            const { fields } = await run(`SELECT * FROM ${from} LIMIT 0`);
            const names = fields.map((f) => f.name ?? '');
            return { columns: names, kinds: new Map(fields.map((f) => [f.name ?? '', kindOfType(f.type ?? '')])), types: new Map(fields.map((f) => [f.name ?? '', f.type ?? ''])) };
        },
        async query(sql) {
            return (await run(sql)).rows.map((r) => plainRow(r));
        },
        async close() { },
    };
}
/**
 * BigQuery's error reasons (https://cloud.google.com/bigquery/docs/error-messages): `timeout` for a
 * job stopped at its jobTimeoutMs; notFound, accessDenied and invalidQuery concern the table or the
 * statement; anything else (no credentials, no network) is the connection.
 */
function failureOf(e) {
    const err = e;
    const reasons = (err.errors ?? []).map((x) => x.reason ?? '');
    if (reasons.includes('timeout') || /timed out|timeout/i.test(err.message ?? ''))
        return 'timeout';
    if (reasons.some((r) => ['notFound', 'accessDenied', 'invalidQuery', 'invalid'].includes(r)) || err.code === 400 || err.code === 403 || err.code === 404)
        return 'query';
    return 'connect';
}

;// CONCATENATED MODULE: ../../packages/checks/src/sql/databricks.ts
/**
 * Databricks SQL (Spark SQL) through Databricks' maintained driver (`@databricks/sql`), loaded only
 * when a databricks:// table is used: the workspace host and the warehouse's HTTP path, a personal
 * access token (connection-password, the URL, DATABRICKS_TOKEN).
 */



/** What the driver is given for a URL (tested without the service). */
function databricksConnectionOptions(t, o) {
    const u = t.url;
    const token = secretFrom(o.password, u, 'DATABRICKS_TOKEN');
    if (!token)
        throw new src/* ConfigurationError */.j1(`${t.label}: no Databricks token: set DATABRICKS_TOKEN in the step's env or the connection-password input`, { field: 'data' });
    if (!u.pathname || u.pathname === '/')
        throw new src/* ConfigurationError */.j1(`${t.label}: give the warehouse's HTTP path, e.g. databricks://HOST/sql/1.0/warehouses/ID?table=CATALOG.SCHEMA.TABLE`, { field: 'data' });
    const seconds = Math.max(1, Math.ceil(o.timeoutMs / 1000));
    return {
        host: decodeURIComponent(u.hostname),
        port: u.port ? Number(u.port) : 443,
        path: decodeURIComponent(u.pathname),
        token,
        initialCatalog: u.searchParams.get('catalog') ?? undefined,
        initialSchema: u.searchParams.get('schema') ?? undefined,
        // SQL warehouses stop a statement at the session's STATEMENT_TIMEOUT; clusters take queryTimeout
        configuration: { STATEMENT_TIMEOUT: String(seconds) },
        queryTimeout: seconds,
    };
}
/** Thrift's TTypeId, the column types a result schema names. */
const KINDS = {
    0: ['bool', 'BOOLEAN'],
    1: ['int', 'TINYINT'],
    2: ['int', 'SMALLINT'],
    3: ['int', 'INT'],
    4: ['int', 'BIGINT'],
    5: ['float', 'FLOAT'],
    6: ['float', 'DOUBLE'],
    7: ['text', 'STRING'],
    8: ['time', 'TIMESTAMP'],
    15: ['float', 'DECIMAL'],
    17: ['time', 'DATE'],
    18: ['text', 'VARCHAR'],
    19: ['text', 'CHAR'],
};
async function connectDatabricks(t, o) {
    const opts = databricksConnectionOptions(t, o);
    defineDirname();
    const { DBSQLClient } = await Promise.all(/* import() */[__webpack_require__.e(111), __webpack_require__.e(416), __webpack_require__.e(56), __webpack_require__.e(693), __webpack_require__.e(236), __webpack_require__.e(871)]).then(__webpack_require__.t.bind(__webpack_require__, 50871, 23));
    const secrets = [opts.token];
    // the driver's own log stays quiet: mlgate's one error line says what failed
    const client = new DBSQLClient({ logger: { log: () => { } } });
    let session;
    try {
        await client.connect({ host: opts.host, port: opts.port, path: opts.path, token: opts.token, telemetryEnabled: false, userAgentEntry: 'mlgate' });
        session = await client.openSession({ initialCatalog: opts.initialCatalog, initialSchema: opts.initialSchema, configuration: opts.configuration });
    }
    catch (e) {
        await client.close().catch(() => { });
        throw tableError(t, 'connect', e.message ?? String(e), secrets);
    }
    const run = async (sql) => {
        o.onStatement?.(sql);
        try {
            const op = await session.executeStatement(sql, { queryTimeout: opts.queryTimeout });
            const rows = (await op.fetchAll());
            const schema = await op.getSchema();
            await op.close();
            return { rows, columns: schema?.columns ?? [] };
        }
        catch (e) {
            if (e instanceof src/* UserError */.yo)
                throw e;
            throw tableError(t, databricks_failureOf(e), e.message ?? String(e), secrets);
        }
    };
    return {
        dialect: dialect/* DIALECTS */.O9.spark,
        async describe(from) {
            const { columns } = await run(`SELECT * FROM ${from} LIMIT 0`);
            const typed = columns.map((c) => {
                const id = c.typeDesc.types[0]?.primitiveEntry?.type ?? -1;
                return { name: c.columnName, kind: KINDS[id] ?? ['other', `type ${id}`] };
            });
            return { columns: typed.map((c) => c.name), kinds: new Map(typed.map((c) => [c.name, c.kind[0]])), types: new Map(typed.map((c) => [c.name, c.kind[1]])) };
        },
        async query(sql) {
            return (await run(sql)).rows.map((r) => plainRow(r));
        },
        async close() {
            await session.close().catch(() => { });
            await client.close().catch(() => { });
        },
    };
}
/**
 * Databricks' error classes: a statement over its STATEMENT_TIMEOUT is cancelled with a message that
 * names the timeout; SQLSTATE 42… (TABLE_OR_VIEW_NOT_FOUND, UNRESOLVED_COLUMN, INSUFFICIENT_PERMISSIONS)
 * concerns the table or the statement.
 */
function databricks_failureOf(e) {
    const err = e;
    const msg = err.message ?? '';
    if (/timeout|timed out/i.test(msg))
        return 'timeout';
    if (/^42|^22/.test(err.response?.sqlState ?? '') || /TABLE_OR_VIEW_NOT_FOUND|UNRESOLVED_COLUMN|PERMISSION|PARSE_SYNTAX_ERROR/.test(msg))
        return 'query';
    return 'connect';
}

// EXTERNAL MODULE: external "node:module"
var external_node_module_ = __webpack_require__(98995);
;// CONCATENATED MODULE: ../../packages/checks/src/sql/duckdb.ts
/** DuckDB through its maintained Node client, loaded only when a duckdb:// table is used; opened read-only. */





/**
 * DuckDB's client, from mlgate's own dependencies (the CLI) or, in an action, from the workspace: the
 * action bundles do not carry DuckDB's 70 MB native library, so a workflow that uses it installs it.
 */
async function loadDuckDb() {
    // require through createRequire, so the bundler leaves the module to be found at run time
    for (const from of [import.meta.url, process.cwd() + external_node_path_.sep]) {
        try {
            return (0,external_node_module_.createRequire)(from)('@duckdb/node-api');
        }
        catch {
            // not installed there: try the next place
        }
    }
    throw new src/* ConfigurationError */.j1('DuckDB is not installed: mlgate does not bundle its 70 MB engine. In a workflow add a step `npm install --no-save @duckdb/node-api@1.5.6-r.1` before this one; with the CLI, `npm i -D @duckdb/node-api@1.5.6-r.1` beside @mlgate/cli', { field: 'data' });
}
async function connectDuckDb(t, o) {
    const { DuckDBInstance } = await loadDuckDb();
    const fail = (e) => {
        throw new src/* DataError */.fL(`${t.label}: ${String(e.message ?? e).split('\n')[0]}`, { field: 'data' });
    };
    const own = !o.instance;
    const instance = o.instance ?? (await DuckDBInstance.create(o.path ?? ':memory:', o.path ? { access_mode: 'READ_ONLY' } : {}).catch(fail));
    const conn = await instance.connect();
    const run = async (sql) => {
        o.onStatement?.(sql);
        return conn.runAndReadAll(sql).catch(fail);
    };
    return {
        dialect: dialect/* DIALECTS */.O9.duckdb,
        async describe(from) {
            const r = await run(`SELECT * FROM ${from} LIMIT 0`);
            const names = r.columnNames();
            const types = r.columnTypes().map((x) => x.toString());
            return { columns: names, kinds: new Map(names.map((n, i) => [n, kindOfType(types[i])])), types: new Map(names.map((n, i) => [n, types[i]])) };
        },
        async query(sql) {
            return (await run(sql)).getRowObjectsJS();
        },
        async close() {
            conn.closeSync();
            if (own)
                instance.closeSync();
        },
    };
}

;// CONCATENATED MODULE: ../../packages/checks/src/sql/postgres.ts
/** PostgreSQL (and engines that speak its protocol) through node-postgres, read-only, with a statement timeout. */


const postgres_KINDS = {
    16: ['bool', 'boolean'],
    20: ['int', 'bigint'],
    21: ['int', 'smallint'],
    23: ['int', 'integer'],
    700: ['float', 'real'],
    701: ['float', 'double precision'],
    1700: ['float', 'numeric'],
    25: ['text', 'text'],
    1042: ['text', 'character'],
    1043: ['text', 'character varying'],
    19: ['text', 'name'],
    1082: ['time', 'date'],
    1114: ['time', 'timestamp'],
    1184: ['time', 'timestamp with time zone'],
};
async function connectPostgres(t, o) {
    const { default: pg } = await __webpack_require__.e(/* import() */ 293).then(__webpack_require__.bind(__webpack_require__, 72293));
    const u = t.url;
    const fail = (e) => {
        throw pgError(t, e);
    };
    const open = async (snapshot) => {
        const client = new pg.Client({
            host: decodeURIComponent(u.hostname) || undefined,
            port: u.port ? Number(u.port) : undefined,
            user: decodeURIComponent(u.username) || undefined,
            password: o.password ?? (u.password ? decodeURIComponent(u.password) : undefined),
            database: decodeURIComponent(u.pathname.replace(/^\//, '')) || undefined,
            connectionTimeoutMillis: Math.min(o.timeoutMs, 30_000),
            application_name: 'mlgate data-check',
            ssl: u.searchParams.get('sslmode') === 'require' ? { rejectUnauthorized: false } : undefined,
        });
        await client.connect().catch(fail);
        client.on('error', () => { });
        const run = async (sql) => {
            o.onStatement?.(sql);
            return client.query(sql).catch(fail);
        };
        const begin = async () => {
            for (const s of dialect/* DIALECTS */.O9.postgresql.readOnly(o.timeoutMs))
                await run(s);
        };
        let exported;
        try {
            await begin();
            // the snapshot's id is what pg_export_snapshot() returned: quoted as a literal all the same
            if (snapshot)
                await run(`SET TRANSACTION SNAPSHOT ${dialect/* DIALECTS */.O9.postgresql.text(snapshot)}`);
            else {
                // this session's snapshot, for a second one to read the same rows (REPEATABLE READ). Where
                // the server cannot export one (a standby before PostgreSQL 10 and the like) the transaction
                // is begun again and every statement runs on this session.
                try {
                    exported = String((await run('SELECT pg_export_snapshot() AS id')).rows[0].id);
                }
                catch {
                    await client.query('ROLLBACK').catch(() => { });
                    await begin();
                }
            }
        }
        catch (e) {
            await client.end().catch(() => { });
            throw e;
        }
        return {
            dialect: dialect/* DIALECTS */.O9.postgresql,
            async describe(from) {
                const r = await run(`SELECT * FROM ${from} LIMIT 0`);
                const kinds = new Map();
                const types = new Map();
                for (const f of r.fields) {
                    const [k, name] = postgres_KINDS[f.dataTypeID] ?? ['other', `type ${f.dataTypeID}`];
                    kinds.set(f.name, k);
                    types.set(f.name, name);
                }
                return { columns: r.fields.map((f) => f.name), kinds, types };
            },
            async query(sql) {
                return (await run(sql)).rows;
            },
            // a second session that cannot be opened (too many connections, say) leaves the work to this one
            second: exported === undefined ? undefined : () => open(exported).catch(() => undefined),
            async close() {
                await client.query('ROLLBACK').catch(() => { });
                await client.end().catch(() => { });
            },
        };
    };
    return open();
}
/** One line naming the table and the server's own message (never the password). */
function pgError(t, e) {
    const err = e;
    const msg = (err.message ?? String(e)).split('\n')[0];
    const what = t.table ? `table ${t.table.join('.')}` : 'the query';
    if (err.code === '57014')
        return new src/* DataError */.fL(`${t.label}: ${what} took longer than the timeout (${msg})`, { field: 'timeout' });
    if (err.code && /^(42|22)/.test(err.code))
        return new src/* DataError */.fL(`${t.label}: ${what}: ${msg}`, { field: 'data' });
    return new src/* RemoteError */.Hi(`${t.label}: ${msg}`, { field: 'data' });
}

// EXTERNAL MODULE: ../../packages/checks/src/plan.ts
var src_plan = __webpack_require__(49825);
// EXTERNAL MODULE: ../../packages/checks/src/stream/numbers.ts
var numbers = __webpack_require__(77927);
;// CONCATENATED MODULE: ../../packages/checks/src/sql/rank.ts

/**
 * The 0-based order statistics a quantile reads, and the weight between them: numpy's definitions
 * (`nearest` rounds half to even, `linear` interpolates), the same on every runner.
 */
function sqlRank(q, n, method) {
    return (0,numbers/* rankIndex */.PD)(q, n, method);
}

// EXTERNAL MODULE: ../../packages/checks/src/time.ts
var time = __webpack_require__(11343);
// EXTERNAL MODULE: ../../packages/checks/src/predicates.ts + 1 modules
var predicates = __webpack_require__(42781);
;// CONCATENATED MODULE: ../../packages/checks/src/sql/exprs.ts

/** A predicate the dialect cannot express, or one that is a type error on this column. */
class Unsupported extends Error {
}
class Exprs {
    d;
    schema;
    constructor(d, schema) {
        this.d = d;
        this.schema = schema;
    }
    col(name) {
        return this.d.ident(name);
    }
    kind(name) {
        return this.schema.kinds.get(name);
    }
    has(name) {
        return this.schema.kinds.has(name);
    }
    /** Missing as pandas reads it: NULL, or NaN in a floating-point column. */
    isNull(name) {
        if (!this.has(name))
            return 'TRUE';
        const x = this.col(name);
        return this.kind(name) === 'float' ? `(${x} IS NULL OR ${this.d.isNaN(x)})` : `(${x} IS NULL)`;
    }
    notNull(name) {
        return `(NOT ${this.isNull(name)})`;
    }
    /**
     * The column as a double with missing values (NULL, NaN) as NULL, where the engine reads it as a
     * number; undefined for text. Aggregates skip NULL, so MIN, MAX, SUM, AVG and VAR_POP take it as
     * it is, and COUNT of it is the count of present values: no CASE per aggregate, which a server
     * evaluates again for each aggregate that repeats it.
     */
    value(name) {
        const n = this.num(name);
        if (n === undefined || this.kind(name) !== 'float')
            return n;
        return `CASE WHEN ${this.d.isNaN(this.col(name))} THEN NULL ELSE ${n} END`;
    }
    /** The column as a double, where the engine reads it as a number; undefined for text. */
    num(name) {
        const x = this.col(name);
        switch (this.kind(name)) {
            case 'int':
            case 'float':
                return `CAST(${x} AS ${this.d.double})`;
            case 'bool':
                return `(CASE WHEN ${x} THEN 1.0 WHEN NOT ${x} THEN 0.0 END)`;
            case 'time':
                return `CAST(${this.d.epochMs(x)} AS ${this.d.double})`;
            default:
                return undefined;
        }
    }
    /** A literal of a suite value, typed for comparison with `name`; undefined where the engine would never match it. */
    literalFor(name, v) {
        const k = this.kind(name);
        if (typeof v === 'number' || typeof v === 'bigint') {
            if (typeof v === 'number' && !Number.isFinite(v))
                return undefined;
            return k === 'int' || k === 'float' ? numberLiteral(v) : undefined;
        }
        if (typeof v === 'boolean')
            return k === 'bool' ? (v ? 'TRUE' : 'FALSE') : k === 'int' || k === 'float' ? (v ? '1' : '0') : undefined;
        if (typeof v === 'string')
            return k === 'text' || k === 'other' ? this.d.text(v) : k === 'time' ? this.d.timestamp(this.d.text(v)) : undefined;
        return undefined;
    }
    /** A row filter (GE `row_condition`). */
    condition(c) {
        if ('args' in c)
            return `(${c.args.map((a) => this.condition(a)).join(c.op === 'and' ? ' AND ' : ' OR ')})`;
        if (!this.has(c.column))
            return c.op === '!=' && c.value !== null ? 'TRUE' : c.op === '==' && c.value === null ? 'TRUE' : 'FALSE';
        const x = this.col(c.column);
        if (c.value === null)
            return c.op === '==' ? this.isNull(c.column) : c.op === '!=' ? this.notNull(c.column) : 'FALSE';
        const lit = this.literalFor(c.column, c.value);
        if (c.op === '==')
            return lit === undefined ? 'FALSE' : `(${this.notNull(c.column)} AND ${x} = ${lit})`;
        if (c.op === '!=')
            return lit === undefined ? 'TRUE' : `(${this.isNull(c.column)} OR ${x} <> ${lit})`;
        if (lit === undefined)
            return 'FALSE';
        return `(${this.notNull(c.column)} AND ${x} ${c.op} ${lit})`;
    }
    /** When a value of `name` is unexpected under the predicate (the row already counted). */
    unexpected(name, p) {
        const x = this.col(name);
        const k = this.kind(name);
        switch (p.op) {
            case 'not_null':
                return this.isNull(name);
            case 'null':
                return this.notNull(name);
            case 'between': {
                const numeric = (p.min === undefined || typeof p.min === 'number') && (p.max === undefined || typeof p.max === 'number');
                const v = numeric ? this.num(name) : k === 'text' || k === 'time' ? x : undefined;
                if (v === undefined)
                    throw new Unsupported(`cannot compare ${this.typeOf(name)} with ${numeric ? 'a number' : 'text'}`);
                const lit = (b) => (numeric ? numberLiteral(b) : this.literalFor(name, b));
                const parts = [];
                if (p.min !== undefined)
                    parts.push(`${v} ${p.strictMin ? '>' : '>='} ${lit(p.min)}`);
                if (p.max !== undefined)
                    parts.push(`${v} ${p.strictMax ? '<' : '<='} ${lit(p.max)}`);
                return parts.length ? `(NOT (${parts.join(' AND ')}))` : 'FALSE';
            }
            case 'in_set': {
                const lits = [...new Set(p.values.map((v) => this.literalFor(name, v)).filter((l) => l !== undefined))];
                const inSet = lits.length ? `(${x} IN (${lits.join(', ')}))` : 'FALSE';
                return p.negate ? inSet : `(NOT ${inSet})`;
            }
            case 'regex': {
                const t = `CAST(${x} AS ${this.d.string})`;
                const tests = p.patterns.map((re) => this.d.regex(t, re));
                if (p.negate)
                    return `(${tests.join(' OR ')})`;
                return `(NOT (${tests.join(p.match === 'all' ? ' AND ' : ' OR ')}))`;
            }
            case 'length': {
                if (k !== 'text')
                    throw new Unsupported(`value lengths need text values, found ${this.typeOf(name)}`);
                const n = this.d.length(x);
                const parts = [];
                if (p.min !== undefined)
                    parts.push(`${n} ${p.strictMin ? '>' : '>='} ${numberLiteral(p.min)}`);
                if (p.max !== undefined)
                    parts.push(`${n} ${p.strictMax ? '<' : '<='} ${numberLiteral(p.max)}`);
                return parts.length ? `(NOT (${parts.join(' AND ')}))` : 'FALSE';
            }
            case 'type': {
                const py = k === 'int' ? 'int' : k === 'float' ? 'float' : k === 'bool' ? 'bool' : k === 'time' ? 'datetime' : 'str';
                return p.types.some((t) => (0,predicates/* pythonTypeOfName */.Dv)(t) === py) ? 'FALSE' : 'TRUE';
            }
            case 'json':
                // json.loads takes text only: a number or a boolean is not JSON text to GE
                if (k !== 'text')
                    return 'TRUE';
                if (this.d.name === 'duckdb')
                    return `(NOT json_valid(CAST(${x} AS VARCHAR)))`;
                throw new Unsupported(`${this.d.name} has no function that tests whether text parses as JSON without failing the query`);
            case 'strftime':
                throw new Unsupported(`strftime formats are Python's; ${this.d.name} cannot test them row by row the same way`);
            case 'dateutil':
                throw new Unsupported(`dateutil's parser has no SQL equivalent in ${this.d.name}`);
        }
    }
    typeOf(name) {
        return `${this.schema.types.get(name) ?? 'unknown'} column "${name}"`;
    }
}
function numberLiteral(v) {
    if (typeof v === 'bigint')
        return v.toString();
    if (!Number.isFinite(v))
        throw new Unsupported(`${v} is not a finite number`);
    // JavaScript's shortest round-trip form is valid SQL numeric text (1e+21 → 1e21)
    return String(v).replace('e+', 'e');
}
/**
 * The rows where `cond` holds, counted as every dialect writes it: `COUNT(CASE WHEN cond THEN 1 END)`
 * (COUNT skips NULLs and is 0 over no rows), `COUNT(*)` for every row. A count is cheaper to a
 * server than a sum of 1s and 0s (PostgreSQL: one increment, no addition of a CASE's result).
 */
function countIf(cond) {
    return cond === 'TRUE' ? 'COUNT(*)' : `COUNT(CASE WHEN ${cond} THEN 1 END)`;
}
function and(...parts) {
    const p = parts.filter((x) => !!x && x !== 'TRUE');
    return p.length === 0 ? 'TRUE' : p.length === 1 ? p[0] : `(${p.join(' AND ')})`;
}

;// CONCATENATED MODULE: ../../packages/checks/src/sql/compile.ts

/**
 * A SELECT list with generated aliases, so no user text ever names an output column. An expression
 * added twice (every column's row count under the same filter, a check's total that is a column's
 * non-null count) is computed once and read under its first alias.
 */
class SelectList {
    items = [];
    seen = new Map();
    add(expr) {
        const known = this.seen.get(expr);
        if (known)
            return known;
        const alias = `m${this.items.length}`;
        this.items.push({ alias, expr });
        this.seen.set(expr, alias);
        return alias;
    }
    sql(from) {
        return `SELECT ${this.items.map((c) => `${c.expr} AS ${c.alias}`).join(', ')} FROM ${from}`;
    }
}
const ISO_DATE = '^[0-9]{4}-[0-9]{2}-[0-9]{2}';
class SqlCompiler {
    x;
    plan;
    from;
    constructor(x, plan, 
    /** The table as a FROM item: a quoted name, or the user's query in parentheses with an alias. */
    from) {
        this.x = x;
        this.plan = plan;
        this.from = from;
    }
    filterSql(f) {
        return f < 0 ? 'TRUE' : this.x.condition(this.plan.filters[f]);
    }
    /** Statement 1: the aggregate scan. */
    scan(columns) {
        const s = new SelectList();
        const layout = { rows: s.add('COUNT(*)'), filters: this.plan.filters.map((_, k) => s.add(countIf(this.filterSql(k)))), columns: [], rowAggs: [] };
        columns.forEach((c, index) => {
            if (!this.x.has(c.column))
                return;
            layout.columns.push({ index, aliases: this.columnAggregates(s, c.column, c.filter, c.needs) });
        });
        for (const agg of this.plan.rows)
            layout.rowAggs.push(this.rowAggregate(s, agg));
        return { sql: s.sql(this.from), layout };
    }
    columnAggregates(s, name, filter, needs) {
        const { x } = this;
        const f = this.filterSql(filter);
        const col = x.col(name);
        const present = and(f, x.notNull(name));
        const kind = x.kind(name);
        const v = this.presentValue(name, f);
        const a = { rows: s.add(countIf(f)), nonNull: s.add(`COUNT(${v.value})`) };
        if (v.numeric) {
            a.min = s.add(`MIN(${v.value})`);
            a.max = s.add(`MAX(${v.value})`);
            a.sum = s.add(`SUM(${v.value})`);
            // PostgreSQL and DuckDB share one running state between AVG and VAR_POP of one expression
            a.mean = s.add(`AVG(${v.value})`);
            a.varPop = s.add(`VAR_POP(${v.value})`);
        }
        else {
            a.firstText = s.add(kind === 'text' ? `MIN(${v.value})` : `MIN(CASE WHEN ${present} THEN CAST(${col} AS ${x.d.string}) END)`);
        }
        if (needs.values)
            a.distinct = s.add(`COUNT(DISTINCT CASE WHEN ${present} THEN ${col} END)`);
        if (needs.kinds && kind === 'float')
            a.integral = s.add(countIf(and(present, `${col} = FLOOR(${col})`)));
        if (needs.timestamps) {
            if (kind === 'time') {
                a.timeMin = s.add(`CAST(MIN(CASE WHEN ${present} THEN ${col} END) AS ${x.d.string})`);
                a.timeMax = s.add(`CAST(MAX(CASE WHEN ${present} THEN ${col} END) AS ${x.d.string})`);
            }
            else if (kind === 'text') {
                const iso = and(present, x.d.regex(col, ISO_DATE));
                a.timeMin = s.add(`MIN(CASE WHEN ${iso} THEN ${col} END)`);
                a.timeMax = s.add(`MAX(CASE WHEN ${iso} THEN ${col} END)`);
                a.nonTimestamp = s.add(countIf(and(present, `NOT ${x.d.regex(col, ISO_DATE)}`)));
            }
        }
        for (const [i, bins] of (needs.histograms ?? []).entries()) {
            if (!v.numeric)
                break;
            const last = bins.length - 1;
            // comparisons with an infinite edge are decided here (no literal for infinity is portable)
            const h = v.value;
            const ge = (e) => (e === -Infinity ? `${h} IS NOT NULL` : e === Infinity ? 'FALSE' : `${h} >= ${numberLiteral(e)}`);
            const le = (e) => (e === Infinity ? `${h} IS NOT NULL` : e === -Infinity ? 'FALSE' : `${h} <= ${numberLiteral(e)}`);
            const lt = (e) => (e === Infinity ? `${h} IS NOT NULL` : e === -Infinity ? 'FALSE' : `${h} < ${numberLiteral(e)}`);
            const lo = bins[0];
            const hi = bins[last];
            a[`h${i}_below`] = s.add(countIf(lo === -Infinity ? 'FALSE' : lo === Infinity ? `${h} IS NOT NULL` : `${h} < ${numberLiteral(lo)}`));
            a[`h${i}_above`] = s.add(countIf(hi === Infinity ? 'FALSE' : hi === -Infinity ? `${h} IS NOT NULL` : `${h} > ${numberLiteral(hi)}`));
            for (let b = 0; b < last; b++)
                a[`h${i}_${b}`] = s.add(countIf(`${ge(bins[b])} AND ${b === last - 1 ? le(bins[b + 1]) : lt(bins[b + 1])}`));
        }
        return a;
    }
    /**
     * A column where a check counts it (the filter holds, the value is present), NULL elsewhere:
     * COUNT of it is the non-null count. Numbers as doubles (NaN as NULL), so the moments read it
     * as it is: no CASE per aggregate, which a server would evaluate again for each of them.
     */
    presentValue(name, f) {
        const num = this.x.value(name);
        const e = num ?? this.x.col(name);
        return { value: f === 'TRUE' ? e : `CASE WHEN ${f} THEN ${e} END`, numeric: num !== undefined };
    }
    rowAggregate(s, agg) {
        const f = this.filterSql(agg.filter);
        try {
            const cond = this.rowCondition(agg, f);
            if (!cond)
                return { id: agg.id };
            // a check that counts a column's present values has the column's own count as its total
            const counted = cond.present !== undefined ? `COUNT(${this.presentValue(cond.present, f).value})` : countIf(cond.counted);
            return { id: agg.id, total: s.add(counted), unexpected: s.add(cond.dupes ?? countIf(and(cond.counted, cond.unexpected))) };
        }
        catch (e) {
            if (e instanceof Unsupported)
                return { id: agg.id, error: e.message };
            throw e;
        }
    }
    /** Which rows a row check counts (`present`: the rows where this column is present under the filter), which of them are unexpected (or a duplicates count). */
    rowCondition(agg, f) {
        const { x } = this;
        const missing = rowColumns(agg).filter((c) => !x.has(c));
        if (missing.length)
            return undefined; // the judge reports the missing column
        switch (agg.kind) {
            case 'map':
                if (agg.countNulls)
                    return { counted: f, unexpected: x.unexpected(agg.column, agg.predicate) };
                return { counted: and(f, x.notNull(agg.column)), present: agg.column, unexpected: x.unexpected(agg.column, agg.predicate) };
            case 'unique':
            case 'compound_unique': {
                const cols = agg.kind === 'unique' ? [agg.column] : agg.columns;
                const counted = agg.kind === 'unique' ? and(f, x.notNull(agg.column)) : and(f, this.ignore(agg.columns, agg.ignore));
                const keys = cols.map((c) => x.col(c)).join(', ');
                const grouped = `(SELECT COALESCE(SUM(n), 0) FROM (SELECT COUNT(*) AS n FROM ${this.from} WHERE ${counted} GROUP BY ${keys} HAVING COUNT(*) > 1) AS mlgate_dupes)`;
                // one key: a distinct count first (a sort that PostgreSQL runs in a third of the time of
                // grouping every key); the rows of repeated keys are only counted where there are any
                const dupes = cols.length === 1 ? `CASE WHEN (SELECT COUNT(*) - COUNT(DISTINCT ${keys}) FROM ${this.from} WHERE ${counted}) = 0 THEN 0 ELSE ${grouped} END` : grouped;
                return { counted, present: agg.kind === 'unique' ? agg.column : undefined, unexpected: this.duplicated(cols, counted), dupes };
            }
            case 'monotonic': {
                // rows in the order the engine reads the table (insertion order for a table loaded and not
                // changed since; SQL itself promises none), nulls skipped as in the streaming engine
                const counted = and(f, x.notNull(agg.column));
                const bad = agg.direction === 'increasing' ? (agg.strict ? '<=' : '<') : agg.strict ? '>=' : '>';
                const rows = this.monotonicRows(agg.column, counted, bad);
                return { counted, present: agg.column, unexpected: 'mlgate_bad = 1', dupes: `(SELECT COUNT(*) FROM ${rows} WHERE mlgate_bad = 1)`, rows };
            }
            case 'pair': {
                const na = x.isNull(agg.a);
                const nb = x.isNull(agg.b);
                const skip = agg.ignore === 'both_values_are_missing' ? `(${na} AND ${nb})` : agg.ignore === 'either_value_is_missing' ? `(${na} OR ${nb})` : 'FALSE';
                const counted = and(f, `NOT ${skip}`);
                const comparable = sameClass(x.kind(agg.a), x.kind(agg.b));
                if (agg.op === 'equal') {
                    const eq = comparable ? `(NOT ${na} AND NOT ${nb} AND ${x.col(agg.a)} = ${x.col(agg.b)})` : 'FALSE';
                    return { counted, unexpected: `NOT ((${na} AND ${nb}) OR ${eq})` };
                }
                if (!comparable)
                    throw new Unsupported(`cannot compare ${x.typeOf(agg.a)} with ${x.typeOf(agg.b)}`);
                const gt = `${x.col(agg.a)} ${agg.orEqual ? '>=' : '>'} ${x.col(agg.b)}`;
                return { counted, unexpected: `(${na} OR ${nb} OR NOT (${gt}))` };
            }
            case 'multicolumn_sum': {
                const nums = agg.columns.map((c) => {
                    const n = x.num(c);
                    if (!n)
                        throw new Unsupported(`a sum needs numbers; ${x.typeOf(c)} holds text`);
                    return `COALESCE(CASE WHEN ${x.notNull(c)} THEN ${n} END, 0)`;
                });
                const tol = 1e-9 * Math.max(1, Math.abs(agg.total));
                return { counted: and(f, this.ignore(agg.columns, agg.ignore)), unexpected: `NOT (ABS((${nums.join(' + ')}) - ${agg.total}) <= ${tol})` };
            }
            case 'unique_within_record': {
                const eqs = [];
                agg.columns.forEach((a, i) => agg.columns.slice(i + 1).forEach((b) => {
                    if (sameClass(x.kind(a), x.kind(b)))
                        eqs.push(`(${x.notNull(a)} AND ${x.notNull(b)} AND ${x.col(a)} = ${x.col(b)})`);
                }));
                return { counted: and(f, this.ignore(agg.columns, agg.ignore)), unexpected: eqs.length ? `(${eqs.join(' OR ')})` : 'FALSE' };
            }
        }
    }
    /** Each counted row with its row number and whether it breaks the order against the previous counted row. */
    monotonicRows(column, counted, bad) {
        const x = this.x.col(column);
        const numbered = `(SELECT ${x}, ${this.x.d.rowNumber} AS mlgate_row, CASE WHEN ${counted} THEN 1 ELSE 0 END AS mlgate_counted FROM ${this.from}) AS mlgate_all`;
        const lagged = `(SELECT ${x}, mlgate_row, LAG(${x}) OVER (ORDER BY mlgate_row) AS mlgate_prev FROM ${numbered} WHERE mlgate_counted = 1) AS mlgate_lag`;
        return `(SELECT ${x}, mlgate_row, CASE WHEN mlgate_prev IS NOT NULL AND ${x} ${bad} mlgate_prev THEN 1 ELSE 0 END AS mlgate_bad FROM ${lagged}) AS mlgate_mono`;
    }
    ignore(columns, mode) {
        const nulls = columns.map((c) => this.x.isNull(c));
        if (mode === 'all_values_are_missing')
            return `NOT (${nulls.join(' AND ')})`;
        if (mode === 'any_value_is_missing')
            return `NOT (${nulls.join(' OR ')})`;
        return 'TRUE';
    }
    /** Rows whose key occurs more than once (for samples of a uniqueness check). */
    duplicated(cols, counted) {
        const keys = cols.map((c) => this.x.col(c));
        const rest = `FROM ${this.from} WHERE ${counted} GROUP BY ${keys.join(', ')} HAVING COUNT(*) > 1`;
        if (keys.length > 1 && this.x.d.keysIn)
            return this.x.d.keysIn(keys, rest);
        const tuple = keys.length === 1 ? keys[0] : `(${keys.join(', ')})`;
        return `${tuple} IN (SELECT ${keys.join(', ')} ${rest})`;
    }
}
/** The table's columns a row check reads: its own and its filter's. */
function readColumns(agg, filter, x) {
    const out = new Set(rowColumns(agg));
    const walk = (c) => {
        if ('args' in c)
            c.args.forEach(walk);
        else
            out.add(c.column);
    };
    if (filter)
        walk(filter);
    return [...out].filter((name) => x.has(name));
}
function rowColumns(agg) {
    switch (agg.kind) {
        case 'map':
        case 'unique':
        case 'monotonic':
            return [agg.column];
        case 'pair':
            return [agg.a, agg.b];
        default:
            return agg.columns;
    }
}
/** Whether the engine can find two values of these kinds equal (numbers with numbers, text with text). */
function sameClass(a, b) {
    const cls = (k) => (k === 'int' || k === 'float' ? 'n' : k);
    return cls(a) === cls(b);
}

;// CONCATENATED MODULE: ../../packages/checks/src/sql/queries.ts



/** Columns up to this many values send them all for drift; larger ones send 1,000 order statistics. */
const EXACT_SAMPLE = 5000;
const SAMPLE_POINTS = 1000;
/** The 0-based order statistics a column's quantiles (numpy's methods) and drift sample read. */
function neededIndices(needs, n) {
    const set = new Set();
    for (const q of needs.quantiles ?? [])
        for (const x of q.qs)
            for (const i of sqlRank(x, n, q.method).slice(0, 2))
                set.add(i);
    const list = !!needs.sample && n <= EXACT_SAMPLE;
    if (needs.sample && !list)
        for (let k = 0; k < SAMPLE_POINTS; k++)
            set.add(Math.min(n - 1, Math.floor(((k + 0.5) * n) / SAMPLE_POINTS)));
    return { indices: [...set].sort((a, b) => a - b), list };
}
/**
 * The order statistics in up to `parts` statements, columns shared out by size (a sort costs about
 * n log n, so the largest column goes to the part with the least so far), so that two connections
 * sort at once.
 */
function orderStatsQuery(c, columns, parts = 1) {
    const wanted = columns.filter((col) => c.x.num(col.column) && col.n > 0 && (col.needs.quantiles?.length || col.needs.sample));
    const groups = Array.from({ length: Math.max(1, Math.min(parts, wanted.length)) }, () => ({ cost: 0, columns: [] }));
    for (const col of [...wanted].sort((a, b) => b.n - a.n)) {
        const g = groups.reduce((a, b) => (b.cost < a.cost ? b : a));
        g.cost += col.n * Math.log2(col.n + 1);
        g.columns.push(col);
    }
    return groups
        .map((g) => orderStatsPart(c, g.columns.sort((a, b) => a.index - b.index)))
        .filter((q) => q !== undefined);
}
function orderStatsPart(c, columns) {
    const { x } = c;
    const s = new SelectList();
    const layout = { columns: [] };
    for (const col of columns) {
        const num = x.num(col.column);
        if (!num || col.n === 0 || !(col.needs.quantiles?.length || col.needs.sample))
            continue;
        const { indices, list } = neededIndices(col.needs, col.n);
        const v = `CASE WHEN ${and(c.filterSql(col.filter), x.notNull(col.column))} THEN ${num} END`;
        const entry = { index: col.index, n: col.n, indices };
        // percentile_disc(r) is the value at 0-based position ceil(r·n) − 1: r = (i + ½)/n reads position i
        if (indices.length)
            entry.stats = s.add(x.d.orderStats(v, indices.map((i) => String((i + 0.5) / col.n))));
        if (list)
            entry.list = s.add(x.d.sortedList(v));
        layout.columns.push(entry);
    }
    return s.items.length ? { sql: s.sql(c.from), layout } : undefined;
}
/** Value counts, most frequent first, at most `limit + 1` per column (one more says the list is cut). */
function valuesQuery(c, columns, limit) {
    const { x } = c;
    const branches = columns.map((col) => {
        const v = x.col(col.column);
        const t = `CAST(${v} AS ${x.d.string})`;
        return `(SELECT ${col.index} AS k, ${t} AS v, COUNT(*) AS n FROM ${c.from} WHERE ${and(c.filterSql(col.filter), x.notNull(col.column))} GROUP BY ${v} ORDER BY COUNT(*) DESC, ${t} LIMIT ${limit + 1})`;
    });
    return branches.length ? branches.join(' UNION ALL ') : undefined;
}
/**
 * Unexpected rows of the checks that have any, with their row numbers, at most `limit` per check.
 * Each branch numbers only the columns it reads (`read`: the check's and its filter's) and stops at
 * its `limit`th unexpected row: no ORDER BY, so the engine reads the table only as far as that row
 * (PostgreSQL and DuckDB number and filter rows in the order they read them, so these are the first
 * rows, as the streaming engine reports; the runner sorts them by row number).
 */
function samplesQuery(c, checks, limit) {
    if (!checks.length)
        return undefined;
    const { x } = c;
    const width = Math.max(...checks.map((k) => k.columns.length));
    return checks
        .map((k) => {
        const numbered = `(SELECT ${k.read.map((name) => `${x.col(name)}, `).join('')}${x.d.rowNumber} AS mlgate_row FROM ${c.from}) AS mlgate_rows`;
        const vals = Array.from({ length: width }, (_, i) => (k.columns[i] !== undefined ? `CAST(${x.col(k.columns[i])} AS ${x.d.string})` : `CAST(NULL AS ${x.d.string})`));
        return `(SELECT ${k.id} AS k, mlgate_row AS r, ${vals.map((v, i) => `${v} AS v${i}`).join(', ')} FROM ${k.rows ?? numbered} WHERE ${k.rows ? k.unexpected : and(k.counted, k.unexpected)} LIMIT ${limit})`;
    })
        .join(' UNION ALL ');
}

;// CONCATENATED MODULE: ../../packages/checks/src/sql/runner.ts
/** The SQL runner: a plan pushed down to the engine where the table lives, in a bounded number of statements. */








/** Run the tasks in order on the connections, each taking the next task when it is free; after a failure none starts. */
async function inLanes(lanes, tasks) {
    let next = 0;
    let failed = false;
    const lane = async (conn) => {
        while (!failed && next < tasks.length) {
            const t = tasks[next++];
            try {
                t.use(await conn.query(t.sql));
            }
            catch (e) {
                failed = true;
                throw e;
            }
        }
    };
    const settled = await Promise.allSettled(lanes.map(lane));
    const error = settled.find((r) => r.status === 'rejected');
    if (error)
        throw error.reason;
}
class SqlRunner {
    conn;
    from;
    opts;
    kind;
    files;
    format;
    constructor(conn, 
    /** The FROM item (a quoted table name, or `(query) AS q`). */
    from, 
    /** The table as it is printed: a URL without credentials. */
    label, opts = {}) {
        this.conn = conn;
        this.from = from;
        this.opts = opts;
        this.kind = conn.dialect.name;
        this.files = [label];
        this.format = conn.dialect.name;
    }
    async run(plan) {
        // the statements after the scan that sort (order statistics) are split between two connections
        // on one snapshot where the engine offers it; opened while the first one scans
        const sorts = plan.columns.filter((c) => c.needs.quantiles?.length || c.needs.sample).length;
        const wantsSecond = !!plan.everyColumn || sorts >= 2 || (sorts === 1 && plan.columns.some((c) => c.needs.values));
        const second = wantsSecond && this.conn.second ? this.conn.second() : Promise.resolve(undefined);
        try {
            const text = plan.columns.find((c) => c.needs.tokens);
            if (text)
                throw new src/* ConfigurationError */.j1(`the text checks on "${text.column}" (most common words, stopword share) run on files only: the ${this.conn.dialect.name} runner does not count words; check an export of the column as CSV or Parquet`, { field: text.column });
            return await this.runPlan(plan, second);
        }
        finally {
            await Promise.all([this.conn.close(), second.then((c) => c?.close(), () => undefined)]);
        }
    }
    async runPlan(plan, second) {
        const schema = await this.conn.describe(this.from);
        const columns = withEveryColumn(plan, schema.columns);
        const x = new Exprs(this.conn.dialect, schema);
        const c = new SqlCompiler(x, plan, this.from);
        const { sql, layout } = c.scan(columns);
        const row = (await this.conn.query(sql))[0] ?? {};
        const n = (alias) => (alias === undefined ? 0 : toNumber(row[alias]));
        const stats = columns.map((col) => emptyColumn(col.column, col.filter));
        for (const { index, aliases } of layout.columns)
            fillColumn(stats[index], columns[index].needs, x.kind(columns[index].column), aliases, row);
        const rowStats = layout.rowAggs.map((r) => ({ id: r.id, total: n(r.total), unexpected: n(r.unexpected), samples: [], ...(r.error ? { error: r.error } : {}) }));
        columns.forEach((col, i) => {
            const m = stats[i];
            if (m.nonNull > 0 || !x.has(col.column))
                return;
            if (col.needs.quantiles)
                m.quantiles = col.needs.quantiles.map(({ method, qs }) => ({ method, qs, values: qs.map(() => NaN) }));
            if (col.needs.sample)
                m.sample = { values: [] };
            m.quantilesExact = true;
        });
        const lanes = [this.conn, ...[await second].filter((l) => !!l)];
        const tasks = [];
        const exact = dialect/* EXACT_ORDER_STATS */.hj[this.conn.dialect.name];
        for (const part of orderStatsQuery(c, columns.map((col, index) => ({ index, ...col, n: stats[index].nonNull })), lanes.length)) {
            tasks.push({ sql: part.sql, use: (rows) => part.layout.columns.forEach((e) => fillOrderStats(stats[e.index], columns[e.index].needs, e, rows[0] ?? {}, exact)) });
        }
        const limit = this.opts.distinctLimit ?? 100_000;
        const wantValues = columns.map((col, index) => ({ index, ...col })).filter((col) => col.needs.values && x.has(col.column));
        const vq = valuesQuery(c, wantValues, limit);
        if (vq)
            tasks.push({ sql: vq, use: (rows) => fillValues(stats, rows, x, limit) });
        const sampleLimit = this.opts.sampleLimit ?? plan.samples ?? 20;
        const sampled = plan.rows.filter((agg) => rowStats[agg.id].unexpected > 0 && !rowStats[agg.id].error).map((agg) => ({ agg, cond: c.rowCondition(agg, c.filterSql(agg.filter)) }));
        const sq = samplesQuery(c, sampled.map(({ agg, cond }) => ({ id: agg.id, columns: rowColumns(agg), read: readColumns(agg, plan.filters[agg.filter], x), counted: cond.counted, unexpected: cond.unexpected, rows: cond.rows })), sampleLimit);
        if (sq)
            tasks.push({ sql: sq, use: (rows) => rows.forEach((r) => addSample(rowStats, plan, r, x)) });
        await inLanes(lanes, tasks);
        for (const r of rowStats)
            r.samples.sort((a, b) => a.row - b.row);
        return { textual: false, rows: n(layout.rows), columns: schema.columns, columnStats: stats, rowStats, filterRows: layout.filters.map((a) => n(a)) };
    }
}
/** The plan's column needs, with `everyColumn` merged into every column of the table (as the stream engine does). */
function withEveryColumn(plan, tableColumns) {
    const out = plan.columns.map((c) => ({ ...c, needs: (0,src_plan/* mergeNeeds */.U$)({}, c.needs) }));
    const every = plan.everyColumn;
    if (!every)
        return out;
    for (const name of tableColumns) {
        const hit = out.find((c) => c.filter === -1 && c.column === name);
        const extra = { ...every, histograms: undefined, timestamps: undefined };
        if (hit)
            (0,src_plan/* mergeNeeds */.U$)(hit.needs, extra);
        else
            out.push({ column: name, filter: -1, needs: (0,src_plan/* mergeNeeds */.U$)({}, extra) });
    }
    return out;
}
function emptyColumn(column, filter) {
    return { column, filter, rows: 0, nulls: 0, nonNull: 0, numeric: 0, nonNumeric: 0, min: NaN, max: NaN, sum: 0, mean: NaN, m2: 0, valuesExact: true, distinct: 0 };
}
function toNumber(v) {
    if (v === null || v === undefined)
        return NaN;
    if (typeof v === 'number')
        return v;
    if (typeof v === 'bigint')
        return Number(v);
    return Number(v);
}
function fillColumn(m, needs, kind, a, row) {
    const get = (k) => toNumber(row[a[k]]);
    m.rows = get('rows');
    m.nonNull = get('nonNull');
    m.nulls = m.rows - m.nonNull;
    if (a.min !== undefined) {
        m.numeric = m.nonNull;
        if (m.numeric > 0) {
            m.min = get('min');
            m.max = get('max');
            m.sum = get('sum');
            m.mean = get('mean');
            m.m2 = get('varPop') * m.numeric;
        }
    }
    else {
        m.nonNumeric = m.nonNull;
        if (m.nonNull > 0)
            m.firstNonNumeric = { value: row[a.firstText], row: -1 };
    }
    if (a.distinct !== undefined)
        m.distinct = get('distinct');
    if (needs.kinds) {
        const integral = a.integral !== undefined ? get('integral') : 0;
        const k = {};
        const put = (name, count) => {
            if (count > 0)
                k[name] = count;
        };
        if (kind === 'int')
            put('integer', m.nonNull);
        else if (kind === 'float') {
            put('integer', integral);
            put('number', m.nonNull - integral);
        }
        else if (kind === 'bool')
            put('boolean', m.nonNull);
        else if (kind === 'time')
            put('datetime', m.nonNull);
        else
            put('string', m.nonNull);
        m.kinds = k;
    }
    if (needs.timestamps) {
        if (a.timeMin !== undefined) {
            for (const side of ['timeMin', 'timeMax']) {
                const text = row[a[side]];
                const t = typeof text === 'string' ? (0,time/* parseTimestamp */.EH)(text.includes(' ') && !text.includes('T') ? text.replace(' ', 'T') : text) : undefined;
                if (t !== undefined)
                    m[side] = { t, value: kind === 'time' ? new Date(t) : text };
            }
            m.nonTimestamp = a.nonTimestamp !== undefined ? get('nonTimestamp') : 0;
        }
        else if (m.nonNull > 0) {
            m.nonTimestamp = m.nonNull;
            m.firstNonTimestamp = { value: m.min, row: -1 };
        }
    }
    if (needs.histograms) {
        m.histograms = needs.histograms.map((bins, i) => ({
            bins,
            below: a[`h${i}_below`] ? get(`h${i}_below`) : 0,
            above: a[`h${i}_above`] ? get(`h${i}_above`) : 0,
            counts: bins.slice(1).map((_, b) => (a[`h${i}_${b}`] ? get(`h${i}_${b}`) : 0)),
        }));
    }
}
function fillOrderStats(m, needs, e, row, exact) {
    const values = e.stats ? row[e.stats].map(toNumber) : [];
    const at = new Map(e.indices.map((i, k) => [i, values[k]]));
    m.quantilesExact = exact;
    if (needs.quantiles) {
        m.quantiles = needs.quantiles.map(({ method, qs }) => ({
            method,
            qs,
            values: qs.map((q) => {
                const [lo, hi, w] = sqlRank(q, e.n, method);
                return w === 0 ? at.get(lo) : at.get(lo) + (at.get(hi) - at.get(lo)) * w;
            }),
        }));
    }
    if (needs.sample) {
        if (e.list)
            m.sample = { values: row[e.list].filter((v) => v !== null).map(toNumber) };
        else {
            const pts = Array.from({ length: SAMPLE_POINTS }, (_, k) => at.get(Math.min(e.n - 1, Math.floor(((k + 0.5) * e.n) / SAMPLE_POINTS))));
            m.sample = { values: pts, weights: pts.map(() => e.n / SAMPLE_POINTS) };
        }
    }
}
/** A value sent as text, back to what a typed reader would have given. */
function decode(text, kind) {
    if (text === null || text === undefined)
        return null;
    const s = String(text);
    switch (kind) {
        case 'int':
        case 'float':
            return Number(s);
        case 'bool':
            return s === 'true' || s === 't' || s === '1';
        case 'time': {
            const t = (0,time/* parseTimestamp */.EH)(s.includes(' ') && !s.includes('T') ? s.replace(' ', 'T') : s);
            return t === undefined ? s : new Date(t);
        }
        default:
            return s;
    }
}
function fillValues(stats, rows, x, limit) {
    const lists = new Map();
    for (const r of rows) {
        const k = toNumber(r.k);
        const list = lists.get(k) ?? [];
        list.push({ value: decode(r.v, x.kind(stats[k].column)), count: toNumber(r.n) });
        lists.set(k, list);
    }
    stats.forEach((m, k) => {
        const list = lists.get(k);
        if (!list && !x.has(m.column))
            return;
        m.values = (list ?? []).slice(0, limit);
        m.valuesExact = (list ?? []).length <= limit;
    });
}
function addSample(rowStats, plan, r, x) {
    const id = toNumber(r.k);
    const agg = plan.rows[id];
    const cols = rowColumns(agg);
    const vals = cols.map((c, i) => decode(r[`v${i}`], x.kind(c)));
    let value = vals[0];
    if (agg.kind === 'pair')
        value = vals;
    else if (cols.length > 1 || agg.kind === 'compound_unique' || agg.kind === 'multicolumn_sum' || agg.kind === 'unique_within_record')
        value = Object.fromEntries(cols.map((c, i) => [c, vals[i]]));
    const s = { value, row: toNumber(r.r) };
    rowStats[id].samples.push(s);
}

;// CONCATENATED MODULE: ../../packages/checks/src/sql/snowflake.ts
/**
 * Snowflake through its maintained driver (`snowflake-sdk`), loaded only when a snowflake:// table is
 * used. A password (connection-password, the URL, SNOWFLAKE_PASSWORD) or a key pair
 * (SNOWFLAKE_PRIVATE_KEY_PATH, its passphrase in SNOWFLAKE_PRIVATE_KEY_PASSPHRASE).
 */



/** What the driver is given for a URL (tested without the service). */
function snowflakeConnectionOptions(t, o) {
    const u = t.url;
    const q = (k) => u.searchParams.get(k) ?? undefined;
    const [database, schema] = u.pathname.split('/').filter(Boolean).map(decodeURIComponent);
    const keyPath = q('private_key_path') ?? (process.env.SNOWFLAKE_PRIVATE_KEY_PATH || undefined);
    const username = decodeURIComponent(u.username) || process.env.SNOWFLAKE_USER || undefined;
    if (!username)
        throw new src/* ConfigurationError */.j1(`${t.label}: name the Snowflake user, e.g. snowflake://USER@ACCOUNT/DATABASE/SCHEMA?warehouse=WH&table=NAME`, { field: 'data' });
    const auth = keyPath
        ? { authenticator: 'SNOWFLAKE_JWT', privateKeyPath: keyPath, privateKeyPass: process.env.SNOWFLAKE_PRIVATE_KEY_PASSPHRASE || undefined }
        : { password: secretFrom(o.password, u, 'SNOWFLAKE_PASSWORD') };
    return {
        account: decodeURIComponent(u.hostname),
        username,
        database,
        schema,
        warehouse: q('warehouse'),
        role: q('role'),
        // a private link or a test stand-in; the account's own host otherwise
        accessUrl: q('access_url'),
        ...auth,
    };
}
/**
 * Login attempts after the first: the driver's default retries a refused login for minutes; a check
 * in CI says what failed after two more tries.
 */
const LOGIN_RETRIES = 2;
async function connectSnowflake(t, o) {
    const opts = snowflakeConnectionOptions(t, o);
    defineDirname();
    // on load the driver probes cloud metadata addresses (169.254.169.254, metadata.google.internal) to
    // tell its telemetry which platform it runs on; a data check has no need of that traffic
    process.env.SNOWFLAKE_DISABLE_PLATFORM_DETECTION ??= 'true';
    const sdk = (await Promise.all(/* import() */[__webpack_require__.e(111), __webpack_require__.e(416), __webpack_require__.e(56), __webpack_require__.e(693), __webpack_require__.e(165), __webpack_require__.e(592), __webpack_require__.e(236), __webpack_require__.e(701), __webpack_require__.e(845)]).then(__webpack_require__.t.bind(__webpack_require__, 3845, 23))).default;
    // the driver's own log (a file or the console) stays off: mlgate's one error line says what failed
    sdk.configure({ logLevel: 'OFF' });
    const secrets = [opts.password, opts.privateKeyPass];
    const conn = sdk.createConnection({ ...opts, sfRetryMaxLoginRetries: LOGIN_RETRIES });
    // connect() reports a failed login through its callback only (connectAsync resolves regardless)
    await new Promise((resolve, reject) => {
        conn.connect((err) => (err ? reject(tableError(t, 'connect', err.message, secrets)) : resolve()));
    });
    const run = (sql) => new Promise((resolve, reject) => {
        o.onStatement?.(sql);
        conn.execute({
            sqlText: sql,
            complete: (err, stmt, rows) => {
                if (err)
                    reject(tableError(t, snowflake_failureOf(err), err.message, secrets));
                else
                    resolve({ stmt: stmt, rows: (rows ?? []) });
            },
        });
    });
    // Snowflake has no read-only transaction: the runner sends only SELECTs, after its statement timeout
    for (const s of dialect/* DIALECTS */.O9.snowflake.readOnly(o.timeoutMs))
        await run(s);
    return {
        dialect: dialect/* DIALECTS */.O9.snowflake,
        async describe(from) {
            const cols = (await run(`SELECT * FROM ${from} LIMIT 0`)).stmt.getColumns() ?? [];
            const kind = (c) => (c.getType() === 'fixed' ? (c.getScale() === 0 ? 'int' : 'float') : kindOfType(c.getType()));
            return { columns: cols.map((c) => c.getName()), kinds: new Map(cols.map((c) => [c.getName(), kind(c)])), types: new Map(cols.map((c) => [c.getName(), c.getType()])) };
        },
        async query(sql) {
            // the runner's output names (m0, k, v, n, r) are unquoted, so Snowflake returns them upper-cased
            return (await run(sql)).rows.map((r) => plainRow(r, true));
        },
        async close() {
            await new Promise((resolve) => conn.destroy(() => resolve()));
        },
    };
}
/**
 * Snowflake's SQL states: 57014 a statement cancelled at STATEMENT_TIMEOUT_IN_SECONDS; class 42 (no
 * such object, no privilege, a compilation error) and 22 concern the table or the statement.
 */
function snowflake_failureOf(e) {
    const err = e;
    if (err.sqlState === '57014' || /timeout/i.test(err.message ?? ''))
        return 'timeout';
    if (err.sqlState && /^(42|22|02)/.test(err.sqlState))
        return 'query';
    return err.sqlState ? 'query' : 'connect';
}

;// CONCATENATED MODULE: ../../packages/checks/src/sql/trino.ts
/**
 * Trino through its maintained client (`trino-client`), loaded only when a trino:// table is used.
 * Trino's HTTP protocol: a statement is POSTed, its pages are followed through `nextUri`, a failure is
 * the `error` of a page (https://trino.io/docs/current/develop/client-protocol.html).
 */



/** What trino-client is given for a URL (tested without a server). */
function trinoConnectionOptions(t, o) {
    const u = t.url;
    const tls = u.searchParams.get('ssl') !== 'false';
    const password = secretFrom(o.password, u, 'TRINO_PASSWORD');
    const user = decodeURIComponent(u.username) || process.env.TRINO_USER || process.env.USER || 'mlgate';
    // Trino accepts a password only over HTTPS; sending one in the clear is refused here as well
    if (password && !tls)
        throw new src/* ConfigurationError */.j1(`${t.label}: a Trino password is sent over HTTPS only; remove ssl=false`, { field: 'data' });
    const [catalog, schema] = u.pathname.split('/').filter(Boolean).map(decodeURIComponent);
    return {
        server: `${tls ? 'https' : 'http'}://${u.host}${u.port ? '' : tls ? ':443' : ':8080'}`,
        catalog,
        schema,
        source: 'mlgate data-check',
        user,
        password,
        // Trino's own limit on a query's run time, queueing included (a session property)
        session: { query_max_run_time: `${Math.max(1, Math.ceil(o.timeoutMs / 1000))}s` },
    };
}
async function connectTrino(t, o) {
    const opts = trinoConnectionOptions(t, o);
    const { Trino, BasicAuth } = await Promise.all(/* import() */[__webpack_require__.e(111), __webpack_require__.e(701), __webpack_require__.e(263)]).then(__webpack_require__.t.bind(__webpack_require__, 27263, 23));
    const client = Trino.create({
        server: opts.server,
        catalog: opts.catalog,
        schema: opts.schema,
        source: opts.source,
        session: opts.session,
        ...(opts.password ? { auth: new BasicAuth(opts.user, opts.password) } : { extraHeaders: { 'X-Trino-User': opts.user } }),
    });
    const secrets = [opts.password];
    const run = async (sql) => {
        o.onStatement?.(sql);
        let columns = [];
        const rows = [];
        const take = (p) => {
            if (p?.error) {
                const e = p.error;
                throw tableError(t, e.errorName === 'EXCEEDED_TIME_LIMIT' ? 'timeout' : e.errorType === 'USER_ERROR' ? 'query' : 'connect', e.message, secrets);
            }
            if (p?.columns)
                columns = p.columns;
            if (p?.data)
                rows.push(...p.data);
        };
        try {
            const pages = await client.query(sql);
            // the iterator returns the last page again when it is done; only a first page that is also the
            // last (a statement answered at once) is read from the final value
            for (let first = true;; first = false) {
                const r = await pages.next();
                if (!r.done || first)
                    take(r.value);
                if (r.done)
                    break;
            }
        }
        catch (e) {
            if (e instanceof src/* UserError */.yo)
                throw e;
            throw tableError(t, 'connect', httpMessage(e), secrets);
        }
        return { columns: columns ?? [], rows };
    };
    return {
        dialect: dialect/* DIALECTS */.O9.trino,
        async describe(from) {
            const { columns } = await run(`SELECT * FROM ${from} LIMIT 0`);
            return { columns: columns.map((c) => c.name), kinds: new Map(columns.map((c) => [c.name, kindOfType(c.type)])), types: new Map(columns.map((c) => [c.name, c.type])) };
        },
        async query(sql) {
            const { columns, rows } = await run(sql);
            return rows.map((r) => Object.fromEntries(columns.map((c, i) => [c.name, fromJson(r[i], c.type)])));
        },
        async close() { },
    };
}
/**
 * A value as Trino's JSON encodes it, by its column type: decimals are strings, and so are a double's
 * NaN and infinities ("NaN", "Infinity"); the runner reads numbers.
 */
function fromJson(v, type) {
    const numeric = /^(array\()?(decimal|double|real)\b/.test(type);
    const num = (x) => (typeof x === 'string' && numeric ? Number(x) : plainValue(x));
    return Array.isArray(v) ? v.map(num) : num(v);
}
/** An HTTP failure as Trino's coordinator or the network put it (the body of a 4xx is Trino's text). */
function httpMessage(e) {
    const err = e;
    const body = err.response?.data;
    if (typeof body === 'string' && body.trim())
        return `HTTP ${err.response?.status}: ${body.trim()}`;
    return err.message ?? String(e);
}

// EXTERNAL MODULE: ../../packages/checks/src/sql/url.ts
var url = __webpack_require__(44794);
;// CONCATENATED MODULE: ../../packages/checks/src/sql/open.ts
/** Opening a SQL runner for a `data:` URL, or DuckDB over local files (`engine: duckdb`). */











const DEFAULT_TIMEOUT_MS = 10 * 60_000;
async function openSqlRunner(data, o) {
    const t = (0,url/* parseTableUrl */.P$)(data);
    const timeoutMs = o.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    switch (t.scheme) {
        case 'postgresql':
            return new SqlRunner(await connectPostgres(t, { password: o.password, timeoutMs, onStatement: o.onStatement }), (0,url/* fromItem */.U2)(t), t.label, o);
        case 'duckdb': {
            const path = decodeURIComponent(t.url.pathname);
            if (!path || path === '/')
                throw new src/* ConfigurationError */.j1(`${t.label}: name the database file, e.g. duckdb:///path/to/file.duckdb?table=NAME`, { field: 'data' });
            return new SqlRunner(await connectDuckDb(t, { path, onStatement: o.onStatement }), (0,url/* fromItem */.U2)(t), t.label, o);
        }
        default:
            return new SqlRunner(await connectWarehouse(t, { password: o.password, timeoutMs, onStatement: o.onStatement }), (0,url/* fromItem */.U2)(t), t.label, o);
    }
}
/** DuckDB over local CSV or Parquet files: the same plan through DuckDB's own readers. */
async function openDuckDbFiles(pattern, o) {
    const files = await (0,data_src/* expandFiles */.CC)(pattern);
    const { format, gzip } = (0,data_src/* detectFormat */.Tz)(files[0]);
    const list = `[${files.map((f) => dialect/* DIALECTS */.O9.duckdb.text(f)).join(', ')}]`;
    let from;
    if (format === 'parquet')
        from = `read_parquet(${list})`;
    else if (format === 'csv' || format === 'tsv')
        from = `read_csv(${list}, header = true${format === 'tsv' ? ", delim = '\\t'" : ''}${gzip ? ", compression = 'gzip'" : ''})`;
    else
        from = `read_json(${list}, format = 'newline_delimited')`;
    const runner = new SqlRunner(await connectDuckDb({ label: files.join(', ') }, { onStatement: o.onStatement }), from, files[0], o);
    return Object.assign(runner, { files, format });
}
/** The warehouses, each through its vendor's maintained client, which each module imports on use. */
async function connectWarehouse(t, o) {
    switch (t.scheme) {
        case 'bigquery':
            return connectBigQuery(t, o);
        case 'snowflake':
            return connectSnowflake(t, o);
        case 'databricks':
            return connectDatabricks(t, o);
        case 'trino':
            return connectTrino(t, o);
        default:
            throw new src/* ConfigurationError */.j1(`${t.label}: no runner for ${t.scheme} tables`, { field: 'data' });
    }
}


/***/ })

};
